"""Credentials at rest: encrypted in the database, plain in Python, rotatable keys."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from lotsin.bots.models import TelegramBot
from lotsin.core import encryption
from lotsin.core.scoping import organization_scope

TOKEN = "123456789:AAH-secret-token-for-tests"


def _stored(bot: TelegramBot) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT token FROM bots_telegrambot WHERE id = %s", [bot.pk])
        return str(cursor.fetchone()[0])


def _bot(org) -> TelegramBot:  # type: ignore[no-untyped-def]
    with organization_scope(org):
        return TelegramBot.objects.create(
            organization=org, token=TOKEN, bot_id=123456789, username="lotsin_test_bot",
            webhook_secret="s" * 40, connected_at="2026-11-24T10:00:00Z",
        )  # fmt: skip


@pytest.mark.django_db
def test_a_bot_token_is_encrypted_in_the_database_and_plain_in_python(org_a):
    bot = _bot(org_a)
    stored = _stored(bot)
    assert TOKEN not in stored and stored.startswith(encryption.FERNET_PREFIX)
    with organization_scope(org_a):
        assert TelegramBot.objects.get(pk=bot.pk).token == TOKEN


@pytest.mark.django_db
def test_keys_rotate_and_a_missing_key_is_a_clear_error(org_a, settings):
    bot = _bot(org_a)
    old = list(settings.LOTSIN_ENCRYPTION_KEYS)
    settings.LOTSIN_ENCRYPTION_KEYS = [Fernet.generate_key().decode(), *old]
    with organization_scope(org_a):
        assert TelegramBot.objects.get(pk=bot.pk).token == TOKEN  # the old key still decrypts
    settings.LOTSIN_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    with organization_scope(org_a), pytest.raises(ImproperlyConfigured, match="lacks the key"):
        TelegramBot.objects.get(pk=bot.pk)
    settings.LOTSIN_ENCRYPTION_KEYS = ["not a key"]
    with pytest.raises(ImproperlyConfigured, match="Fernet keys"):
        encryption.encrypt("x")


def test_a_value_stored_before_encryption_is_read_as_it_is():
    assert encryption.decrypt("123:plain") == "123:plain"


@pytest.mark.django_db
def test_the_migration_encrypts_tokens_stored_in_plain_text(org_a):
    import importlib

    from django.apps import apps

    bot = _bot(org_a)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE bots_telegrambot SET token = %s WHERE id = %s", [TOKEN, bot.pk])
    migration = importlib.import_module("lotsin.bots.migrations.0002_encrypt_token")
    editor = SimpleNamespace(connection=connection)
    migration.encrypt_stored_tokens(apps, editor)
    migration.encrypt_stored_tokens(apps, editor)  # twice: still encrypted once
    assert _stored(bot).startswith(encryption.FERNET_PREFIX)
    with organization_scope(org_a):
        assert TelegramBot.objects.get(pk=bot.pk).token == TOKEN
    migration.decrypt_stored_tokens(apps, editor)  # migrating back gives the plain token
    assert _stored(bot) == TOKEN
