"""Knowledge-base objects in the cross-organisation isolation suite."""

from __future__ import annotations

from typing import Any

from django.db import models

from lotsin.core.isolation import IsolationCase, register


def _version(org: Any) -> Any:
    from lotsin.knowledge.services.versions import create_answer

    return create_answer(
        actor=None, organization=org, language="de", title="Frage?", body="Antwort.",
        topics=["work"],
    )  # fmt: skip


def _answer(org: Any) -> models.Model:
    return _version(org).answer  # type: ignore[no-any-return]


def _text(org: Any) -> models.Model:
    return _version(org).texts.get()  # type: ignore[no-any-return]


def _event(org: Any) -> models.Model:
    from lotsin.knowledge.services.versions import submit_version

    version = _version(org)
    submit_version(actor=None, version=version)
    return version.events.get()  # type: ignore[no-any-return]


def _use(org: Any) -> models.Model:
    from lotsin.knowledge.services.usage import record_use
    from lotsin.knowledge.services.versions import approve_version, submit_version

    version = _version(org)
    submit_version(actor=None, version=version)
    approve_version(actor=None, version=version)
    text = version.texts.get()
    return record_use(actor=None, text=text, context="reply", channel="Telegram group")


def _page_views(org: Any) -> models.Model:
    from lotsin.knowledge.models import PageViewCount

    answer = _answer(org)
    return PageViewCount.objects.create(
        organization=org, answer=answer, language="de", day="2026-01-01"
    )


def _claim(org: Any) -> models.Model:
    from lotsin.knowledge.services.claims import save_claim

    return save_claim(
        actor=None, organization=org, summary="Rumour", verdict="false", phrasings=[("uk", "Чутка")]
    )


def _phrasing(org: Any) -> models.Model:
    return _claim(org).phrasings.get()  # type: ignore[attr-defined, no-any-return]


def _register() -> None:
    from lotsin.knowledge import models as m

    register(
        IsolationCase(
            m.Answer, _answer, ui=[("knowledge:answer", "get"), ("knowledge:new_version", "post"),
                                   ("knowledge:record_use", "post")],
            api=[("/answers/{id}", "get")],
        )
    )  # fmt: skip
    register(
        IsolationCase(
            m.AnswerVersion, _version,
            ui=[("knowledge:version", "get"), ("knowledge:version_edit", "get"),
                ("knowledge:version_act", "post")],
            api=[("/answer-versions/{id}", "get")],
        )
    )  # fmt: skip
    register(
        IsolationCase(
            m.AnswerText, _text, ui=[("knowledge:text", "get"), ("knowledge:text_act", "post")],
            api=[("/answer-texts/{id}", "get")],
        )
    )  # fmt: skip
    register(IsolationCase(m.ReviewEvent, _event))
    register(
        IsolationCase(
            m.AnswerUse, _use, ui=[("knowledge:use_corrected", "post")],
        )
    )  # fmt: skip
    register(IsolationCase(m.PageViewCount, _page_views))
    register(
        IsolationCase(
            m.Claim, _claim,
            ui=[("knowledge:claim", "get"), ("knowledge:claim_edit", "get"),
                ("knowledge:claim_delete", "post")],
            api=[("/claims/{id}", "get")],
        )
    )  # fmt: skip
    register(IsolationCase(m.ClaimPhrasing, _phrasing))


_register()
