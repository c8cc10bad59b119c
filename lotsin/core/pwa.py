"""Lotsin as an installable web app: manifest (with the share target), service worker, offline
page. All three are public and the same for everyone: they hold no personal data, and the
service worker caches nothing else (pages with posts or the queue are never stored on the phone).
"""

from __future__ import annotations

import hashlib
import json

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import get_template, render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

THEME_COLOUR = "#5a2d82"  # --accent in lotsin.css
BACKGROUND_COLOUR = "#f4f3f8"  # --wash
ICONS = [
    ("lotsin/icons/icon-192.png", 192, "any"),
    ("lotsin/icons/icon-512.png", 512, "any"),
    ("lotsin/icons/icon-maskable-512.png", 512, "maskable"),
]
# What the service worker keeps: static files only, plus the offline page (see `precache_urls`).
STATIC_ASSETS = [
    "lotsin/lotsin.css",
    "lotsin/pwa.js",
    "lotsin/vendor/htmx-2.0.11.min.js",
    *(path for path, _size, _purpose in ICONS),
]


def precache_urls() -> list[str]:
    """The URLs the service worker stores. Never a page with posts, people or the queue."""
    return [reverse("core:offline"), *(static(path) for path in STATIC_ASSETS)]


def manifest_data() -> dict[str, object]:
    new_post = reverse("inbox:post_new")
    return {
        "id": "/",
        "name": "Lotsin",
        "short_name": "Lotsin",
        "description": _("Answer the questions of migrant women in their groups and chats."),
        "lang": get_language(),
        "dir": "rtl" if get_language_bidi() else "ltr",
        "start_url": reverse("inbox:queue"),
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": [
            {
                "src": static(path),
                "sizes": f"{size}x{size}",
                "type": "image/png",
                "purpose": purpose,
            }
            for path, size, purpose in ICONS
        ],
        "shortcuts": [
            {
                "name": _("New post"),
                "url": new_post,
                "icons": [{"src": static(ICONS[0][0]), "sizes": "192x192", "type": "image/png"}],
            }
        ],
        # Android lists Lotsin in the share sheet: a long-pressed message arrives in the form.
        "share_target": {
            "action": new_post,
            "method": "GET",
            "enctype": "application/x-www-form-urlencoded",
            "params": {"title": "title", "text": "text", "url": "url"},
        },
    }


@require_GET
@cache_control(no_cache=True)
@vary_on_headers("Accept-Language", "Cookie")
def manifest(request: HttpRequest) -> HttpResponse:
    return JsonResponse(
        manifest_data(),
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )


def _version(urls: list[str]) -> str:
    """Changes when a cached file or the offline page changes, so phones fetch them again."""
    digest = hashlib.sha256("\n".join(urls).encode())
    for name in ("core/sw.js", "core/offline.html"):
        digest.update(get_template(name).template.source.encode())  # type: ignore[attr-defined]
    return digest.hexdigest()[:12]


@require_GET
@cache_control(no_cache=True)
def service_worker(request: HttpRequest) -> HttpResponse:
    urls = precache_urls()
    body = render_to_string(
        "core/sw.js",
        {
            "version": _version(urls),
            "offline_url": reverse("core:offline"),
            "precache": mark_safe(json.dumps(urls)),  # noqa: S308  our own URLs, JSON-encoded
        },
    )
    return HttpResponse(body, content_type="text/javascript; charset=utf-8")


@require_GET
def offline(request: HttpRequest) -> HttpResponse:
    """Shown by the service worker when a page cannot load. Stored on the phone: no user data."""
    body = render_to_string("core/offline.html", {"capture_url": reverse("inbox:post_new")})
    return HttpResponse(body)
