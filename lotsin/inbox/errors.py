class InboxError(Exception):
    """A refused action; `message` is for the user, `code` says how the API answers."""

    def __init__(self, message: object, code: str = "refused") -> None:
        super().__init__(str(message))
        self.message, self.code = str(message), code
