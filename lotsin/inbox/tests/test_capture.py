"""The new-post form: shared or pasted messages become posts once, in one of the advisor's
channels, with the author only as a pseudonym, and triage enqueued after commit."""

import datetime as dt
import uuid

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from lotsin.core.models import AuditEvent, Role
from lotsin.core.scoping import organization_scope
from lotsin.inbox import capture, services
from lotsin.inbox.importing import pseudonym
from lotsin.inbox.models import Post
from lotsin.inbox.tasks import triage_pending_task

NEW = "/inbox/posts/new/"
QUESTION = "Дівчата, підкажіть, чи заберуть Bürgergeld за міні-джоб?"


@pytest.fixture
def channels(org_a):
    with organization_scope(org_a):
        return [
            services.create_channel(actor=None, organization=org_a, name=name, platform=platform)
            for name, platform in [("Alpha", "telegram"), ("Berlin Mamas", "whatsapp")]
        ]


@pytest.fixture
def other_channel(org_b):
    with organization_scope(org_b):
        return services.create_channel(
            actor=None, organization=org_b, name="B group", platform="facebook"
        )


def _form(channel, **fields):
    data = {
        "channel": str(channel.public_id),
        "text": QUESTION,
        "posted_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "author": "",
        "token": str(uuid.uuid4()),
    }
    return {**data, **fields}


def _channel_options(html):
    select = html.split('name="channel"', 1)[1].split("</select>", 1)[0]
    return [part.split('"', 1)[0] for part in select.split('value="')[1:]]


def test_a_share_prefills_the_text_and_adds_the_link(client_advisor_a, channels):
    page = client_advisor_a.get(
        NEW, {"title": "Bürgergeld?", "text": "Bürgergeld? Wer weiß es", "url": "https://fb.me/p/1"}
    )
    assert page.status_code == 200
    form = page.context["form"]
    assert form.initial["text"] == "Bürgergeld? Wer weiß es\nhttps://fb.me/p/1"  # title repeats
    assert ">\nBürgergeld? Wer weiß es\nhttps://fb.me/p/1</textarea>" in page.text
    assert uuid.UUID(form.initial["token"])
    assert "data-draft-restore" not in page.text  # a draft on the phone never covers a share
    shared = client_advisor_a.get(
        NEW, {"text": "see https://fb.me/p/2", "url": "https://fb.me/p/2"}
    )
    assert shared.context["form"].initial["text"] == "see https://fb.me/p/2"
    assert "data-draft-restore" in client_advisor_a.get(NEW).text


def test_the_channel_used_last_is_chosen_and_listed_first(advisor_a, org_a, channels):
    alpha, mamas = channels
    client = Client()
    client.force_login(advisor_a)
    first = client.get(NEW)
    assert _channel_options(first.text) == ["", str(alpha.public_id), str(mamas.public_id)]
    with organization_scope(org_a):
        capture.capture_post(actor=advisor_a, channel=mamas, text="Hallo", posted_at=timezone.now())
    page = client.get(NEW)
    assert page.context["form"].initial["channel"] == str(mamas.public_id)
    assert _channel_options(page.text) == [str(mamas.public_id), str(alpha.public_id)]
    assert "Recently used" in page.text
    chosen = client.get(NEW, {"channel": str(alpha.public_id)})  # "new post in this channel"
    assert chosen.context["form"].initial["channel"] == str(alpha.public_id)


def test_saving_twice_stores_one_post_and_enqueues_triage(
    client_advisor_a, org_a, channels, django_capture_on_commit_callbacks
):
    data = _form(channels[1])
    before = len(triage_pending_task.get_backend().results)
    with django_capture_on_commit_callbacks(execute=True):
        first = client_advisor_a.post(NEW, data)
    again = client_advisor_a.post(NEW, {**data, "channel": str(channels[0].public_id)})
    with organization_scope(org_a):
        post = Post.objects.get()
        events = AuditEvent.objects.filter(action="inbox.post.captured")
        assert events.count() == 1 and events.get().target_id == str(post.public_id)
    assert first.status_code == again.status_code == 302
    assert first.url == again.url == reverse("inbox:post", kwargs={"public_id": post.public_id})
    assert post.external_id == f"manual:{data['token']}" and post.channel == channels[1]
    assert post.text == QUESTION and post.triaged_at is None
    assert len(triage_pending_task.get_backend().results) == before + 1
    shown = client_advisor_a.get(first.url)
    assert QUESTION in shown.text and "capture-saved" in shown.text


