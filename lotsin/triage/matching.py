"""Claims and answers across languages: embeddings plus lexical evidence, calibrated to say "no".

Scores are cosine similarities of e5 embeddings (posts as `query:`, claims and answers as
`passage:`). e5 cosines sit in a narrow band that moves with language and length, so a fixed
threshold cannot say "no match". Each of the top candidates is judged by a small logistic model
over generic features: its score, its distance from the post's mean over all candidates, its
margins to the neighbours, whether it is in the post's language, whether it shares an anchor
(Job-Turbo, § 24, Bürgergeld, numbers), whether the post asks something and whether it is framed
as a rumour (hearsay.py), how well the post's topic profile agrees with the candidate's (the
topic probes applied to both), whether the post is a crisis, and what a probe over the post's
embedding says of the post alone: does it repeat a rumour (claims), does it ask what verified
answers cover (answers)? The weights are
fitted on labelled posts by bench/triage_calibrate.py and shipped in calibration.json.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from lotsin.triage.centering import Centering
from lotsin.triage.text import clean

ANCHOR = re.compile(
    r"§\s?\d+[a-z]?|\b\d{2,}\b|job-?turbo|джоб-?турбо|bürgergeld|kindergeld|elterngeld|"
    r"jugendamt|integrationskurs|blue card|blaue karte|minijob|b2|kita|wohnsitzauflage|"
    r"anerkennung|kopftuch|hijab|حجاب|хиджаб|хіджаб|headscarf|başörtü|türban|روسری|پوشش",
    re.I,
)
FEATURES = (
    "score",
    "center",
    "gap_next",
    "gap_top",
    "z",
    "same_language",
    "anchor",
    "question",
    "log_length",
    "rumour_frame",
    "topic_agreement",
    "crisis",
    "post_probe",
)
CALIBRATION_FILE = Path(__file__).with_name("calibration.json")


def anchors(text: str) -> set[str]:
    return {re.sub(r"[\s-]", "", a.lower()) for a in ANCHOR.findall(text)}


@dataclass
class LinearModel:
    """Logistic model over FEATURES. The best candidate must reach `threshold`; once it has, the
    next ones need only `alternatives` (None: the same threshold). For answers that is lower: an
    advisor picks one of up to three suggestions, and a post judged answerable is better served by
    the runner-up when the first is not the right one. `views`: how many of an item's best units
    its score averages (see best_per_item)."""

    weights: list[float]
    bias: float
    threshold: float
    alternatives: float | None = None
    views: int = 1

    def __post_init__(self) -> None:
        # A calibration fitted before a feature existed gives that feature no weight.
        self.weights = list(self.weights) + [0.0] * (len(FEATURES) - len(self.weights))

    def probability(self, features: list[float]) -> float:
        z = self.bias + sum(w * f for w, f in zip(self.weights, features, strict=True))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def _calibration_data() -> dict[str, Any]:
    """The fitted calibration, read once per process (every Calibration field uses it)."""
    return json.loads(CALIBRATION_FILE.read_text()) if CALIBRATION_FILE.exists() else {}


def _default_models() -> dict[str, LinearModel]:
    data = _calibration_data()
    if data.get("models"):
        return {k: LinearModel(**v) for k, v in data["models"].items()}
    return unfitted_models()


def unfitted_models() -> dict[str, LinearModel]:
    """Before any fit, or for an embedder nothing was fitted for: accept only a clear winner on
    raw cosines (score and distance from the mean)."""
    fallback = [40.0, 60.0, 0, 0, 0, 0, 0, 0, 0, 0]
    return {
        "claims": LinearModel(fallback, -38.5, 0.5),
        "answers": LinearModel(fallback, -38.0, 0.5),
    }


def _default_probe(name: str) -> EmbeddingProbe | None:
    probe = _calibration_data().get(name)
    return EmbeddingProbe(**probe) if probe else None


def _default_match_probes() -> dict[str, EmbeddingProbe]:
    probes = {kind: _default_probe(f"{kind}_probe") for kind in ("claims", "answers")}
    return {kind: probe for kind, probe in probes.items() if probe}


LOG_ODDS_CLIP = 15.0  # one sure probe must not outweigh every cosine of a candidate


@dataclass
class EmbeddingProbe:
    """A linear model over the post's embedding for one yes/no question: "is someone in danger
    now?" (crisis) or "is a deadline or a loss days away?" (high).

    Fitted on labelled posts by bench/triage_calibrate.py; valid only for the embedder it was
    fitted with (the engine skips it for another embedder). It catches what the phrase lists do
    not name: the same situation told in other words or another language.
    """

    embedder: str
    weights: list[float]
    bias: float
    threshold: float

    def __post_init__(self) -> None:
        self._w = np.asarray(self.weights, dtype=np.float32)  # converted once, used per post

    def log_odds(self, vector: np.ndarray) -> float:
        return max(-LOG_ODDS_CLIP, min(LOG_ODDS_CLIP, float(self._w @ vector) + self.bias))

    def probability(self, vector: np.ndarray) -> float:
        return 1 / (1 + math.exp(-self.log_odds(vector)))


@dataclass
class TopicProbes:
    """One linear model per topic over the post's embedding, fitted like the crisis probe.

    A topic is given when its probability reaches `high`, or when a topic stem matched and the
    probability reaches `low` (the stems alone over-fire on passing mentions).
    """

    embedder: str
    topics: dict[str, dict[str, Any]]
    high: float
    low: float

    def __post_init__(self) -> None:
        # One matrix product per post instead of ten list conversions.
        self._names = list(self.topics)
        self._w = np.asarray([self.topics[t]["weights"] for t in self._names], dtype=np.float32)
        self._b = np.asarray([self.topics[t]["bias"] for t in self._names], dtype=np.float32)

    def probabilities(self, vector: np.ndarray) -> dict[str, float]:
        return dict(zip(self._names, self.profile(vector).tolist(), strict=True))

    def profile(self, vectors: np.ndarray) -> np.ndarray:
        """Topic probabilities of one vector (10,) or of many (n, 10)."""
        z = np.clip(vectors @ self._w.T + self._b, -30.0, 30.0)
        return 1 / (1 + np.exp(-z))  # type: ignore[no-any-return]

    def item_profiles(self, units: Units) -> dict[str, np.ndarray]:
        """Each claim's or answer's topic profile: the mean over its texts, unit length (a
        post's profile is compared with it by a dot product: topic_agreement)."""
        if not units.ids:
            return {}
        rows = self.profile(units.vectors)
        items, group = np.unique(np.asarray(units.ids), return_inverse=True)
        sums = np.zeros((len(items), rows.shape[1]))
        np.add.at(sums, group, rows)  # one pass over the units, not one per item
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        profiles = sums / np.where(norms > 0, norms, 1.0)  # the mean's direction is the sum's
        return dict(zip(items.tolist(), profiles, strict=True))


def _default_centering() -> Centering | None:
    centering = _calibration_data().get("centering")
    return Centering(**centering) if centering else None


def _default_topic_probes() -> TopicProbes | None:
    probes = _calibration_data().get("topic_probes")
    return TopicProbes(**probes) if probes else None


@dataclass
class Calibration:
    """The fitted decision models, and the crisis threshold (prototype contrast)."""

    models: dict[str, LinearModel] = field(default_factory=_default_models)
    crisis_similarity: float = 0.05  # crisis prototype minus calm look-alike
    crisis_probe: EmbeddingProbe | None = field(
        default_factory=lambda: _default_probe("crisis_probe")
    )
    high_probe: EmbeddingProbe | None = field(default_factory=lambda: _default_probe("high_probe"))
    topic_probes: TopicProbes | None = field(default_factory=_default_topic_probes)
    # Per kind, the post alone: "does it repeat a rumour?", "does it ask what answers cover?"
    match_probes: dict[str, EmbeddingProbe] = field(default_factory=_default_match_probes)
    centering: Centering | None = field(default_factory=_default_centering)
    collect: bool = False  # keep every candidate's features in the evidence (for fitting)


@dataclass
class Units:
    """Embedded texts of claims or answers, each pointing to its item id and language."""

    ids: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 384), np.float32))
    _layouts: dict[str | None, Layout] = field(default_factory=dict, repr=False)

    def add(self, item_id: str, language: str, text: str) -> None:
        if text and text.strip():
            self.ids.append(item_id)
            self.languages.append(language)
            self.texts.append(clean(text)[:1000])
            self._layouts.clear()

    def layout(self, language: str | None) -> Layout:
        """Which units speak for each item when the post is in `language` (None: all of them),
        as an item-by-unit index matrix, built once per language."""
        if language not in self._layouts:
            self._layouts[language] = Layout.build(self.ids, self.languages, language)
        return self._layouts[language]


