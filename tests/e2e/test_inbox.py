"""An advisor imports a Telegram export in the browser, sees the crisis post on top, and answers a
Ukrainian question with the Ukrainian translation of a German verified answer; in Arabic too."""

import json
import re

from django.test import override_settings
from playwright.sync_api import expect

from lotsin.core.models import Role
from lotsin.core.scoping import organization_scope
from lotsin.inbox.models import Post
from lotsin.inbox.services import create_channel
from lotsin.inbox.triage import triage_pending
from lotsin.knowledge.tests import factories
from tests.e2e.test_knowledge import _shot, _sign_in

QUESTION = "Що змінює міні-робота для Bürgergeld? Підкажіть будь ласка"
CRISIS = "Він знову мене бив, я боюся йти додому сьогодні"
EXPORT = {
    "name": "Українки в Берліні",
    "type": "public_supergroup",
    "id": 1234567,
    "messages": [
        {"id": 1, "type": "message", "date": "2026-11-20T09:00:00", "date_unixtime": "1763625600",
         "from": "Olena", "from_id": "user1", "text": QUESTION},
        {"id": 2, "type": "message", "date": "2026-11-20T10:00:00", "date_unixtime": "1763629200",
         "from": "Anna", "from_id": "user2", "text": CRISIS},
        {"id": 3, "type": "message", "date": "2026-11-20T11:00:00", "date_unixtime": "1763632800",
         "from": "Iryna", "from_id": "user3",
         "text": ["Дякую ", {"type": "bold", "text": "всім"}, "!"]},
    ],
}  # fmt: skip


WHATSAPP = (
    "20/11/2026, 09:15 - Messages and calls are end-to-end encrypted.\n"
    "20/11/2026, 09:16 - Amal: مرحبا يا أخوات\n"
    "20/11/2026, 09:20 - Huda: ماذا تغير الوظيفة الصغيرة في Bürgergeld؟ هل يأخذون المال؟\n"
)


@override_settings(
    TASKS={"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
)
def test_import_queue_and_reply(page, live_server, make_member, org_a, tmp_path):
    ada = make_member("ada", org_a, Role.ADVISOR)
    lawyer = make_member("lena", org_a, Role.LEGAL_REVIEWER)
    short = "Mit einem Minijob behalten Sie einen Teil des Geldes: die ersten 100 Euro sind frei."
    with organization_scope(org_a):
        version = factories.verified(org_a, ada, lawyer, body=short)
        from lotsin.knowledge.services import translations

        text = translations.save_translation(
            actor=ada, version=version, language="uk",
            title="Що змінює міні-робота для Bürgergeld?",
            body="З міні-роботою ви зберігаєте частину грошей: перші 100 євро вільні.",
        )  # fmt: skip
        translations.submit_text(actor=ada, text=text)
        translations.approve_text(actor=lawyer, text=text)
        channel = create_channel(
            actor=None, organization=org_a, name="Українки", platform="telegram"
        )
    export = tmp_path / "result.json"
    export.write_text(json.dumps(EXPORT, ensure_ascii=False), encoding="utf-8")
    base = live_server.url

    _sign_in(page, base, "ada")
    page.goto(f"{base}/inbox/channels/{channel.public_id}/")
    page.get_by_label("Export file").set_input_files(str(export))
    page.get_by_role("button", name="Import").click()
    expect(page.locator("#batches")).to_contain_text("imported 3, unchanged 0, failed 0")
    with organization_scope(org_a):  # the immediate backend ran triage already; make sure
        triage_pending(org_a)
        assert Post.objects.get(external_id="2").urgency == "crisis"

    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Inbox").click()
    expect(page.locator(".crisis-banner")).to_be_visible()
    expect(page.locator(".queue .post").first).to_contain_text("бив")
    _shot(page, "inbox-queue-phone")
    # The post page says what made it a crisis: the words she wrote.
    page.locator(".queue .post-link", has_text="бив").click()
    page.locator("summary", has_text="Why the inbox sorted it so").click()
    expect(page.locator("dl.why")).to_contain_text("боюся йти додому")
    _shot(page, "inbox-post-why-phone")
    page.go_back()
    page.get_by_role("link", name=re.compile("міні-робота")).first.click()
    page.get_by_role("link", name="Що змінює міні-робота для Bürgergeld?").click()
    expect(page.locator("#reply-text")).to_contain_text("перші 100 євро")
    expect(page.locator("#reply-text")).to_contain_text(f"/s/{version.answer.short_code}/uk/")
    page.get_by_role("button", name="I posted this reply").click()
    expect(page.locator(".message")).to_contain_text("Reply recorded")
    with organization_scope(org_a):
        post = Post.objects.get(external_id="1")
        assert post.status == "answered" and post.replies.get().answer_text == text

    # A WhatsApp export of an Arabic group, then the whole path in the Arabic interface.
    with organization_scope(org_a):
        arabic = factories.verified_translation(version, "ar", ada, lawyer)
        nisa = create_channel(actor=None, organization=org_a, name="نساء", platform="whatsapp")
    chat = tmp_path / "WhatsApp Chat with نساء.txt"
    chat.write_text(WHATSAPP, encoding="utf-8")
    page.goto(f"{base}/inbox/channels/{nisa.public_id}/")
    page.get_by_label("Export file").set_input_files(str(chat))
    page.get_by_role("button", name="Import").click()
    # The encryption notice is a system line: counted as unchanged, never a post.
    expect(page.locator("#batches")).to_contain_text("imported 2, unchanged 1, failed 0")
    with organization_scope(org_a):
        triage_pending(org_a)
    page.select_option("#lang-switch", "ar")
    page.locator(".lang-switch button").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.goto(f"{base}/inbox/")
    expect(page.locator(".queue .post").first).to_contain_text("бив")  # the crisis stays on top
    _shot(page, "inbox-queue-ar-phone")
    page.locator(".queue .post-link", has_text="бив").click()
    page.locator("dl.why").locator("xpath=..").locator("summary").click()
    expect(page.locator("dl.why")).to_contain_text("боюся йти додому")
    expect(page.locator("dl.why")).to_contain_text("لا علامة استفهام")  # the rule, in Arabic
    _shot(page, "inbox-post-why-ar-phone")
    page.go_back()
    page.locator(".queue .post-link", has_text="الوظيفة الصغيرة").click()
    page.get_by_role("link", name=arabic.title).click()
    expect(page.locator("#reply-text")).to_contain_text("أول 100 يورو")
    expect(page.locator("#reply-text")).to_contain_text(f"/s/{version.answer.short_code}/ar/")
    _shot(page, "inbox-reply-ar-phone")
    page.locator("form[action$='/reply/'] button.primary").click()
    expect(page.locator(".message.success")).to_be_visible()
    with organization_scope(org_a):
        post = Post.objects.get(channel=nisa, text__contains="الوظيفة")
        assert post.status == "answered" and post.replies.get().answer_text == arabic
    page.set_viewport_size({"width": 1280, "height": 900})
    _shot(page, "inbox-queue-ar-desktop")
