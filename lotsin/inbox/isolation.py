"""Inbox objects in the cross-organisation isolation suite."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from lotsin.core.isolation import IsolationCase, register


def _channel(org: Any) -> Any:
    from lotsin.inbox.services import create_channel

    return create_channel(actor=None, organization=org, name="Ukr Berlin", platform="telegram")


def _post(org: Any) -> Any:
    from lotsin.inbox.models import Post

    return Post.objects.create(
        organization=org, channel=_channel(org), external_id="1", text="Підкажіть, будь ласка?",
        posted_at=timezone.now() - dt.timedelta(hours=1),
    )  # fmt: skip


def _batch(org: Any) -> Any:
    from lotsin.inbox.models import ImportBatch

    return ImportBatch.objects.create(
        organization=org, channel=_channel(org), file_name="x.json", file_format="telegram"
    )


def _reply(org: Any) -> Any:
    from lotsin.inbox.models import Reply

    return Reply.objects.create(organization=org, post=_post(org), text="Відповідь")


def _contact(org: Any) -> Any:
    from lotsin.inbox.models import FirstContact

    post = _post(org)
    return FirstContact.objects.create(
        organization=org, post=post, channel=post.channel, follow_up_on=timezone.localdate()
    )


def _duty(org: Any) -> Any:
    from lotsin.accounts.models import User
    from lotsin.inbox.models import Duty

    user = User.objects.create_user(username=f"duty-{org.slug}")
    return Duty.objects.create(organization=org, user=user, on_duty=True)


def _settings(org: Any) -> Any:
    from lotsin.inbox.models import InboxSettings

    return InboxSettings.objects.create(organization=org, legal_topics=["residence"])


def _register() -> None:
    from lotsin.inbox import models as m

    register(IsolationCase(m.Channel, _channel, ui=[("inbox:channel", "get")]))
    register(
        IsolationCase(
            m.Post, _post,
            ui=[("inbox:post", "get"), ("inbox:post_act", "post"), ("inbox:post_reply", "post")],
            api=[("/posts/{id}", "get")],
        )
    )  # fmt: skip
    register(IsolationCase(m.ImportBatch, _batch))
    register(IsolationCase(m.Reply, _reply, ui=[("inbox:reply_decide", "post")]))
    register(IsolationCase(m.FirstContact, _contact, ui=[("inbox:contact_close", "post")]))
    register(IsolationCase(m.Duty, _duty))
    register(IsolationCase(m.InboxSettings, _settings))


_register()
