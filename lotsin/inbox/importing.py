"""Bring an export file into a channel: stream the parser and write new posts in batches of 1,000
messages, each batch atomic (a broken batch imports nothing of itself), idempotent by the
parser's stable key: importing the same file again reports everything unchanged. Committing per
batch is what lets the browser show progress while a worker imports a 300,000-message export."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from lotsin.accounts.models import User
from lotsin.core import audit
from lotsin.core.models import Organization
from lotsin.inbox import queue_cache
from lotsin.inbox.models import Channel, ImportBatch, ImportStatus, Post
from lotsin.inbox.parsers.base import ParsedMessage, ParseError

BATCH = 2000
FORMATS = ("auto", "telegram", "whatsapp", "messenger", "csv", "jsonl")


class ImportFailed(Exception):
    """The file was refused; nothing was imported. The message says where and why."""


@dataclass
class Counts:
    imported: int = 0
    unchanged: int = 0
    failed: int = 0

    def __str__(self) -> str:
        return f"imported {self.imported}, unchanged {self.unchanged}, failed {self.failed}"


def pseudonym(organization: Organization, author: str | None) -> str:
    """A keyed hash per organisation: the same author is recognisable, never readable."""
    if not author:
        return ""
    key = settings.LOTSIN_PSEUDONYM_KEY.encode()
    message = f"{organization.pk}\0{author.strip().casefold()}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:16]


def messages_of(
    path: Path, file_format: str, tz: str, chat: str | None = None
) -> Iterator[ParsedMessage]:
    """The parser of a known format (`import_file` resolves "auto" before)."""
    from lotsin.inbox.parsers import contract

    if file_format == "telegram":
        from lotsin.inbox.parsers.telegram import parse_telegram

        return parse_telegram(path, chat=chat, timezone=tz)
    if file_format == "whatsapp":
        from lotsin.inbox.parsers.whatsapp import parse_whatsapp

        return parse_whatsapp(path, timezone=tz)
    if file_format == "messenger":
        from lotsin.inbox.parsers.messenger import parse_messenger

        return parse_messenger(path)
    if file_format in ("csv", "jsonl"):
        return contract.parse_contract(path, file_format, timezone=tz)
    raise ImportFailed(f"unknown format {file_format!r} (use one of {', '.join(FORMATS)})")


def _chunks(items: Iterable[ParsedMessage], size: int) -> Iterator[list[ParsedMessage]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def write_messages(
    channel: Channel, chunk: list[ParsedMessage], counts: Counts, names: dict[str | None, str]
) -> None:
    org = channel.organization
    keys = [m.key[:200] for m in chunk]
    existing = set(
        Post.objects.filter(channel=channel, external_id__in=keys).values_list(
            "external_id", flat=True
        )
    )
    new_posts: dict[str, Post] = {}
    for message in chunk:
        key = message.key[:200]
        if key in existing or key in new_posts:
            counts.unchanged += 1
            continue
        if message.kind != "message" or not message.text.strip():
            counts.unchanged += 1  # service lines and media without text are not posts
            existing.add(key)
            continue
        new_posts[key] = Post(
            organization=org,
            channel=channel,
            external_id=key,
            text=message.text,
            posted_at=message.posted_at,
            author_pseudonym=names.get(message.author)
            or names.setdefault(message.author, pseudonym(org, message.author)),
            reply_to_external_id=(message.reply_to or "")[:200],
            forwarded=bool(message.forwarded_from),
            kind=message.kind,
        )
    insert_posts(list(new_posts.values()))
    counts.imported += len(new_posts)


# What differs from one imported post to the next; every other column has the same value for
# all posts of a batch (the channel, empty triage results, status "new", the import time).
_PER_POST = (
    "public_id", "external_id", "text", "posted_at", "author_pseudonym",
    "reply_to_external_id", "forwarded", "kind",
)  # fmt: skip


def insert_posts(posts: list[Post]) -> None:
    """Insert new posts with one prepared statement. `bulk_create` converts each of a post's 30
    values through the ORM and, on SQLite, sends 30 posts per statement: that was two thirds of
    an import's time. Here only the values that differ are converted per post."""
    if not posts:
        return
    fields = [f for f in Post._meta.concrete_fields if not f.primary_key]
    first = posts[0]
    for field in fields:  # auto_now_add and other defaults, once for the batch
        setattr(first, field.attname, field.pre_save(first, add=True))
    shared = {
        f.attname: f.get_db_prep_save(getattr(first, f.attname), connection)
        for f in fields
        if f.attname not in _PER_POST
    }
    per_post = [f for f in fields if f.attname in _PER_POST]
    rows = []
    for post in posts:
        values = dict(shared)
        for field in per_post:
            values[field.attname] = field.get_db_prep_save(getattr(post, field.attname), connection)
        rows.append([values[f.attname] for f in fields])
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cursor:
        cursor.executemany(
            # Table and column names come from the model; the values are parameters.
            f"INSERT INTO {quote(Post._meta.db_table)} ({columns}) VALUES ({marks})",  # noqa: S608
            rows,
        )
    queue_cache.changed()  # raw SQL passes PostQuerySet by: the queue must still hear of them


