"""The knowledge base as the triage engine sees it: claims and verified answers as triage types.

`lotsin triage --org ORG` loads these through `load` (the triage library itself never imports
Django; it finds this function by name). Withdrawn answers and closed claims are left out.
"""

from __future__ import annotations

import os
import sys

from lotsin.triage.types import Answer as TriageAnswer
from lotsin.triage.types import Claim as TriageClaim


def claim_rows(organization: object):  # type: ignore[no-untyped-def]
    """The wordings the engine matches: those of claims that are not closed."""
    from lotsin.knowledge.models import ClaimPhrasing, ClaimStatus

    return ClaimPhrasing.objects.filter(organization=organization).exclude(
        claim__status=ClaimStatus.CLOSED
    )


def answer_rows(organization: object):  # type: ignore[no-untyped-def]
    """The texts the engine matches: verified texts of verified versions."""
    from lotsin.knowledge.models import AnswerText, TextStatus, VersionStatus

    return AnswerText.objects.filter(
        organization=organization,
        status=TextStatus.VERIFIED,
        version__status=VersionStatus.VERIFIED,
    )


def claims_for(organization: object) -> list[TriageClaim]:
    phrasings = claim_rows(organization).select_related("claim").order_by("claim_id", "id")
    return [
        TriageClaim(
            id=p.claim.external_id or str(p.claim.public_id), language=p.language, text=p.text
        )
        for p in phrasings
    ]


def answers_for(organization: object) -> list[TriageAnswer]:
    texts = (
        answer_rows(organization)
        .select_related("version__answer")
        .order_by("version__answer_id", "language")
    )
    return [
        TriageAnswer(
            id=t.version.answer.external_id or t.version.answer.slug,
            language=t.language,
            title=t.title,
            body=t.body,
            questions=tuple(t.questions),
        )
        for t in texts
    ]


def load(org_slug: str) -> tuple[list[TriageClaim], list[TriageAnswer]]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lotsin.settings")
    import django

    django.setup()
    from lotsin.core.models import Organization
    from lotsin.core.scoping import organization_scope

    organization = Organization.objects.filter(slug=org_slug).first()
    if organization is None:
        known = ", ".join(Organization.objects.values_list("slug", flat=True)[:20]) or "none yet"
        sys.stderr.write(
            f"lotsin triage: error: organisation {org_slug!r} does not exist (known: {known})\n"
        )
        raise SystemExit(2)
    with organization_scope(organization):
        return claims_for(organization), answers_for(organization)
