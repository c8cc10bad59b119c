"""Holes a second review found, each closed and kept closed."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from lotsin.accounts.services import create_token
from lotsin.core.scoping import organization_scope
from lotsin.knowledge import transfer
from lotsin.knowledge.errors import KnowledgeError
from lotsin.knowledge.models import Answer, TextStatus, VersionStatus
from lotsin.knowledge.services import translations, usage, versions
from lotsin.knowledge.tests import factories


def test_a_lawyer_who_edited_a_colleagues_draft_cannot_approve_it(scope_a, lawyer_a, lawyer2_a):
    version = factories.draft(scope_a, lawyer_a)
    versions.update_draft(
        actor=lawyer2_a, version=version, body="Rewritten by Lara (§ 11b SGB II)."
    )
    versions.submit_version(actor=lawyer2_a, version=version)
    for lawyer in (lawyer_a, lawyer2_a):
        with pytest.raises(KnowledgeError, match="four-eyes"):
            versions.approve_version(actor=lawyer, version=version)


def test_an_edited_translation_counts_every_contributor(
    scope_a, coordinator_a, lawyer_a, lawyer2_a
):
    version = factories.verified(scope_a, coordinator_a, lawyer_a)
    text = translations.save_translation(
        actor=coordinator_a, version=version, language="uk", title="Т", body="Б"
    )
    translations.save_translation(
        actor=lawyer2_a, version=version, language="uk", title="Т", body="Б2"
    )
    translations.submit_text(actor=coordinator_a, text=text)
    with pytest.raises(KnowledgeError, match="four-eyes"):
        translations.approve_text(actor=lawyer2_a, text=text)
    translations.approve_text(actor=lawyer_a, text=text)


def test_editing_a_draft_does_not_change_the_live_answers_topics(scope_a, coordinator_a, lawyer_a):
    v1 = factories.verified(scope_a, coordinator_a, lawyer_a, topics=["work"])
    v2 = versions.start_new_version(actor=coordinator_a, answer=v1.answer)
    versions.update_draft(actor=coordinator_a, version=v2, topics=["housing"])
    v1.answer.refresh_from_db()
    assert v1.answer.topics == ["work"]
    versions.submit_version(actor=coordinator_a, version=v2)
    versions.approve_version(actor=lawyer_a, version=v2)
    v1.answer.refresh_from_db()
    assert v1.answer.topics == ["housing"]


def test_javascript_links_are_refused_in_sources_and_uses(scope_a, coordinator_a, lawyer_a):
    with pytest.raises(KnowledgeError, match="https://"):
        factories.draft(
            scope_a, coordinator_a, sources=[{"title": "x", "url": "javascript:alert(1)"}]
        )
    version = factories.verified(scope_a, coordinator_a, lawyer_a)
    with pytest.raises(KnowledgeError, match="https://"):
        usage.record_use(
            actor=coordinator_a, text=version.texts.get(), context="reply", channel="T",
            reference="javascript://alert(1)",
        )  # fmt: skip


def test_partners_cannot_read_the_knowledge_base_or_record_uses(
    org_a, make_member, coordinator_a, lawyer_a
):
    partner = make_member("pia", org_a, "partner")
    with organization_scope(org_a):
        version = factories.verified(org_a, coordinator_a, lawyer_a)
        token = create_token(user=partner, organization=org_a, name="t").plaintext
        with pytest.raises(KnowledgeError):
            usage.record_use(actor=partner, text=version.texts.get(), context="reply", channel="T")
    client = Client()
    client.force_login(partner)
    assert client.get(reverse("knowledge:answers")).status_code == 403
    url = reverse("knowledge:answer", kwargs={"public_id": version.answer.public_id})
    assert client.get(url).status_code == 403
    api = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    assert api.get("/api/v1/answers").status_code == 403
    assert api.get(f"/api/v1/answer-versions/{version.public_id}").status_code == 403
    # The public page stays public.
    assert Client().get(f"/a/{version.answer.slug}/de/").status_code == 200


def test_confirming_after_a_withdrawal_is_refused_not_a_crash(
    org_a, coordinator_a, lawyer_a, lawyer2_a
):
    with organization_scope(org_a):
        version = factories.verified(org_a, coordinator_a, lawyer_a)
        text = factories.verified_translation(version, "uk", coordinator_a, lawyer_a)
        versions.withdraw_version(actor=lawyer_a, version=version, message="wrong")
    client = Client()
    client.force_login(lawyer2_a)
    response = client.post(
        reverse("knowledge:text_act", kwargs={"public_id": text.public_id}),
        {"action": "confirm"},
        follow=True,
    )
    assert response.status_code == 200
    assert "no verified version" in response.text
    with organization_scope(org_a):
        assert not text.version.texts.filter(status=TextStatus.VERIFIED, carried_from=text).exists()


def test_reimporting_an_export_of_ui_answers_changes_nothing(
    tmp_path, org_a, coordinator_a, lawyer_a
):
    with organization_scope(org_a):
        version = factories.verified(org_a, coordinator_a, lawyer_a)
        factories.verified_translation(version, "uk", coordinator_a, lawyer_a)
        path = tmp_path / "kb.jsonl"
        path.write_bytes(transfer.write_export(transfer.export_rows(org_a, ["answer"]), "jsonl"))
        counts = transfer.import_file(path, organization=org_a, verified_by=lawyer_a)
        assert counts["answers"].unchanged == 1 and Answer.objects.count() == 1


def test_import_never_overwrites_or_approves_work_in_progress(
    tmp_path, org_a, coordinator_a, lawyer_a
):
    line = {"kind": "answer", "id": "a", "language": "de", "title": "Frage?", "body": "Antwort."}
    path = tmp_path / "kb.jsonl"
    path.write_text(json.dumps(line) + "\n")
    with organization_scope(org_a):
        transfer.import_file(path, organization=org_a, verified_by=lawyer_a)
        answer = Answer.objects.get()
        current = answer.versions.get()
        draft_ar = translations.save_translation(
            actor=coordinator_a, version=current, language="ar", title="س", body="ج"
        )
        draft = versions.start_new_version(actor=coordinator_a, answer=answer)
        path.write_text(json.dumps(dict(line, body="Neue Antwort.")) + "\n")
        with pytest.raises(transfer.ImportRefused, match="being edited"):
            transfer.import_file(path, organization=org_a, verified_by=lawyer_a)
        versions.submit_version(actor=coordinator_a, version=draft)
        versions.send_back_version(actor=lawyer_a, version=draft, message="later")
        draft_ar.refresh_from_db()
        assert draft_ar.status == TextStatus.DRAFT  # nobody approved her unreviewed Arabic
        assert draft.status == VersionStatus.DRAFT


def test_too_long_values_are_refused_with_their_line(tmp_path, org_a, api_client_for=None):
    line = {"kind": "answer", "id": "a", "language": "de", "title": "F" * 301, "body": "A"}
    path = tmp_path / "kb.jsonl"
    path.write_text(json.dumps(line) + "\n")
    with organization_scope(org_a), pytest.raises(transfer.ImportRefused) as refused:
        transfer.import_file(path, organization=org_a)
    assert refused.value.errors == ["line 1: title is longer than 300 characters"]
