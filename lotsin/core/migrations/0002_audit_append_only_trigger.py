"""On PostgreSQL the database itself refuses to change or delete audit events.

The one UPDATE allowed is erasure's redaction: it may blank `data` and `target_repr` and set
`redacted` from false to true, never the reverse, and nothing else.
"""

from django.db import migrations

FUNCTION = """
CREATE OR REPLACE FUNCTION core_auditevent_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.redacted = false AND NEW.redacted = true
       AND NEW.id = OLD.id AND NEW.organization_id = OLD.organization_id
       AND NEW.public_id = OLD.public_id AND NEW.action = OLD.action
       AND NEW.actor_kind = OLD.actor_kind
       AND NEW.actor_user_id IS NOT DISTINCT FROM OLD.actor_user_id
       AND NEW.target_type = OLD.target_type AND NEW.target_id = OLD.target_id
       AND NEW.created_at = OLD.created_at THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'core_auditevent is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS core_auditevent_append_only ON core_auditevent;
CREATE TRIGGER core_auditevent_append_only BEFORE UPDATE OR DELETE ON core_auditevent
    FOR EACH ROW EXECUTE FUNCTION core_auditevent_append_only();
"""

REVERSE = """
DROP TRIGGER IF EXISTS core_auditevent_append_only ON core_auditevent;
DROP FUNCTION IF EXISTS core_auditevent_append_only();
"""


def _run(schema_editor, sql):
    if schema_editor.connection.vendor == "postgresql":
        # A plain cursor call without params, so that "%" in PL/pgSQL is not a placeholder.
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(sql)


def forwards(apps, schema_editor):
    _run(schema_editor, FUNCTION)


def backwards(apps, schema_editor):
    _run(schema_editor, REVERSE)


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
