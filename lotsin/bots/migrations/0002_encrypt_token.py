from django.db import migrations

import lotsin.core.encryption


def encrypt_stored_tokens(apps, schema_editor):  # type: ignore[no-untyped-def]
    """Tokens saved before encryption are read as they are and written back encrypted."""
    bot_model = apps.get_model("bots", "TelegramBot")
    for bot in bot_model._base_manager.all():
        bot.save(update_fields=["token"])


class Migration(migrations.Migration):
    dependencies = [
        ("bots", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="telegrambot",
            name="token",
            field=lotsin.core.encryption.EncryptedTextField(),
        ),
        migrations.RunPython(encrypt_stored_tokens, migrations.RunPython.noop),
    ]
