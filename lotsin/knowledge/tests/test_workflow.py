"""The answer lifecycle in the services: four eyes, immutability, translations, supersession."""

import pytest

from lotsin.core.models import AuditEvent
from lotsin.knowledge import queries
from lotsin.knowledge.errors import KnowledgeError
from lotsin.knowledge.models import ReviewEvent, TextStatus, VersionStatus
from lotsin.knowledge.services import translations, usage, versions
from lotsin.knowledge.tests import factories


def test_a_lawyer_approves_a_colleagues_answer(scope_a, coordinator_a, lawyer_a):
    version = factories.draft(scope_a, coordinator_a)
    versions.submit_version(actor=coordinator_a, version=version)
    versions.approve_version(actor=lawyer_a, version=version, message="checked")
    version.refresh_from_db()
    assert version.status == VersionStatus.VERIFIED
    assert version.decided_by == lawyer_a
    assert version.texts.get().status == TextStatus.VERIFIED
    event = AuditEvent.objects.get(action="knowledge.version.approved")
    assert event.actor_user == lawyer_a and event.data == {"reason": "checked"}
    assert ReviewEvent.objects.filter(kind="approved", message="checked").exists()


def test_approving_ones_own_version_is_refused(scope_a, lawyer_a):
    version = factories.draft(scope_a, lawyer_a)
    versions.submit_version(actor=lawyer_a, version=version)
    with pytest.raises(KnowledgeError, match="four-eyes"):
        versions.approve_version(actor=lawyer_a, version=version)
    version.refresh_from_db()
    assert version.status == VersionStatus.IN_REVIEW


def test_only_a_legal_reviewer_approves(scope_a, coordinator_a, admin_a, advisor_a):
    version = factories.draft(scope_a, advisor_a)
    versions.submit_version(actor=advisor_a, version=version)
    with pytest.raises(KnowledgeError, match="role"):
        versions.approve_version(actor=coordinator_a, version=version)


def test_sending_back_needs_a_reason_and_returns_a_draft(scope_a, coordinator_a, lawyer_a):
    version = factories.draft(scope_a, coordinator_a)
    versions.submit_version(actor=coordinator_a, version=version)
    with pytest.raises(KnowledgeError):
        versions.send_back_version(actor=lawyer_a, version=version, message="  ")
    versions.send_back_version(actor=lawyer_a, version=version, message="Cite § 11b Abs. 3")
    version.refresh_from_db()
    assert version.status == VersionStatus.DRAFT
    assert version.events.last().message == "Cite § 11b Abs. 3"


def test_a_verified_version_cannot_be_changed(scope_a, coordinator_a, lawyer_a):
    version = factories.verified(scope_a, coordinator_a, lawyer_a)
    with pytest.raises(KnowledgeError, match="new version"):
        versions.update_draft(actor=coordinator_a, version=version, body="changed")
    assert version.texts.get().body == factories.GERMAN_BODY


def test_a_new_version_supersedes_and_outdates_translations(scope_a, coordinator_a, lawyer_a):
    v1 = factories.verified(scope_a, coordinator_a, lawyer_a)
    factories.verified_translation(v1, "uk", coordinator_a, lawyer_a)
    v2 = versions.start_new_version(actor=coordinator_a, answer=v1.answer)
    versions.update_draft(actor=coordinator_a, version=v2, body=factories.GERMAN_BODY + " Neu.")
    versions.submit_version(actor=coordinator_a, version=v2)
    versions.approve_version(actor=lawyer_a, version=v2)
    v1.refresh_from_db()
    assert v1.status == VersionStatus.SUPERSEDED
    text, outdated = queries.public_text(v1.answer, "uk")
    assert outdated and text.version == v1
    # A second lawyer confirms the old wording for version 2 (the first wrote nothing).
    confirmed = translations.confirm_for_version(actor=lawyer_a, text=text, version=v2)
    assert queries.public_text(v1.answer, "uk") == (confirmed, False)


def test_a_translation_waits_for_the_versions_legal_check(scope_a, coordinator_a, lawyer_a):
    version = factories.draft(scope_a, coordinator_a)
    text = translations.save_translation(
        actor=coordinator_a, version=version, language="uk", title="Т", body="Б"
    )
    translations.submit_text(actor=coordinator_a, text=text)
    with pytest.raises(KnowledgeError, match="legal content first"):
        translations.approve_text(actor=lawyer_a, text=text)


def test_the_translator_cannot_approve_her_translation(scope_a, coordinator_a, lawyer_a):
    version = factories.verified(scope_a, coordinator_a, lawyer_a)
    text = translations.save_translation(
        actor=lawyer_a, version=version, language="ar", title="ع", body="ن"
    )
    translations.submit_text(actor=lawyer_a, text=text)
    with pytest.raises(KnowledgeError, match="four-eyes"):
        translations.approve_text(actor=lawyer_a, text=text)


def test_changing_a_verified_translation_keeps_it_public_until_approved(
    scope_a, coordinator_a, lawyer_a
):
    version = factories.verified(scope_a, coordinator_a, lawyer_a)
    first = factories.verified_translation(version, "uk", coordinator_a, lawyer_a)
    second = translations.save_translation(
        actor=coordinator_a, version=version, language="uk", title="Нове", body="Новий текст"
    )
    assert second.revision == 2 and second.status == TextStatus.DRAFT
    assert queries.public_text(version.answer, "uk") == (first, False)
    translations.submit_text(actor=coordinator_a, text=second)
    translations.approve_text(actor=lawyer_a, text=second)
    first.refresh_from_db()
    assert first.status == TextStatus.SUPERSEDED
    assert queries.public_text(version.answer, "uk") == (second, False)


def test_withdrawing_lists_the_uses_to_correct(scope_a, coordinator_a, lawyer_a, advisor_a):
    version = factories.verified(scope_a, coordinator_a, lawyer_a)
    text = factories.verified_translation(version, "uk", coordinator_a, lawyer_a)
    use = usage.record_use(actor=advisor_a, text=text, context="reply", channel="Telegram: Ukr")
    with pytest.raises(KnowledgeError):
        versions.withdraw_version(actor=lawyer_a, version=version, message="")
    assert versions.withdraw_version(actor=lawyer_a, version=version, message="law changed") == 1
    assert list(queries.list_recalls(scope_a)) == [use]
    usage.mark_corrected(actor=advisor_a, use=use)
    assert list(queries.list_recalls(scope_a)) == []
    assert queries.get_current_version(version.answer) is None


def test_only_verified_texts_can_be_recorded_as_used(scope_a, coordinator_a):
    version = factories.draft(scope_a, coordinator_a)
    with pytest.raises(KnowledgeError):
        usage.record_use(
            actor=coordinator_a, text=version.texts.get(), context="reply", channel="x"
        )
