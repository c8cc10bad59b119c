"""Public answer pages: readable without an account, in the reader's language and direction."""

import re

from django.test import Client
from django.urls import reverse

from lotsin.core.scoping import organization_scope
from lotsin.knowledge.models import PageViewCount
from lotsin.knowledge.tests import factories


def _published(org, author, lawyer):
    with organization_scope(org):
        version = factories.verified(org, author, lawyer)
        factories.verified_translation(version, "uk", author, lawyer)
        factories.verified_translation(version, "ar", author, lawyer)
    return version.answer


def test_ukrainian_page_without_an_account(org_a, coordinator_a, lawyer_a):
    answer = _published(org_a, coordinator_a, lawyer_a)
    response = Client().get(reverse("knowledge_public:answer", args=[answer.slug, "uk"]))
    assert response.status_code == 200
    page = response.text
    assert '<html lang="uk" dir="ltr">' in page
    assert "Що змінює міні-робота" in page
    assert "§ 11b SGB II" in page
    assert 'property="og:title" content="Що змінює міні-робота для Bürgergeld?"' in page
    assert "<script" not in page
    # Labels are in Ukrainian too, links lead to the other languages.
    assert f'href="/a/{answer.slug}/ar/"' in page and f'href="/a/{answer.slug}/de/"' in page
    assert len(response.content) < 50_000


def test_arabic_page_is_right_to_left(org_a, coordinator_a, lawyer_a):
    answer = _published(org_a, coordinator_a, lawyer_a)
    page = Client().get(reverse("knowledge_public:answer", args=[answer.slug, "ar"])).text
    assert '<html lang="ar" dir="rtl">' in page
    assert "الوظيفة الصغيرة" in page


def test_views_are_counted_without_personal_data(org_a, coordinator_a, lawyer_a):
    answer = _published(org_a, coordinator_a, lawyer_a)
    client = Client()
    for _ in range(3):
        client.get(reverse("knowledge_public:answer", args=[answer.slug, "uk"]))
    with organization_scope(org_a):
        row = PageViewCount.objects.get()
    assert (row.language, row.count) == ("uk", 3)
    assert not client.cookies  # no session, no tracking cookie
    staff = Client()
    staff.force_login(coordinator_a)
    page = staff.get(reverse("knowledge:answer", kwargs={"public_id": answer.public_id})).text
    assert "<td>3</td>" in page


def test_drafts_and_missing_languages_are_not_published(org_a, coordinator_a, lawyer_a):
    with organization_scope(org_a):
        draft = factories.draft(org_a, coordinator_a)
    client = Client()
    assert (
        client.get(reverse("knowledge_public:answer", args=[draft.answer.slug, "de"])).status_code
        == 404
    )
    answer = _published(org_a, coordinator_a, lawyer_a)
    missing = client.get(reverse("knowledge_public:answer", args=[answer.slug, "fa"]))
    assert missing.status_code == 404
    assert f'href="/a/{answer.slug}/uk/"' in missing.text


def test_short_link_leads_to_the_page(org_a, coordinator_a, lawyer_a):
    answer = _published(org_a, coordinator_a, lawyer_a)
    response = Client().get(reverse("knowledge_public:short", args=[answer.short_code, "uk"]))
    assert response.status_code == 302
    assert response["Location"] == f"/a/{answer.slug}/uk/"
    assert re.fullmatch(r"[a-z2-9]{6}", answer.short_code)


def test_markdown_with_script_and_javascript_link_is_harmless(org_a, coordinator_a, lawyer_a):
    body = (
        "Hallo <script>alert('x')</script>\n\n[Klick](javascript:alert(1)) "
        '<img src=x onerror="alert(2)"> [ok](https://example.org)'
    )
    with organization_scope(org_a):
        version = factories.verified(org_a, coordinator_a, lawyer_a, body=body)
    page = Client().get(reverse("knowledge_public:answer", args=[version.answer.slug, "de"])).text
    # What remains of the attack is escaped text: no element, no link, no handler.
    assert "<script" not in page and 'href="javascript' not in page
    assert "<img" not in page and "&lt;img" in page
    assert '<a href="https://example.org" rel="noopener noreferrer nofollow">ok</a>' in page


def test_outdated_translation_is_marked(org_a, coordinator_a, lawyer_a, lawyer2_a):
    from lotsin.knowledge.services import versions

    answer = _published(org_a, coordinator_a, lawyer_a)
    with organization_scope(org_a):
        v2 = versions.start_new_version(actor=coordinator_a, answer=answer)
        versions.update_draft(actor=coordinator_a, version=v2, body="Neu: § 11b SGB II.")
        versions.submit_version(actor=coordinator_a, version=v2)
        versions.approve_version(actor=lawyer2_a, version=v2)
    page = Client().get(reverse("knowledge_public:answer", args=[answer.slug, "uk"])).text
    assert 'class="warn"' in page
    assert f'href="/a/{answer.slug}/de/"' in page


def test_public_api_reads_published_answers_only(org_a, coordinator_a, lawyer_a):
    answer = _published(org_a, coordinator_a, lawyer_a)
    client = Client()
    ok = client.get(f"/api/v1/public/answers/{answer.slug}/uk")
    assert ok.status_code == 200
    data = ok.json()
    assert data["title"].startswith("Що змінює") and data["legal_basis"] == ["§ 11b SGB II"]
    assert sorted(data["other_languages"]) == ["ar", "de"]
    assert client.get(f"/api/v1/public/answers/{answer.slug}/fa").status_code == 404
    assert client.get("/api/v1/public/answers/nope/uk").status_code == 404
