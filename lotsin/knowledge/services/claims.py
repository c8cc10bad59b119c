"""The claims registry: rumours, how they are worded, and the answer that responds."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from lotsin.accounts.models import User
from lotsin.core import audit
from lotsin.core.languages import CONTENT_LANGUAGES
from lotsin.core.models import Organization
from lotsin.knowledge.errors import KnowledgeError
from lotsin.knowledge.models import Answer, Claim, ClaimPhrasing, ClaimStatus, Verdict
from lotsin.knowledge.roles import CLAIM_ROLES
from lotsin.knowledge.services.versions import require_role
from lotsin.knowledge.signals import announce_change


def _check_phrasings(phrasings: list[tuple[str, str]]) -> list[tuple[str, str]]:
    cleaned = [(lang, text.strip()) for lang, text in phrasings if text.strip()]
    if not cleaned:
        raise KnowledgeError(_("Give at least one wording of the claim."))
    for lang, _text in cleaned:
        if lang not in CONTENT_LANGUAGES:
            raise KnowledgeError(_("Unknown language: %(code)s") % {"code": lang})
    return cleaned


@transaction.atomic
def save_claim(
    *,
    actor: User | None,
    organization: Organization,
    summary: str,
    verdict: str,
    phrasings: list[tuple[str, str]],
    claim: Claim | None = None,
    answer: Answer | None = None,
    status: str = "circulating",
    first_seen: dt.date | None = None,
    topics: list[str] | None = None,
    external_id: str = "",
    is_demo: bool = False,
) -> Claim:
    """Create a claim, or replace the fields and wordings of `claim`."""
    require_role(actor, organization, CLAIM_ROLES)
    cleaned = _check_phrasings(phrasings)
    if verdict not in Verdict.values:
        raise KnowledgeError(_("Unknown verdict: %(v)s") % {"v": verdict})
    if status not in ClaimStatus.values:
        raise KnowledgeError(_("Unknown status: %(v)s") % {"v": status})
    if not summary.strip():
        raise KnowledgeError(_("Sum the claim up in one line."))
    created = claim is None
    claim = claim or Claim(organization=organization, external_id=external_id, is_demo=is_demo)
    claim.summary, claim.verdict, claim.answer = summary.strip(), verdict, answer
    claim.status, claim.first_seen, claim.topics = status, first_seen, list(topics or [])
    claim.save()
    claim.phrasings.all().delete()
    ClaimPhrasing.objects.bulk_create(
        ClaimPhrasing(organization=organization, claim=claim, language=lang, text=text)
        for lang, text in cleaned
    )
    announce_change(organization.pk)
    audit.record(
        action="knowledge.claim.created" if created else "knowledge.claim.changed",
        organization=organization,
        actor=actor,
        target=claim,
    )
    return claim


@transaction.atomic
def delete_claim(*, actor: User, claim: Claim) -> None:
    require_role(actor, claim.organization, CLAIM_ROLES)
    audit.record(
        action="knowledge.claim.deleted",
        organization=claim.organization,
        actor=actor,
        data={"summary": claim.summary},
    )
    announce_change(claim.organization_id)
    claim.delete()
