class KnowledgeError(Exception):
    """A refused step of the answer workflow; the message is translated and shown as it is."""

    def __init__(self, message: object, *, code: str = "refused") -> None:
        super().__init__(str(message))
        self.message = str(message)
        self.code = code
