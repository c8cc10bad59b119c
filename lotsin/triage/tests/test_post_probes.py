"""The post probes: what the post alone says about needing a claim or an answer, one feature of
each decision model (leave-one-group-out, answers hit@3 0.872 to 0.889 and claims F1 0.851 to
0.872 at lower false-match rates)."""

import numpy as np
import pytest

from lotsin.triage.engine import TriageEngine
from lotsin.triage.matching import Calibration, _default_models, decide
from lotsin.triage.tests.test_centering import RenamedEmbedder
from lotsin.triage.types import Post


def probes(engine, text):
    evidence = next(iter(engine.triage([Post("1", text)]))).evidence
    return evidence["claims"]["post_probe"], evidence["answers"]["post_probe"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Говорят, Kindergeld снимают, если уехать на неделю к маме", "rumour"),
        ("Дівчата, правда що по Job-Turbo всіх змушують йти на будь-яку роботу?", "rumour"),
        ("سمعت إنو إذا اشتغلتي دوام كامل بيسحبوا منك الإقامة، صحيح؟", "rumour"),
        ("Як отримати місце в Kita для дитини? Їй два роки", "answerable"),
        ("Jobcenter'den mektup geldi, ne yapmam gerekiyor?", "answerable"),
        ("چطور میتونم برای کلاس ادغام ثبت نام کنم؟", "answerable"),
    ],
)
def test_a_rumour_or_a_covered_question_is_heard_before_anything_is_compared(engine, text, kind):
    rumour, answerable = probes(engine, text)
    assert {"rumour": rumour, "answerable": answerable}[kind] > 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Sprachcafé für Frauen jeden Dienstag 10 Uhr im Familienzentrum, alle willkommen!",
        "Всім доброго ранку і гарного дня! ☀️",
        "Verkaufe Kinderwagen, fast neu, 50 Euro, Abholung in Köln",
    ],
)
def test_chat_and_ads_are_heard_as_neither(engine, text):
    rumour, answerable = probes(engine, text)
    assert rumour < 0.5
    assert answerable < 0.5


def test_the_probe_raises_the_models_belief_in_the_same_candidate():
    """Same cosines, same post: the surer the probe, the likelier the match (the shipped models
    weigh it positively), and it cannot turn an unrelated candidate into a match alone."""
    unrelated = Calibration().centering.unrelated
    best = {"A1": (0.35, "de"), **{f"A{i}": (unrelated, "de") for i in range(2, 12)}}

    def probability(model, log_odds, score=0.35):
        field = {**best, "A1": (score, "de")}
        _found, evidence = decide(
            field, model=model, language="de", post_anchors=set(), item_anchors={},
            question=True, length=60, limit=1, post_probe=log_odds, unrelated=unrelated,
        )  # fmt: skip
        return evidence["top"][0]["p"]

    for kind, model in _default_models().items():
        assert probability(model, -4.0) < probability(model, 0.0) < probability(model, 4.0), kind
        assert probability(model, 15.0, score=unrelated) < model.threshold, kind


def test_another_embedder_leaves_the_probes_undecided(engine, tmp_path):
    other = TriageEngine(
        engine.claims, engine.answers, cache_dir=tmp_path, embedder=RenamedEmbedder(engine.embedder)
    )
    assert probes(other, "Говорят, Kindergeld снимают, если уехать на неделю") == (0.5, 0.5)


def test_the_calibration_ships_a_probe_per_kind_fitted_for_the_bundled_embedder(engine):
    shipped = Calibration().match_probes
    assert set(shipped) == {"claims", "answers"}
    for probe in shipped.values():
        assert probe.embedder == engine.embedder.name
        assert np.asarray(probe.weights).shape == (384,)
