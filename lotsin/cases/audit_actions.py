from django.utils.translation import gettext_lazy as _

from lotsin.core.audit import ActionType, register_actions

# Targets are named by case number only (Participant.audit_repr); data never holds a name.
register_actions(
    {
        "cases.participant.created": ActionType(_("Participant taken in")),
        "cases.participant.viewed": ActionType(_("Participant read")),
        "cases.participant.changed": ActionType(_("Participant changed")),
        "cases.participant.searched": ActionType(_("Participants searched"), pii_keys=("query",)),
        "cases.consent.recorded": ActionType(_("Consent recorded")),
        "cases.consent.revoked": ActionType(_("Consent revoked")),
        "cases.plan.changed": ActionType(_("Support plan changed")),
        "cases.session.recorded": ActionType(_("Session recorded")),
        "cases.referral.changed": ActionType(_("Referral changed")),
        "cases.outcome.recorded": ActionType(_("Outcome recorded")),
        "cases.partner.viewed": ActionType(_("Participant read by a partner")),
        "cases.partner.message": ActionType(_("Message in the shared thread")),
        "cases.person.exported": ActionType(_("Personal data exported")),
        "cases.person.erased": ActionType(_("Personal data erased")),
        "cases.retention.anonymised": ActionType(_("Closed cases anonymised")),
    }
)
