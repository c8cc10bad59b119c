from django.db import migrations, models

import lotsin.core.encryption


def encrypt_stored_tokens(apps, schema_editor):  # type: ignore[no-untyped-def]
    """Tokens saved before encryption are read as they are and written back encrypted."""
    from lotsin.core.encryption import encrypt

    _rewrite(apps, schema_editor, encrypt)


def decrypt_stored_tokens(apps, schema_editor):  # type: ignore[no-untyped-def]
    """Going back: the plain token again, as the earlier code expects it."""
    from lotsin.core.encryption import decrypt

    _rewrite(apps, schema_editor, decrypt)


def _rewrite(apps, schema_editor, convert):  # type: ignore[no-untyped-def]
    # Raw values on purpose: between the two AlterFields the column is a plain text field.
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT id, token FROM bots_telegrambot")
        for pk, token in cursor.fetchall():
            if token:
                cursor.execute(
                    "UPDATE bots_telegrambot SET token = %s WHERE id = %s", [convert(token), pk]
                )


class Migration(migrations.Migration):
    dependencies = [
        ("bots", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="telegrambot", name="token", field=models.TextField()
        ),
        migrations.RunPython(encrypt_stored_tokens, decrypt_stored_tokens),
        migrations.AlterField(
            model_name="telegrambot",
            name="token",
            field=lotsin.core.encryption.EncryptedTextField(),
        ),
    ]
