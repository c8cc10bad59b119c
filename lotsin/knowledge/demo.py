"""Demo knowledge base for the Berlin demo organisation: answers, claims, services, a review.

Answers are imported as checked by the demo legal reviewer; one correction waits in review and
one answer was used in groups, so every screen of the workflow has something to show.
"""

from __future__ import annotations

from pathlib import Path

from lotsin.accounts.models import User
from lotsin.core.models import Organization
from lotsin.core.scoping import organization_scope
from lotsin.knowledge import queries, transfer
from lotsin.knowledge.models import Answer, AnswerUse, VersionStatus
from lotsin.knowledge.services import usage, versions

DEMO_DIR = Path(__file__).parent / "demo"
SERVICES = Path(__file__).parent.parent / "directory" / "demo" / "services.jsonl"


def demo_files() -> list[Path]:
    return [*sorted(DEMO_DIR.glob("answers_*.jsonl")), DEMO_DIR / "claims.jsonl", SERVICES]


def load_demo(*, organization: Organization, reviewer: User, author: User, advisor: User) -> str:
    lines = []
    with organization_scope(organization):
        for path in demo_files():
            counts = transfer.import_file(path, organization=organization, verified_by=reviewer)
            lines.append(
                f"{path.name}: "
                + "; ".join(
                    f"{k} {v}" for k, v in counts.items() if v.created or v.updated or v.unchanged
                )
            )
        _demo_review(organization, author)
        _demo_uses(organization, advisor)
    return "\n".join(lines)


def _demo_review(organization: Organization, author: User) -> None:
    """A coordinator's correction of the minimum-wage answer waits for the lawyer."""
    answer = Answer.objects.filter(organization=organization, external_id="minimum-wage").first()
    if answer is None or queries.get_open_version(answer) is not None:
        return
    if answer.versions.count() > 1:
        return
    version = versions.start_new_version(actor=author, answer=answer)
    text = versions.source_text(version)
    versions.update_draft(
        actor=author,
        version=version,
        body=text.body
        + "\n\nAb dem 1. Januar 2027 steigt der Mindestlohn auf 14,60 Euro pro Stunde.",
    )
    versions.submit_version(actor=author, version=version)


def _demo_uses(organization: Organization, advisor: User) -> None:
    answer = Answer.objects.filter(
        organization=organization, external_id="job-turbo-low-skilled"
    ).first()
    if answer is None or AnswerUse.objects.filter(text__version__answer=answer).exists():
        return
    current = queries.get_current_version(answer)
    if current is None or current.status != VersionStatus.VERIFIED:
        return
    texts = queries.verified_texts(current)
    for language, channel in (
        ("uk", "Telegram: Українки в Берліні"),
        ("ar", "WhatsApp: نساء في برلين"),
    ):
        if language in texts:
            usage.record_use(actor=advisor, text=texts[language], context="reply", channel=channel)