def test_errors_keep_what_she_typed(client_advisor_a, org_a, channels):
    empty = client_advisor_a.post(NEW, _form(channels[0], text="  ", author="Olena K"))
    assert empty.status_code == 200
    assert "Paste or write the message." in empty.text
    assert 'value="Olena K"' in empty.text
    tomorrow = timezone.localtime() + dt.timedelta(days=1)
    future = client_advisor_a.post(
        NEW, _form(channels[0], posted_at=tomorrow.strftime("%Y-%m-%dT%H:%M"))
    )
    assert "This time is in the future" in future.text
    assert f">\n{QUESTION}</textarea>" in future.text
    assert "data-draft-restore" not in future.text
    html = future.text
    assert html.index("This time is in the future") > html.index('name="posted_at"')
    with organization_scope(org_a):
        assert not Post.objects.exists()


def test_another_organisations_channel_is_refused_and_its_posts_stay_invisible(
    client_advisor_a, org_a, org_b, admin_b, channels, other_channel
):
    refused = client_advisor_a.post(NEW, _form(other_channel))
    assert refused.status_code == 200
    assert "Choose one of your organisation&#x27;s channels." in refused.text
    assert f">\n{QUESTION}</textarea>" in refused.text
    assert str(other_channel.public_id) not in _channel_options(refused.text)
    assert client_advisor_a.get(NEW, {"channel": str(other_channel.public_id)}).status_code == 404
    token = uuid.uuid4()
    with organization_scope(org_b):
        theirs, _created = capture.capture_post(
            actor=admin_b, channel=other_channel, text="B only", posted_at=timezone.now(),
            token=token,
        )  # fmt: skip
    assert client_advisor_a.get(f"/inbox/posts/{theirs.public_id}/").status_code == 404
    # Their token cannot fetch their post either: it makes a new post in her organisation.
    mine = client_advisor_a.post(NEW, _form(channels[0], token=str(token)))
    assert str(theirs.public_id) not in mine.url
    with organization_scope(org_a):
        assert Post.objects.get().text == QUESTION


def test_the_author_is_stored_only_as_a_pseudonym(client_advisor_a, org_a, channels):
    client_advisor_a.post(NEW, _form(channels[0], author="Olena K"))
    with organization_scope(org_a):
        post = Post.objects.get()
        event = AuditEvent.objects.get(action="inbox.post.captured")
    assert post.author_pseudonym == pseudonym(org_a, "Olena K")
    assert "Olena" not in str(vars(post)) and "Olena" not in str(vars(event))


def test_only_inbox_roles_and_signed_in_people(make_member, org_a, channels):
    coach = make_member("cody", org_a, Role.COACH)
    client = Client()
    anonymous = client.get(NEW, {"text": "Hallo"})
    assert anonymous.status_code == 302 and "next=/inbox/posts/new/%3Ftext%3DHallo" in anonymous.url
    client.force_login(coach)
    assert client.get(NEW).status_code == 403


def test_without_channels_the_form_says_where_to_add_one(client_advisor_a):
    page = client_advisor_a.get(NEW)
    assert "There is no channel yet" in page.text and 'name="text"' not in page.text


@pytest.mark.parametrize(
    "shared,text",
    [
        ({"text": "Hallo"}, "Hallo"),
        ({"title": "Job-Turbo", "text": "Stimmt das?"}, "Job-Turbo\nStimmt das?"),
        ({"title": "Stimmt", "text": "Stimmt das?"}, "Stimmt das?"),
        ({"title": "https://fb.me/1", "url": "https://fb.me/1"}, "https://fb.me/1"),
        ({"text": "  ", "url": ""}, ""),
    ],
)
def test_a_share_becomes_one_message(shared, text):
    assert capture.shared_text(**shared) == text


def test_a_single_channel_is_chosen_without_asking(client_advisor_a, org_a):
    with organization_scope(org_a):
        only = services.create_channel(
            actor=None, organization=org_a, name="Only", platform="telegram"
        )
    page = client_advisor_a.get(NEW, {"text": "Hallo"})
    assert _channel_options(page.text) == [str(only.public_id)]
    assert page.context["form"].initial["channel"] == str(only.public_id)
