"""Purpose-bound, revocable consent with the exact text she agreed to, in her language.

The texts are versioned: when their meaning changes, change `CONSENT_TEXT_VERSION` too, so that
each stored consent still says which wording she read. Revocation takes effect at once: partner
access (lotsin.cases.access) and reports check for an active consent on every request."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lotsin.accounts.models import User
from lotsin.cases.models import Consent, ConsentForm, Participant, PartnerOffice, Purpose
from lotsin.core import audit

CONSENT_TEXT_VERSION = "2026-1"

# One paragraph per purpose, then what holds for every purpose (revocation).
PURPOSE_TEXTS = {
    Purpose.COUNSELLING: gettext_lazy(
        "I agree that the counselling service stores my details (contact, languages, family "
        "situation, education, work experience, residence status and goals) and notes from our "
        "meetings, in order to counsel me and support me on my way into work. Only my coaches "
        "and, where needed, their coordinators see them. My data are deleted or made anonymous "
        "after the retention period that follows the end of counselling."
    ),
    Purpose.PARTNER_EXCHANGE: gettext_lazy(
        "I agree that my coach and the office %(office)s exchange information about my support "
        "plan and the steps we agreed on, as far as this is needed for my way into work. The "
        "office sees only what is marked as shared with it. Private notes from my counselling "
        "are never passed on."
    ),
    Purpose.FUNDER_REPORTING: gettext_lazy(
        "I agree that my data are counted in anonymous figures for the programme's funders (for "
        "example how many participants found a job or training). My name and contact details "
        "are never passed on to funders."
    ),
    Purpose.PHOTOS: gettext_lazy(
        "I agree that photos or videos of me taken at events may be used in the project's "
        "reports, website and social media. I can say for any picture that it must not be used."
    ),
    Purpose.MESSENGER: gettext_lazy(
        "I agree that my coach contacts me by messenger (for example WhatsApp, Telegram or "
        "Signal) at the contact I gave. Messenger companies may see who writes to whom and "
        "when, so nothing confidential is sent that way."
    ),
}
REVOCATION_TEXT = gettext_lazy(
    "I can withdraw this consent at any time, without giving reasons, by telling my coach or "
    "any member of staff. It then ends at once. What was done before stays lawful. Whether I "
    "agree or not does not change the help I get."
)
NO_OFFICE = "____________________"


def text_languages() -> list[str]:
    """The languages the consent texts exist in: the UI languages."""
    return [code for code, _name in settings.LANGUAGES]


def consent_text(purpose: str, language: str, office: PartnerOffice | None = None) -> str:
    """The consent text for `purpose` in `language`, as she reads and signs it."""
    if purpose not in PURPOSE_TEXTS:
        raise ValueError(f"unknown purpose {purpose!r}")
    with translation.override(language):
        body = str(PURPOSE_TEXTS[Purpose(purpose)])
        if purpose == Purpose.PARTNER_EXCHANGE:
            body = body % {"office": office.name if office else NO_OFFICE}
        return f"{body}\n\n{REVOCATION_TEXT}"


def purpose_title(purpose: str, language: str) -> str:
    with translation.override(language):
        return str(Purpose(purpose).label)


def _validate(
    *,
    participant: Participant,
    purpose: str,
    given_on: datetime.date,
    form: str,
    language: str,
    office: PartnerOffice | None,
    witness: str,
    expires_on: datetime.date | None,
) -> None:
    errors: dict[str, str] = {}
    if purpose not in Purpose.values:
        errors["purpose"] = _("Choose what she agrees to.")
    elif purpose == Purpose.PARTNER_EXCHANGE and office is None:
        errors["office"] = _("Name the Jobcenter or agency office she agrees to share with.")
    elif purpose != Purpose.PARTNER_EXCHANGE and office is not None:
        errors["office"] = _("An office belongs only to a consent for exchange with an office.")
    if office is not None and office.organization_id != participant.organization_id:
        raise ValueError("office of another organisation")
    if form not in ConsentForm.values:
        errors["form"] = _("Choose how she gave her consent.")
    elif form == ConsentForm.VERBAL and not witness.strip():
        errors["witness"] = _("A verbal consent needs a witness: name the colleague present.")
    if language not in text_languages():
        errors["language"] = _("Choose a language the consent text exists in.")
    if given_on > timezone.localdate():
        errors["given_on"] = _("The date of consent cannot lie in the future.")
    if expires_on is not None and expires_on <= given_on:
        errors["expires_on"] = _("The end date must come after the date of consent.")
    if participant.anonymised_at is not None:
        errors["__all__"] = _("This case has been anonymised.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def record_consent(
    *,
    actor: User,
    participant: Participant,
    purpose: str,
    given_on: datetime.date,
    form: str,
    language: str,
    office: PartnerOffice | None = None,
    witness: str = "",
    expires_on: datetime.date | None = None,
) -> Consent:
    """Record one consent with a snapshot of the text (and its version) she agreed to."""
    _validate(
        participant=participant, purpose=purpose, given_on=given_on, form=form,
        language=language, office=office, witness=witness, expires_on=expires_on,
    )  # fmt: skip
    consent = Consent.objects.create(
        organization=participant.organization, participant=participant, purpose=purpose,
        office=office, given_on=given_on, form=form, witness=witness.strip(), language=language,
        text_version=CONSENT_TEXT_VERSION, text=consent_text(purpose, language, office),
        expires_on=expires_on, recorded_by=actor,
    )  # fmt: skip
    audit.record(
        action="cases.consent.recorded", organization=participant.organization, actor=actor,
        target=participant,
        data={
            "consent": str(consent.public_id), "purpose": purpose, "form": form,
            "language": language, "version": CONSENT_TEXT_VERSION,
            "office": str(office.public_id) if office else None,
        },
    )  # fmt: skip
    return consent


@transaction.atomic
def revoke_consent(*, actor: User, consent: Consent) -> Consent:
    """End a consent now (partner access ends with the next request). Twice is a no-op."""
    if consent.revoked_at is not None:
        return consent
    consent.revoked_at = timezone.now()
    consent.revoked_by = actor
    consent.save(update_fields=["revoked_at", "revoked_by"])
    audit.record(
        action="cases.consent.revoked", organization=consent.organization, actor=actor,
        target=consent.participant,
        data={"consent": str(consent.public_id), "purpose": consent.purpose},
    )  # fmt: skip
    return consent
