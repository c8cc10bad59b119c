"""The knowledge base in the browser, over HTTP."""

import pytest
from django.test import Client
from django.urls import reverse

from lotsin.core.models import AuditEvent
from lotsin.core.scoping import organization_scope
from lotsin.knowledge.models import AnswerUse, AnswerVersion, TextStatus, VersionStatus
from lotsin.knowledge.tests import factories


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def _form(**overrides):
    data = {
        "language": "de",
        "title": "Wie melde ich meine Wohnung an?",
        "body": "Innerhalb von zwei Wochen beim Bürgeramt (§ 17 BMG).",
        "questions": "Wo melde ich mich an?\nBis wann?",
        "topics": ["residence"],
        "legal_basis": "§ 17 BMG",
        "sources": "Service Berlin | https://service.berlin.de/",
        "valid_from": "2026-01-01",
        "review_by": "2027-01-01",
    }
    data.update(overrides)
    return data


def test_writing_an_answer_makes_a_draft(org_a, coordinator_a):
    response = _client(coordinator_a).post(reverse("knowledge:answer_new"), _form())
    assert response.status_code == 302
    with organization_scope(org_a):
        assert AuditEvent.objects.filter(action="knowledge.answer.created").count() == 1
        version = AnswerVersion.objects.get()
        assert version.status == VersionStatus.DRAFT
        assert version.sources == [{"title": "Service Berlin", "url": "https://service.berlin.de/"}]
        assert version.texts.get().questions == ["Wo melde ich mich an?", "Bis wann?"]


def test_a_bad_form_keeps_what_was_typed(coordinator_a):
    response = _client(coordinator_a).post(
        reverse("knowledge:answer_new"), _form(review_by="2025-01-01")
    )
    assert response.status_code == 200
    assert "The review date must lie after the valid-from date." in response.text
    assert "Innerhalb von zwei Wochen" in response.text


def test_an_advisor_can_read_but_a_partner_cannot_write(org_a, advisor_a, make_member):
    partner = make_member("pia", org_a, "partner")
    assert _client(advisor_a).get(reverse("knowledge:answers")).status_code == 200
    assert _client(partner).get(reverse("knowledge:answer_new")).status_code == 403


def test_the_lawyer_approves_in_the_browser_and_the_author_cannot(org_a, coordinator_a, lawyer_a):
    with organization_scope(org_a):
        version = factories.draft(org_a, coordinator_a)
    url = reverse("knowledge:version_act", kwargs={"public_id": version.public_id})
    _client(coordinator_a).post(url, {"action": "submit"})
    # The coordinator is no lawyer: refused with a message, nothing changes.
    response = _client(coordinator_a).post(url, {"action": "approve"}, follow=True)
    assert "Your role does not allow this step." in response.text
    response = _client(lawyer_a).post(url, {"action": "approve", "message": "ok"}, follow=True)
    assert "Approved. This version is now the verified answer." in response.text
    version.refresh_from_db()
    assert version.status == VersionStatus.VERIFIED


def test_approving_ones_own_version_shows_a_clear_message(org_a, lawyer_a):
    with organization_scope(org_a):
        version = factories.draft(org_a, lawyer_a)
    url = reverse("knowledge:version_act", kwargs={"public_id": version.public_id})
    client = _client(lawyer_a)
    client.post(url, {"action": "submit"})
    page = client.get(reverse("knowledge:version", kwargs={"public_id": version.public_id}))
    assert "another legal reviewer has to approve it" in page.text
    response = client.post(url, {"action": "approve"}, follow=True)
    assert "four-eyes rule" in response.text
    version.refresh_from_db()
    assert version.status == VersionStatus.IN_REVIEW


def test_translation_editor_shows_source_and_flags_a_dropped_reference(
    org_a, coordinator_a, lawyer_a
):
    with organization_scope(org_a):
        version = factories.verified(org_a, coordinator_a, lawyer_a)
    client = _client(coordinator_a)
    url = reverse("knowledge:translate", kwargs={"public_id": version.public_id, "language": "uk"})
    page = client.get(url)
    assert factories.GERMAN_BODY.split("(")[0].strip() in page.text
    check = client.post(
        reverse("knowledge:check_text", kwargs={"public_id": version.public_id}),
        {"body": "Перші 100 євро вільні.\n\nДзвоніть 116 016 https://www.arbeitsagentur.de/"},
        HTTP_HX_REQUEST="true",
    )
    assert "Legal reference missing: § 11b SGB II" in check.text
    response = client.post(
        url,
        {"title": "Міні-робота", "body": factories.UKRAINIAN_BODY, "submit": "1"},
    )
    assert response.status_code == 302
    with organization_scope(org_a):
        text = version.texts.get(language="uk")
    assert text.status == TextStatus.IN_REVIEW