@dataclass
class Layout:
    items: list[str]
    units: np.ndarray  # items x most units, unit indices, -1 where an item has fewer
    languages: list[str]

    @classmethod
    def build(cls, ids: list[str], languages: list[str], language: str | None) -> Layout:
        own_items = {i for i, lang in zip(ids, languages, strict=True) if lang == language}
        rows: dict[str, list[int]] = {}
        for u, (item, lang) in enumerate(zip(ids, languages, strict=True)):
            if item in own_items and lang != language:
                continue  # compare in her language where a verified translation exists
            rows.setdefault(item, []).append(u)
        width = max((len(r) for r in rows.values()), default=0)
        matrix = np.full((len(rows), width), -1, dtype=np.int64)
        for k, units in enumerate(rows.values()):
            matrix[k, : len(units)] = units
        return cls(list(rows), matrix, languages)


def best_per_item(
    scores: np.ndarray,
    units: Units,
    language: str | None,
    same_language_first: bool,
    views: int = 1,
) -> dict[str, tuple[float, str]]:
    """For one post: item id -> (score, language of its best unit).

    With `views` > 1 an item scores the mean of its `views` best units (title, title with body,
    example questions) rather than the best one alone: one unit close by chance is noise, several
    agreeing are evidence (leave-one-group-out, the right answer reached the top three more often
    in every language group)."""
    layout = units.layout(language if same_language_first and language else None)
    if not layout.items:
        return {}
    present = layout.units >= 0
    field_scores = np.where(present, scores[np.maximum(layout.units, 0)], -np.inf)
    order = np.argsort(-field_scores, axis=1)[:, : max(1, views)]
    top = np.take_along_axis(field_scores, order, axis=1)
    counted = np.isfinite(top)
    means = np.where(counted, top, 0.0).sum(axis=1) / counted.sum(axis=1)
    best_units = np.take_along_axis(layout.units, order[:, :1], axis=1)[:, 0]
    return {
        item: (score, layout.languages[unit])
        for item, score, unit in zip(layout.items, means.tolist(), best_units.tolist(), strict=True)
    }