def import_file(
    *,
    channel: Channel,
    path: Path,
    file_format: str = "auto",
    tz: str = "Europe/Berlin",
    actor: User | None = None,
    chat: str | None = None,
    progress: Callable[[int], None] | None = None,
    batch: ImportBatch | None = None,
) -> tuple[ImportBatch, Counts]:
    """Import one file into `channel`; raises ImportFailed (and records it) when it is refused."""
    batch = batch or ImportBatch.objects.create(
        organization=channel.organization,
        channel=channel,
        file_name=path.name[:255],
        file_format=file_format,
        created_by=actor,
    )
    counts = Counts()
    names: dict[str | None, str] = {}  # authors repeat: hash each once per import
    try:
        if file_format == "auto":
            from lotsin.inbox.parsers.detect import detect_format

            file_format = detect_format(path)
        _check_source(channel, _source_ref(path, file_format, chat))
        for chunk in _chunks(messages_of(path, file_format, tz, chat), BATCH):
            with transaction.atomic():
                write_messages(channel, chunk, counts, names)
                batch.processed += len(chunk)
                batch.imported, batch.unchanged = counts.imported, counts.unchanged
                batch.save(update_fields=["processed", "imported", "unchanged"])
            if progress is not None:
                progress(batch.processed)
    except (ParseError, ImportFailed, UnicodeDecodeError, OSError) as error:
        batch.status, batch.error = ImportStatus.FAILED, f"{path.name}: {error}"
        batch.finished_at = timezone.now()
        batch.failed = 1
        batch.save()
        if counts.imported:
            _enqueue_triage(batch)
        raise ImportFailed(batch.error) from error
    batch.status, batch.finished_at = ImportStatus.DONE, timezone.now()
    batch.imported, batch.unchanged, batch.failed = counts.imported, counts.unchanged, counts.failed
    batch.save()
    if counts.imported:  # re-importing the same file leaves no trace in the audit log
        audit.record(
            action="inbox.import.done",
            organization=channel.organization,
            actor=actor,
            target=channel,
            data={"file": path.name, "imported": counts.imported, "unchanged": counts.unchanged},
        )
    if counts.imported:
        _enqueue_triage(batch)
    return batch, counts


def _source_ref(path: Path, file_format: str, chat: str | None) -> str | None:
    """Which chat the file exports, where the format says (Telegram chat ids)."""
    if file_format != "telegram":
        return None
    from lotsin.inbox.parsers.telegram import _choose, list_telegram_chats

    chosen = _choose(list_telegram_chats(path), chat)
    return f"telegram:{chosen.id}" if chosen.id else None


def _check_source(channel: Channel, ref: str | None) -> None:
    """The first export binds the channel to its chat; another chat's export is refused."""
    if ref is None:
        return
    if channel.source_ref and channel.source_ref != ref:
        raise ImportFailed(
            f"this export is of {ref}, but channel {channel.name!r} holds {channel.source_ref}; "
            "import it into the channel of that chat"
        )
    if not channel.source_ref:
        Channel.objects.filter(pk=channel.pk).update(source_ref=ref)
        channel.source_ref = ref


def _enqueue_triage(batch: ImportBatch) -> None:
    from lotsin.inbox.tasks import enqueue_triage_for_batch

    transaction.on_commit(lambda: enqueue_triage_for_batch(batch))
