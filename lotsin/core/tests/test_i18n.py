"""Seven UI languages, complete catalogues, no user-visible text outside translation, RTL."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from lotsin.core.models import Role

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
LOTSIN_DIR = LOCALE_DIR.parent
LANGS = [code for code, _name in settings.LANGUAGES]


def test_the_seven_ui_languages_are_configured():
    assert LANGS == ["de", "en", "uk", "ru", "ar", "fa", "tr"]


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_has_no_untranslated_or_fuzzy_message(lang):
    po = polib.pofile(str(LOCALE_DIR / lang / "LC_MESSAGES" / "django.po"))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert untranslated == [] and fuzzy == [], (
        f"{lang}: {len(untranslated)} untranslated, e.g. {untranslated[:3]}; fuzzy {fuzzy[:3]}"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_catalogue_matches_the_source(lang):
    folder = LOCALE_DIR / lang / "LC_MESSAGES"
    po = {
        (e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural
        for e in polib.pofile(str(folder / "django.po"))
        if e.translated() and not e.obsolete
    }
    mo = {
        (e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural
        for e in polib.mofile(str(folder / "django.mo"))
        if e.msgid
    }
    assert po == mo, f"run 'make compilemessages' for {lang}"


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_survive_translation(lang):
    po = polib.pofile(str(LOCALE_DIR / lang / "LC_MESSAGES" / "django.po"))
    pattern = re.compile(r"%\(\w+\)[sd]|\{\{ ?\w+ ?\}\}|%[sd]")
    for entry in po.translated_entries():
        wanted = sorted(pattern.findall(entry.msgid))
        got = entry.msgstr or entry.msgstr_plural.get(0, "")
        assert sorted(pattern.findall(got)) == wanted or entry.msgid_plural, (lang, entry.msgid)


@pytest.mark.skipif(
    shutil.which("xgettext") is None, reason="needs gettext (make test installs it)"
)
def test_catalogues_contain_every_string_in_the_code(tmp_path):
    """makemessages on a copy finds no message that the committed catalogue lacks."""
    copy = tmp_path / "lotsin"
    shutil.copytree(LOTSIN_DIR, copy, ignore=shutil.ignore_patterns("__pycache__", "triage"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "django",
            "makemessages",
            "-l",
            "de",
            "--no-location",
            "--no-obsolete",
        ],
        cwd=copy,
        check=True,
        capture_output=True,
        env={
            "DJANGO_SETTINGS_MODULE": "lotsin.settings",
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(LOTSIN_DIR.parent),
            "LOTSIN_VAR_DIR": str(tmp_path / "var"),
        },
    )
    fresh = {
        (e.msgctxt, e.msgid) for e in polib.pofile(str(copy / "locale/de/LC_MESSAGES/django.po"))
    }
    committed = {
        (e.msgctxt, e.msgid) for e in polib.pofile(str(LOCALE_DIR / "de/LC_MESSAGES/django.po"))
    }
    assert fresh - committed == set(), "run 'make messages' and translate the new strings"


# Text a person reads, outside {% translate %} / {% blocktranslate %}, is a bug.
TAG_BLOCKS = re.compile(r"{%\s*(blocktranslate|blocktrans)\b.*?{%\s*end\1\s*%}", re.S)
TEMPLATE_SYNTAX = re.compile(r"{%.*?%}|{{.*?}}|{#.*?#}", re.S)
SCRIPT_STYLE = re.compile(r"<(script|style|svg)\b.*?</\1>", re.S | re.I)
VISIBLE_ATTR = re.compile(r'\b(?:alt|title|placeholder|aria-label)="([^"]*)"')
ALLOWED = {"Lotsin", "· Lotsin", "lotsin_", "—", "·", ":", ",", "/", "Authorization: Bearer"}


def _visible_text(source: str) -> list[str]:
    source = TAG_BLOCKS.sub(" ", source)
    source = SCRIPT_STYLE.sub(" ", source)
    attrs = [a for a in VISIBLE_ATTR.findall(source)]
    source = re.sub(r"<!--.*?-->", " ", source, flags=re.S)
    source = re.sub(r"<[^>]*>", " ", TEMPLATE_SYNTAX.sub(" ", source))
    leftovers = [t.strip() for t in re.split(r"\s{2,}|\n", source) if t.strip()]
    attrs = [TEMPLATE_SYNTAX.sub("", a).strip() for a in attrs]
    return [t for t in leftovers + attrs if re.search(r"[^\W\d_]", t) and t not in ALLOWED]


def _templates():
    return sorted(p for p in LOTSIN_DIR.rglob("templates/**/*.html") if "ninja" not in p.parts)


def test_the_checker_catches_a_bare_string():
    assert _visible_text("<p>Hello</p>") == ["Hello"]
    assert _visible_text('<img alt="A cat">') == ["A cat"]
    assert _visible_text("<p>{% translate 'Hello' %}</p>") == []


@pytest.mark.parametrize("path", _templates(), ids=lambda p: str(p.relative_to(LOTSIN_DIR)))
def test_template_has_no_text_outside_translation(path):
    assert _visible_text(path.read_text()) == []


@pytest.mark.parametrize(
    "lang,direction", [("ar", "rtl"), ("fa", "rtl"), ("uk", "ltr"), ("de", "ltr"), ("tr", "ltr")]
)
def test_page_direction_follows_the_language(client, lang, direction):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = lang
    html = client.get("/accounts/login/").content.decode()
    assert f'<html lang="{lang}" dir="{direction}">' in html


def test_browser_language_is_the_default(client):
    html = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="uk,en;q=0.5").content.decode()
    assert '<html lang="uk"' in html
    assert "Увійти" in html  # "Sign in" in Ukrainian


def test_language_choice_is_remembered_on_the_account(client_admin_a, admin_a):
    response = client_admin_a.post("/accounts/language/", {"language": "ar", "next": "/"})
    assert response.status_code == 302
    admin_a.refresh_from_db()
    assert admin_a.language == "ar"
    # A new session on another device: signing in brings Arabic back.
    other = Client()
    other.post(
        "/accounts/login/", {"username": "alice", "password": "correct horse battery staple 42"}
    )
    assert '<html lang="ar" dir="rtl">' in other.get("/").content.decode()


def test_unknown_language_is_refused(client):
    assert client.post("/accounts/language/", {"language": "xx"}).status_code == 400


def test_role_names_are_translated(client_admin_a):
    client_admin_a.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"
    html = client_admin_a.get("/").content.decode()
    with translation.override("de"):
        german = str(Role.LEGAL_REVIEWER.label)
    assert german != "Legal reviewer"
    assert german in html


def test_dates_follow_the_locale(client_admin_a, admin_a, org_a):
    from lotsin.core.models import Membership
    from lotsin.core.scoping import organization_scope

    with organization_scope(org_a):
        membership = Membership.objects.filter(user=admin_a).first()
    url = f"/people/{membership.public_id}/"
    client_admin_a.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"
    german = client_admin_a.get(url).content.decode()
    client_admin_a.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = client_admin_a.get(url).content.decode()
    year = str(membership.created_at.year)
    assert year in german and year in english
    month_de = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ][membership.created_at.month - 1]
    assert month_de in german