# The model compares a candidate with the others (mean, spread, runner-up). A knowledge base of
# one or two answers has no others: a perfect match would look like noise. Such a field is
# filled up with the cosine that unrelated short texts reach with multilingual-e5 (0.73-0.80;
# after language centering the fitted Centering.unrelated).
SMALL_FIELD = 8
UNRELATED_SCORE = 0.77


def _background(count: int, unrelated: float) -> list[float]:
    return [unrelated] * max(0, SMALL_FIELD - count)


def _agreement(post: np.ndarray | None, item: np.ndarray | None) -> float:
    if post is None or item is None:
        return 0.0
    return float(post @ item / (np.linalg.norm(post) or 1.0))


def decide(
    best: dict[str, tuple[float, str]],
    *,
    model: LinearModel,
    language: str,
    post_anchors: set[str],
    item_anchors: dict[str, set[str]],
    question: bool,
    length: int,
    limit: int,
    rumour_frame: bool = False,
    post_topics: np.ndarray | None = None,
    item_topics: dict[str, np.ndarray] | None = None,
    crisis: bool = False,
    post_probe: float = 0.0,
    unrelated: float = UNRELATED_SCORE,
    collect: bool = False,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The candidates the model accepts, most probable first (only while the more probable
    ones are accepted).
    `post_topics`: the post's topic probabilities, `item_topics` the items' unit-length
    profiles (TopicProbes); without them topic agreement is 0. `post_probe`: the log-odds of
    the kind's post probe (0, undecided, without one)."""
    probe = round(1 / (1 + math.exp(-post_probe)), 3)
    if not best:  # no claims or answers yet: what the post sounds like still helps the advisor
        return [], {"post_probe": probe}
    ranked = sorted(((s, i) for i, (s, _lang) in best.items()), reverse=True)
    values = np.array([s for s, _ in ranked] + _background(len(ranked), unrelated))
    mean, std = float(values.mean()), float(values.std()) or 1e-6
    chosen: list[dict[str, Any]] = []
    candidates = []
    for k, (score, item) in enumerate(ranked[:limit]):
        nxt = ranked[k + 1][0] if k + 1 < len(ranked) else min(mean, unrelated)
        features = [
            score,
            score - mean,
            score - nxt,
            ranked[0][0] - score,
            (score - mean) / std,
            float(best[item][1] == language),
            float(bool(post_anchors & item_anchors.get(item, set()))),
            float(question),
            math.log1p(length),
            float(rumour_frame),
            _agreement(post_topics, (item_topics or {}).get(item)),
            float(crisis),
            post_probe,
        ]
        p = model.probability(features)
        candidates.append(
            {
                "id": item,
                "cosine": round(score, 4),
                "p": p,
                **({"features": features} if collect else {}),
            }
        )
    # The model, which also weighs topic agreement, language and anchors, reorders the few
    # closest (leave-one-group-out, answers hit@3 0.834 to 0.854 at the same false rate).
    candidates.sort(key=lambda c: -c["p"])
    for k, cand in enumerate(candidates):
        needed = model.threshold if k == 0 or model.alternatives is None else model.alternatives
        if cand["p"] >= needed and len(chosen) == k:
            chosen.append({"id": cand["id"], "score": round(cand["p"], 3)})
        cand["p"] = round(cand["p"], 3)
    evidence = {
        "top": candidates,
        "mean": round(mean, 4),
        "post_probe": probe,
        "threshold": model.threshold,
    }
    if model.alternatives is not None:
        evidence["alternatives_threshold"] = model.alternatives
    return chosen, evidence
