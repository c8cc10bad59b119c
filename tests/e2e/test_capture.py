"""An advisor on her phone: Lotsin installs its service worker; a message shared from WhatsApp
opens the prefilled new-post form and becomes a post; without a network the offline page
appears and what she typed comes back. Screenshots in English and Arabic, phone and desktop."""

import re
from urllib.parse import urlencode

from playwright.sync_api import expect

from lotsin.core.models import Role
from lotsin.core.scoping import organization_scope
from lotsin.inbox.importing import pseudonym
from lotsin.inbox.models import Post
from lotsin.inbox.services import create_channel
from tests.e2e.test_knowledge import _shot, _sign_in

SHARED = "Дівчата, підкажіть, чи заберуть Bürgergeld за міні-джоб?"
LINK = "https://www.facebook.com/groups/1/posts/2/"
OFFLINE_TEXT = "Хто знає, де записатися на курс німецької з дитячим садком?"


def test_share_to_lotsin_then_offline_keeps_the_text(page, live_server, make_member, org_a):
    make_member("ada", org_a, Role.ADVISOR)
    with organization_scope(org_a):
        channel = create_channel(
            actor=None, organization=org_a, name="Українки в Берліні", platform="whatsapp"
        )
        create_channel(actor=None, organization=org_a, name="Mamas Neukölln", platform="facebook")
    base = live_server.url
    page.set_viewport_size({"width": 390, "height": 844})
    _sign_in(page, base, "ada")

    # The service worker is installed and stores only static files and the offline page.
    state = page.evaluate("navigator.serviceWorker.ready.then((r) => r.active && r.active.state)")
    assert state in ("activating", "activated")
    cached = page.evaluate(
        """async () => {
            const urls = [];
            for (const key of await caches.keys()) {
                const cache = await caches.open(key);
                for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
            }
            return urls;
        }"""
    )
    assert "/offline/" in cached
    assert all(url == "/offline/" or url.startswith("/static/") for url in cached), cached
    # Chromium parses the manifest without errors and finds nothing against installing it.
    cdp = page.context.new_cdp_session(page)
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["url"].endswith("/manifest.webmanifest") and manifest["errors"] == []
    problems = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
    assert [p["errorId"] for p in problems if p["errorId"] != "in-incognito"] == []

    # Shared from WhatsApp: the share target opens the form with the text and the link.
    page.goto(f"{base}/inbox/posts/new/?" + urlencode({"text": SHARED, "url": LINK}))
    expect(page.get_by_label("Message")).to_have_value(f"{SHARED}\n{LINK}")
    page.get_by_label("Channel").select_option(label="Українки в Берліні")
    page.get_by_label("Author's nickname (optional)").fill("Olena K")
    _shot(page, "capture-form-en-phone")
    page.get_by_role("button", name="Save post").click()
    expect(page).to_have_url(re.compile(r"/inbox/posts/[0-9a-f-]{36}/$"))
    expect(page.locator(".message")).to_contain_text("Post saved.")
    expect(page.locator(".post-text")).to_contain_text("Bürgergeld")
    with organization_scope(org_a):
        post = Post.objects.get()
    assert post.channel == channel and post.author_pseudonym == pseudonym(org_a, "Olena K")

    # Next time her channel comes first and is chosen; offline, the text stays on the phone.
    page.goto(f"{base}/inbox/posts/new/")
    expect(page.get_by_label("Channel")).to_have_value(str(channel.public_id))
    page.get_by_label("Message").fill(OFFLINE_TEXT)
    page.context.set_offline(True)
    page.get_by_role("button", name="Save post").click()
    expect(page.locator("h1")).to_have_text("You are offline; what you typed is kept.")
    _shot(page, "capture-offline-en-phone")
    page.context.set_offline(False)
    page.goto(f"{base}/inbox/posts/new/")
    expect(page.get_by_label("Message")).to_have_value(OFFLINE_TEXT)
    expect(page.locator("[data-draft-notice]")).to_be_visible()
    page.get_by_role("button", name="Save post").click()
    expect(page.locator(".post-text")).to_contain_text("дитячим садком")
    assert page.evaluate("localStorage.getItem('lotsin.capture.draft')") is None
    with organization_scope(org_a):
        assert Post.objects.count() == 2

    # Screenshots: phone and desktop, English and Arabic (right to left).
    page.goto(f"{base}/inbox/posts/new/?" + urlencode({"text": SHARED}))
    page.set_viewport_size({"width": 1280, "height": 800})
    _shot(page, "capture-form-en-desktop")
    page.select_option("#lang-switch", "ar")
    page.locator(".lang-switch button").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    _shot(page, "capture-form-ar-desktop")
    page.set_viewport_size({"width": 390, "height": 844})
    _shot(page, "capture-form-ar-phone")