def test_withdrawn_version_page_lists_where_it_was_used(org_a, coordinator_a, lawyer_a):
    with organization_scope(org_a):
        version = factories.verified(org_a, coordinator_a, lawyer_a)
        text = factories.verified_translation(version, "uk", coordinator_a, lawyer_a)
    answer_url = reverse("knowledge:answer", kwargs={"public_id": version.answer.public_id})
    client = _client(coordinator_a)
    client.post(
        reverse("knowledge:record_use", kwargs={"public_id": version.answer.public_id}),
        {"text": text.public_id, "context": "reply", "channel": "Telegram: Українки"},
    )
    assert "Telegram: Українки" in client.get(answer_url).text
    act = reverse("knowledge:version_act", kwargs={"public_id": version.public_id})
    client.post(act, {"action": "withdraw", "message": "The rule changed."})
    page = client.get(reverse("knowledge:version", kwargs={"public_id": version.public_id}))
    assert "Where this version was used" in page.text and "Telegram: Українки" in page.text
    with organization_scope(org_a):
        use = AnswerUse.objects.get()
    client.post(reverse("knowledge:use_corrected", kwargs={"public_id": use.public_id}))
    use.refresh_from_db()
    assert use.correction_done_at is not None


def test_expired_answer_is_flagged(org_a, coordinator_a, lawyer_a):
    import datetime as dt

    with organization_scope(org_a):
        version = factories.verified(
            org_a, coordinator_a, lawyer_a,
            valid_from=dt.date(2024, 1, 1), review_by=dt.date(2025, 1, 1),
        )  # fmt: skip
    client = _client(coordinator_a)
    page = client.get(reverse("knowledge:answer", kwargs={"public_id": version.answer.public_id}))
    assert "Review date passed" in page.text
    assert "Review date passed" in client.get(reverse("knowledge:answers")).text
    assert "Review date passed" in client.get(reverse("knowledge:review_queue")).text


def test_search_finds_answers_and_htmx_gets_the_results_only(org_a, coordinator_a, lawyer_a):
    with organization_scope(org_a):
        factories.verified(org_a, coordinator_a, lawyer_a)
        factories.draft(
            org_a, coordinator_a, title="Kita-Gutschein beantragen", body="Jugendamt.", questions=[]
        )
    client = _client(coordinator_a)
    page = client.get(reverse("knowledge:answers"), {"q": "minijob"})
    assert "Minijob" in page.text and "Kita-Gutschein" not in page.text
    partial = client.get(reverse("knowledge:answers"), {"q": "kita"}, HTTP_HX_REQUEST="true")
    assert "Kita-Gutschein" in partial.text and "<html" not in partial.text
    empty = client.get(reverse("knowledge:answers"), {"q": "zzzzqqq"})
    assert "No answer matches" in empty.text


@pytest.mark.parametrize("url_name", ["knowledge:answers", "knowledge:claims"])
def test_empty_states(url_name, coordinator_a):
    page = _client(coordinator_a).get(reverse(url_name))
    assert 'class="empty"' in page.text


def test_claims_are_created_with_wordings_in_several_languages(org_a, coordinator_a):
    client = _client(coordinator_a)
    response = client.post(
        reverse("knowledge:claim_new"),
        {
            "summary": "Job-Turbo forces women into low-skilled jobs",
            "verdict": "misleading",
            "status": "circulating",
            "language_0": "uk",
            "text_0": "Джоб-турбо змушує йти на будь-яку роботу",
            "language_1": "ru",
            "text_1": "Джоб-турбо заставляет идти на любую работу",
            "text_2": "no language chosen",
        },
    )
    assert response.status_code == 200  # the third wording lacks its language
    assert "Choose the language of this wording." in response.text
    assert "Джоб-турбо змушує" in response.text
