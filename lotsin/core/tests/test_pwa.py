"""The installable web app: manifest with share target and PNG icons, a service worker that stores
only static files and the offline page, and the links from every page."""

import json
import re
import struct

from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import Client
from django.urls import reverse

from lotsin.core.pwa import precache_urls


def _png_size(url: str) -> tuple[int, int]:
    assert url.startswith(settings.STATIC_URL), url
    path = finders.find(url.removeprefix(settings.STATIC_URL))
    assert path, f"{url} is not a static file"
    with open(path, "rb") as fh:
        head = fh.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", f"{url} is not a PNG"
    return struct.unpack(">II", head[16:24])


def test_manifest_has_the_share_target_and_png_icons_of_their_sizes(client, db):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/manifest+json")
    manifest = json.loads(response.content)
    assert manifest["name"] == "Lotsin" and manifest["short_name"]
    assert manifest["start_url"] == reverse("inbox:queue") == "/inbox/"
    assert manifest["display"] == "standalone"
    assert manifest["theme_color"] == "#5a2d82" and manifest["background_color"] == "#f4f3f8"
    assert manifest["share_target"] == {
        "action": "/inbox/posts/new/",
        "method": "GET",
        "enctype": "application/x-www-form-urlencoded",
        "params": {"title": "title", "text": "text", "url": "url"},
    }
    sizes = {}
    for icon in manifest["icons"]:
        assert icon["type"] == "image/png"
        width, height = _png_size(icon["src"])
        assert icon["sizes"] == f"{width}x{height}"
        sizes.setdefault(icon["purpose"], set()).add(width)
    assert sizes == {"any": {192, 512}, "maskable": {512}}


def test_manifest_follows_the_users_language_and_direction(client, db):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
    manifest = client.get("/manifest.webmanifest").json()
    assert (manifest["lang"], manifest["dir"]) == ("ar", "rtl")


def test_service_worker_is_javascript_and_stores_no_page_with_personal_data(client, db):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert "no-cache" in response["Cache-Control"]
    body = response.content.decode()
    listed = json.loads(re.search(r"const PRECACHE = (\[.*?\]);", body).group(1))
    assert listed == precache_urls()
    assert "/offline/" in listed
    for url in listed:
        assert url == "/offline/" or finders.find(url.removeprefix(settings.STATIC_URL)), url
        assert not re.match(r"/(inbox|api|knowledge|directory|people|audit|accounts)", url)
    # Only precached URLs go into the cache; pages are fetched and never put there.
    assert body.count("cache.put(") == 1 and "PRECACHED.has(request.url)" in body
    assert re.search(r"const CACHE = \"lotsin-[0-9a-f]{12}\";", body)


def test_offline_page_is_public_and_holds_nothing_about_the_user(client_admin_a, admin_a):
    anonymous = Client().get("/offline/")
    assert anonymous.status_code == 200
    assert "You are offline; what you typed is kept." in anonymous.text
    page = client_admin_a.get("/offline/").text
    assert "alice" not in page and "Organisation A" not in page
    assert "csrfmiddlewaretoken" not in page and "X-CSRFToken" not in page
    assert 'href="/inbox/posts/new/"' in page


def test_every_page_links_the_manifest_and_registers_the_service_worker(client_advisor_a):
    page = client_advisor_a.get(reverse("core:home")).text
    assert '<link rel="manifest" href="/manifest.webmanifest">' in page
    assert '<meta name="theme-color" content="#5a2d82">' in page
    assert 'rel="apple-touch-icon"' in page
    assert re.search(r'<script src="/static/lotsin/pwa.js" data-sw="/sw.js" defer>', page)
    assert _png_size("/static/lotsin/icons/apple-touch-icon.png") == (180, 180)
