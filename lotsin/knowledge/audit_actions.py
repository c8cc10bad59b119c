from django.utils.translation import gettext_lazy as _

from lotsin.core.audit import ActionType, register_actions

register_actions(
    {
        "knowledge.answer.created": ActionType(_("Answer created")),
        "knowledge.version.created": ActionType(_("New answer version started")),
        "knowledge.version.changed": ActionType(_("Answer draft changed")),
        "knowledge.version.submitted": ActionType(_("Answer sent for legal review")),
        "knowledge.version.approved": ActionType(_("Answer approved by a lawyer")),
        "knowledge.version.sent_back": ActionType(_("Answer sent back by a lawyer")),
        "knowledge.version.superseded": ActionType(_("Answer version superseded")),
        "knowledge.version.withdrawn": ActionType(_("Answer withdrawn")),
        "knowledge.version.review_due": ActionType(_("Answer review date near")),
        "knowledge.version.expired": ActionType(_("Answer past its review date")),
        "knowledge.text.saved": ActionType(_("Translation saved")),
        "knowledge.text.submitted": ActionType(_("Translation sent for review")),
        "knowledge.text.approved": ActionType(_("Translation approved")),
        "knowledge.text.sent_back": ActionType(_("Translation sent back")),
        "knowledge.text.confirmed": ActionType(_("Translation confirmed for a new version")),
        "knowledge.review.commented": ActionType(_("Review comment written")),
        "knowledge.use.recorded": ActionType(_("Use of an answer recorded")),
        "knowledge.use.corrected": ActionType(_("Correction of a used answer done")),
        "knowledge.claim.created": ActionType(_("Claim created")),
        "knowledge.claim.changed": ActionType(_("Claim changed")),
        "knowledge.claim.deleted": ActionType(_("Claim deleted")),
        "knowledge.imported": ActionType(_("Knowledge base imported")),
        "knowledge.exported": ActionType(_("Knowledge base exported")),
    }
)
