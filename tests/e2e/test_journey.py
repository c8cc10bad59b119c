"""Sign in, switch to Arabic (right-to-left), switch to Ukrainian, open the API docs, sign out."""

import re

from playwright.sync_api import expect

from conftest import PASSWORD
from lotsin.core.models import Role


def test_sign_in_languages_api_docs_and_sign_out(page, live_server, make_member, org_a):
    make_member("nadia", org_a, Role.COORDINATOR, Role.ADMIN, first_name="Nadia")

    page.goto(f"{live_server.url}/")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    page.get_by_label("Username").fill("nadia")
    page.get_by_label("Password").fill("wrong password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("do not match")
    expect(page.get_by_label("Username")).to_have_value("nadia")  # what she typed is kept
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Nadia")

    page.select_option("#lang-switch", "ar")
    page.locator(".lang-switch button").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    # Mirrored layout: the brand sits at the right edge in RTL.
    brand = page.locator(".brand").bounding_box()
    assert brand["x"] > 360 / 2

    page.select_option("#lang-switch", "uk")
    page.locator(".lang-switch button").click()
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    expect(page.locator("html")).to_have_attribute("lang", "uk")
    expect(page.get_by_role("button", name="Вийти")).to_be_visible()

    page.goto(f"{live_server.url}/api/v1/docs")
    expect(page.locator(".swagger-ui .title")).to_contain_text("Lotsin API")
    expect(page.locator(".opblock-summary-path").first).to_be_visible()

    page.goto(f"{live_server.url}/")
    page.get_by_role("button", name="Вийти").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    page.goto(f"{live_server.url}/people/")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))


def test_skip_link_is_the_first_tab_stop(page, live_server, db):
    page.goto(f"{live_server.url}/accounts/login/")
    page.mouse.click(2, 600)  # a click on empty page space gives the document keyboard focus
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    expect(page.locator(".skip-link")).to_be_in_viewport()  # shown when focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
