"""A lawyer reviews an answer and its Ukrainian translation in the browser; the public pages
show it in Ukrainian and Arabic (right-to-left); an expired answer is flagged; a withdrawn one
lists where it was used. Screenshots on a phone and a desktop go to test-artifacts/."""

import datetime as dt
import re

from playwright.sync_api import expect

from lotsin.core.models import Role
from lotsin.core.scoping import organization_scope
from lotsin.knowledge.services import translations, usage, versions
from lotsin.knowledge.tests import factories
from tests.e2e.conftest import ARTIFACTS


def _sign_in(page, base, username):
    from conftest import PASSWORD

    page.context.clear_cookies()
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def _shot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_lawyer_approves_answer_and_translation(page, live_server, make_member, org_a):
    author = make_member("cora", org_a, Role.COORDINATOR)
    make_member("lena", org_a, Role.LEGAL_REVIEWER)
    with organization_scope(org_a):
        version = factories.draft(org_a, author)
        versions.submit_version(actor=author, version=version)
    base = live_server.url

    _sign_in(page, base, "lena")
    page.get_by_role("navigation", name="Main menu").get_by_role(
        "link", name="Legal review"
    ).click()
    page.get_by_role("link", name=re.compile("version 1")).click()
    page.get_by_label("Reason or comment").fill("Checked against § 11b SGB II.")
    page.get_by_role("button", name="Approve").click()
    expect(page.locator(".message")).to_contain_text("Approved")

    # The coordinator translates into Ukrainian beside the German source; the check complains
    # while the legal reference is missing and is satisfied once it is there.
    _sign_in(page, base, "cora")
    page.goto(f"{base}/knowledge/versions/{version.public_id}/translate/uk/")
    page.get_by_label("Question-style title").fill("Що змінює міні-робота для Bürgergeld?")
    page.get_by_label("Answer", exact=True).fill("Перші 100 євро вільні.")
    expect(page.locator("#checks")).to_contain_text("§ 11b SGB II")
    page.get_by_label("Answer", exact=True).fill(factories.UKRAINIAN_BODY)
    expect(page.locator("#checks")).to_contain_text("match the source")
    _shot(page, "knowledge-translate-phone")
    page.get_by_role("button", name="Save and send for review").click()
    expect(page.locator(".message")).to_contain_text("Translation saved")

    _sign_in(page, base, "lena")
    page.get_by_role("navigation", name="Main menu").get_by_role(
        "link", name="Legal review"
    ).click()
    page.get_by_role("link", name=re.compile(r"· uk")).click()
    page.set_viewport_size({"width": 1280, "height": 900})
    _shot(page, "knowledge-review-translation-desktop")
    page.get_by_role("button", name="Approve").click()
    expect(page.locator(".message")).to_contain_text("Translation approved")

    slug = version.answer.slug
    page.context.clear_cookies()
    page.goto(f"{base}/a/{slug}/uk/")
    expect(page.locator("html")).to_have_attribute("lang", "uk")
    expect(page.locator("h1")).to_have_text("Що змінює міні-робота для Bürgergeld?")
    expect(page.locator(".checked")).to_contain_text("§ 11b SGB II")
    page.set_viewport_size({"width": 360, "height": 740})
    _shot(page, "knowledge-public-uk-phone")


def test_public_arabic_rtl_expired_and_withdrawn(page, live_server, make_member, org_a):
    author = make_member("cora", org_a, Role.COORDINATOR)
    lawyer = make_member("lena", org_a, Role.LEGAL_REVIEWER)
    with organization_scope(org_a):
        expired = factories.verified(
            org_a, author, lawyer, valid_from=dt.date(2024, 1, 1), review_by=dt.date(2025, 1, 1)
        )
        arabic = factories.verified_translation(expired, "ar", author, lawyer)
        usage.record_use(actor=author, text=arabic, context="reply", channel="WhatsApp: نساء")
        other = factories.verified(org_a, author, lawyer, title="Kita-Gutschein?")
        text = translations.save_translation(
            actor=author, version=other, language="uk", title="Садок?", body="Текст."
        )
        translations.submit_text(actor=author, text=text)
        translations.approve_text(actor=lawyer, text=text)
        usage.record_use(actor=author, text=text, context="reply", channel="Telegram: Українки")
    base = live_server.url

    page.goto(f"{base}/a/{expired.answer.slug}/ar/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator(".warn")).to_be_visible()  # past its review date
    heading = page.locator("h1").bounding_box()
    assert heading["x"] + heading["width"] > 300  # text starts at the right edge
    _shot(page, "knowledge-public-ar-expired-phone")

    _sign_in(page, base, "lena")
    page.goto(f"{base}/knowledge/")
    expect(page.locator(".status-expired").first).to_be_visible()
    page.goto(f"{base}/knowledge/versions/{other.public_id}/")
    page.get_by_label("Reason or comment").fill("The Jugendamt procedure changed.")
    page.get_by_role("button", name="Withdraw this version").click()
    recall = page.locator(".recall")
    expect(recall).to_contain_text("Telegram: Українки")
    recall.get_by_role("button", name="Correction posted").click()
    expect(page.locator(".recall")).to_contain_text("Corrected")
    page.set_viewport_size({"width": 1280, "height": 900})
    _shot(page, "knowledge-withdrawn-desktop")
