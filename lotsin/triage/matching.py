"""Claims and answers across languages: embeddings plus lexical evidence, calibrated to say "no".

Scores are cosine similarities of e5 embeddings (posts as `query:`, claims and answers as
`passage:`). A fixed cosine threshold moves with language and length, so each decision uses the
best score, its margin over the runner-up and its distance from the post's mean over all
candidates; shared anchors (Job-Turbo, § 24, Bürgergeld, numbers) add evidence. Answers are
matched in the post's own language where a verified translation exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from lotsin.triage.text import clean

ANCHOR = re.compile(
    r"§\s?\d+[a-z]?|\b\d{2,}\b|job-?turbo|джоб-?турбо|bürgergeld|kindergeld|elterngeld|"
    r"jugendamt|integrationskurs|blue card|blaue karte|minijob|b2|kita|wohnsitzauflage|"
    r"anerkennung|kopftuch|hijab|حجاب|хиджаб|хіджаб|headscarf|başörtü|türban|روسری|پوشش",
    re.I,
)


def anchors(text: str) -> set[str]:
    return {re.sub(r"[\s-]", "", a.lower()) for a in ANCHOR.findall(text)}


@dataclass
class Calibration:
    """Decision thresholds, fitted on the labelled development corpus (bench/calibrate)."""

    claim_min: float = 0.86
    claim_center: float = 0.055
    claim_margin: float = 0.0
    anchor_bonus: float = 0.02
    answer_min: float = 0.85
    answer_center: float = 0.045
    answer_keep_within: float = 0.02
    crisis_similarity: float = 0.04  # crisis prototype minus calm look-alike


@dataclass
class Units:
    """Embedded texts of claims or answers, each pointing to its item id and language."""

    ids: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 384), np.float32))

    def add(self, item_id: str, language: str, text: str) -> None:
        if text and text.strip():
            self.ids.append(item_id)
            self.languages.append(language)
            self.texts.append(clean(text)[:1000])

    def item_ids(self) -> list[str]:
        return sorted(set(self.ids))


def best_per_item(
    scores: np.ndarray, units: Units, language: str | None, same_language_first: bool
) -> dict[str, tuple[float, str]]:
    """For one post: item id -> (best score, language of the best unit)."""
    best: dict[str, tuple[float, str]] = {}
    if same_language_first and language:
        own_items = {
            i for i, lang in zip(units.ids, units.languages, strict=True) if lang == language
        }
    else:
        own_items = set()
    for score, item, lang in zip(scores.tolist(), units.ids, units.languages, strict=True):
        if item in own_items and lang != language:
            continue  # compare in her language where a verified translation exists
        if item not in best or score > best[item][0]:
            best[item] = (score, lang)
    return best


def decide(
    best: dict[str, tuple[float, str]],
    *,
    minimum: float,
    center: float,
    margin: float,
    keep_within: float,
    post_anchors: set[str],
    item_anchors: dict[str, set[str]],
    anchor_bonus: float,
    limit: int,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    if not best:
        return [], {}
    ranked = sorted(
        (
            (s + (anchor_bonus if post_anchors & item_anchors.get(i, set()) else 0.0), i)
            for i, (s, _lang) in best.items()
        ),
        reverse=True,
    )
    mean = float(np.mean([s for s, _ in ranked]))
    top_score, top_id = ranked[0]
    second = ranked[1][0] if len(ranked) > 1 else mean
    evidence = {
        "top": [{"id": i, "score": round(s, 4)} for s, i in ranked[:3]],
        "mean": round(mean, 4),
        "margin": round(top_score - second, 4),
        "thresholds": {"min": minimum, "center": center, "margin": margin},
    }
    if top_score < minimum or top_score - mean < center or top_score - second < margin:
        return [], evidence
    chosen = [{"id": top_id, "score": round(top_score, 4)}]
    for score, item in ranked[1:limit]:
        if top_score - score <= keep_within and score - mean >= center:
            chosen.append({"id": item, "score": round(score, 4)})
    return chosen, evidence
