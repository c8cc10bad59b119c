"""Full-text search indexes: FTS5 kept in step by triggers on SQLite; GIN indexes on PostgreSQL."""

from django.db import migrations

SQLITE_UP = [
    "CREATE VIRTUAL TABLE knowledge_text_fts USING fts5("
    "title, body, questions, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER knowledge_text_fts_ai AFTER INSERT ON knowledge_answertext BEGIN "
    "INSERT INTO knowledge_text_fts(rowid, title, body, questions) "
    "VALUES (new.id, new.title, new.body, new.questions); END",
    "CREATE TRIGGER knowledge_text_fts_ad AFTER DELETE ON knowledge_answertext BEGIN "
    "DELETE FROM knowledge_text_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER knowledge_text_fts_au AFTER UPDATE ON knowledge_answertext BEGIN "
    "UPDATE knowledge_text_fts SET title = new.title, body = new.body, "
    "questions = new.questions WHERE rowid = new.id; END",
    "INSERT INTO knowledge_text_fts(rowid, title, body, questions) "
    "SELECT id, title, body, questions FROM knowledge_answertext",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS knowledge_text_fts_ai",
    "DROP TRIGGER IF EXISTS knowledge_text_fts_ad",
    "DROP TRIGGER IF EXISTS knowledge_text_fts_au",
    "DROP TABLE IF EXISTS knowledge_text_fts",
]
# The same expression is used in lotsin/knowledge/search.py so that the index is used.
PG_UP = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX knowledge_text_tsv ON knowledge_answertext USING gin "
    "(to_tsvector('simple'::regconfig, title || ' ' || body || ' ' || questions::text))",
    "CREATE INDEX knowledge_text_title_trgm ON knowledge_answertext USING gin "
    "(lower(title) gin_trgm_ops)",
]
PG_DOWN = [
    "DROP INDEX IF EXISTS knowledge_text_tsv",
    "DROP INDEX IF EXISTS knowledge_text_title_trgm",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for sql in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_UP, "postgresql": PG_UP}),
            _run({"sqlite": SQLITE_DOWN, "postgresql": PG_DOWN}),
        )
    ]
