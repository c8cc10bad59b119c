"""The directory on a phone: filter, open a service, copy a referral text in Ukrainian; the
public directory in Farsi (right-to-left) without an account."""

from playwright.sync_api import expect

from lotsin.core.models import Role
from lotsin.directory.importing import load_demo
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_knowledge import _shot, _sign_in


def test_directory_referral_and_public_page(page, live_server, make_member, org_a):
    make_member("ada", org_a, Role.ADVISOR)
    load_demo(organization=org_a)
    base = live_server.url
    _sign_in(page, base, "ada")
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Directory").click()
    expect(page.locator("main")).to_contain_text("116 016")
    _shot(page, "directory-list-phone")
    page.get_by_role("link", name="Hilfetelefon Gewalt gegen Frauen").first.click()
    page.locator("main select").last.select_option("uk")
    page.get_by_role("button", name="Show text").click()
    expect(page.locator("textarea[readonly]")).to_contain_text("116 016")
    expect(page.locator("textarea[readonly]")).to_contain_text("Телефон")
    _shot(page, "directory-detail-phone")

    page.context.clear_cookies()
    page.goto(f"{base}/d/{org_a.slug}/fa/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("body")).to_contain_text("116 016")
    page.set_viewport_size({"width": 1280, "height": 900})
    _shot(page, "directory-public-fa-desktop")
    assert ARTIFACTS.exists()
