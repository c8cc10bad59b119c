"""Credentials at rest (a Telegram bot's token): encrypted with Fernet (AES-128-CBC and
HMAC-SHA256, from the maintained `cryptography` package) so that a copy of the database alone
does not hand out the organisation's bot.

The keys come from `LOTSIN_ENCRYPTION_KEYS` (comma-separated Fernet keys: the first encrypts,
all decrypt, so a key can be rotated), else from a key generated once in the var directory.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models

# Every Fernet token starts with its version byte 0x80, which base64 writes as "gAAAAA".
FERNET_PREFIX = "gAAAAA"


@lru_cache(maxsize=4)
def _box(keys: tuple[str, ...]) -> MultiFernet:
    try:
        return MultiFernet([Fernet(key.encode()) for key in keys])
    except ValueError as exc:
        raise ImproperlyConfigured(
            "LOTSIN_ENCRYPTION_KEYS must hold Fernet keys (32 url-safe base64-encoded bytes), "
            "e.g. from: python -c 'from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())'"
        ) from exc


def box() -> MultiFernet:
    return _box(tuple(settings.LOTSIN_ENCRYPTION_KEYS))


def encrypt(text: str) -> str:
    """Encrypted with the first key; a value encrypted already is kept (the migration may run
    over a row twice)."""
    if text.startswith(FERNET_PREFIX):
        return text
    return box().encrypt(text.encode()).decode()


def decrypt(token: str) -> str:
    """The plain text; a value stored before encryption (no Fernet prefix) is returned as it is,
    so that the data migration can read it once to encrypt it."""
    if not token.startswith(FERNET_PREFIX):
        return token
    try:
        return box().decrypt(token.encode()).decode()
    except InvalidToken as exc:
        raise ImproperlyConfigured(
            "A stored credential cannot be decrypted: LOTSIN_ENCRYPTION_KEYS lacks the key "
            "it was encrypted with."
        ) from exc


class EncryptedTextField(models.TextField):  # type: ignore[type-arg]
    """Text kept encrypted in the database and plain in Python. It cannot be filtered on."""

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> Any:
        return value if value is None else decrypt(value)

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt(value)
