"""The triage engine: built once from claims and answers, then `triage(posts)` streams results."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np

from lotsin.triage import language as language_step
from lotsin.triage.centering import Centering
from lotsin.triage.duplicates import DuplicateFinder
from lotsin.triage.embedder import Embedder, load_embedder
from lotsin.triage.hearsay import passed_on, rumour_frame
from lotsin.triage.matching import (
    UNRELATED_SCORE,
    Calibration,
    EmbeddingProbe,
    LinearModel,
    TopicProbes,
    Units,
    anchors,
    best_per_item,
    decide,
    unfitted_models,
)
from lotsin.triage.prototypes import CRISIS_PROTOTYPES, NON_CRISIS_PROTOTYPES
from lotsin.triage.question import is_question
from lotsin.triage.text import clean, without_quotes
from lotsin.triage.topics import TOPICS_ORDER, detect_topics
from lotsin.triage.types import Answer, Claim, Post, Result
from lotsin.triage.urgency import detect_urgency
from lotsin.triage.whitening import whiten, within_item_whitening

# Part of the engine version the inbox stores with each post: a new one re-triages open posts
# (2: language-centred matching, a match's score is the model's probability; 3: post probes;
# 4: whitening by the knowledge base's within-item spread).
INDEX_VERSION = "4"
DEFAULT_CACHE = Path(
    os.environ.get("LOTSIN_TRIAGE_CACHE", Path.home() / ".cache" / "lotsin-triage")
)


class TriageEngine:
    def __init__(
        self,
        claims: Iterable[Claim],
        answers: Iterable[Answer],
        *,
        cache_dir: Path | None = DEFAULT_CACHE,
        embedder: Embedder | None = None,
        calibration: Calibration | None = None,
    ) -> None:
        self.claims = list(claims)
        self.answers = list(answers)
        self.cache_dir = cache_dir
        self.calibration = calibration or Calibration()
        language_step.warm_up(cache_dir)
        self.embedder = embedder or load_embedder(os.environ.get("LOTSIN_TRIAGE_EMBEDDER"))
        self.claim_units, self.answer_units, self.crisis_units = Units(), Units(), Units()
        for c in self.claims:
            self.claim_units.add(c.id, c.language, c.text)
        for a in self.answers:
            self.answer_units.add(a.id, a.language, a.title)
            self.answer_units.add(a.id, a.language, f"{a.title}\n{a.body[:400]}")
            for q in a.questions:
                self.answer_units.add(a.id, a.language, q)
        for i, text in enumerate(CRISIS_PROTOTYPES):
            self.crisis_units.add(f"crisis-{i}", "crisis", text)
        for i, text in enumerate(NON_CRISIS_PROTOTYPES):
            self.crisis_units.add(f"calm-{i}", "calm", text)
        self._crisis_rows = np.array([lang == "crisis" for lang in self.crisis_units.languages])
        self.claim_anchors = _anchors_by_item(self.claim_units)
        self.answer_anchors = _anchors_by_item(self.answer_units)
        self.answer_topics = {a.id: detect_topics(f"{a.title} {a.body}")[0] for a in self.answers}
        self.index_source = self._load_or_build_index()
        self.centering = self._centering()
        self.models = self._models()
        self.match_probes = {  # only those fitted for this embedder, checked once here
            kind: probe
            for kind, probe in self.calibration.match_probes.items()
            if probe.embedder == self.embedder.name
        }
        self.unrelated = self.centering.unrelated if self.centering else UNRELATED_SCORE
        self.match_vectors = {
            kind: self.centering.center_passages(units.vectors, units.languages)
            if self.centering
            else units.vectors
            for kind, units in (("claims", self.claim_units), ("answers", self.answer_units))
        }
        # fitted on the knowledge base alone, so it follows each organisation's own
        self.whitening = {
            kind: within_item_whitening(self.match_vectors[kind], units.ids)
            for kind, units in (("claims", self.claim_units), ("answers", self.answer_units))
        }
        self.match_vectors = {
            kind: whiten(vectors, self.whitening[kind])
            for kind, vectors in self.match_vectors.items()
        }
        probes = self._topic_probes()
        self.item_topics = {
            "claims": probes.item_profiles(self.claim_units) if probes else {},
            "answers": probes.item_profiles(self.answer_units) if probes else {},
        }

    # --- index --------------------------------------------------------------------------

    def _index_key(self) -> str:
        digest = hashlib.sha256()
        for units in (self.claim_units, self.answer_units, self.crisis_units):
            digest.update(json.dumps([units.ids, units.texts], ensure_ascii=False).encode())
        digest.update(f"{self.embedder.name}/{INDEX_VERSION}".encode())
        return digest.hexdigest()[:24]

    def _load_or_build_index(self) -> str:
        path = self.cache_dir / f"index-{self._index_key()}.npz" if self.cache_dir else None
        if path is not None and path.exists():
            try:
                with np.load(path) as data:
                    self.claim_units.vectors = data["claims"]
                    self.answer_units.vectors = data["answers"]
                    self.crisis_units.vectors = data["crisis"]
                return "cache"
            except (OSError, KeyError, ValueError):
                pass  # rebuilt below
        for units in (self.claim_units, self.answer_units, self.crisis_units):
            units.vectors = self.embedder.passages(units.texts)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".tmp.npz")
            np.savez(
                tmp,
                claims=self.claim_units.vectors,
                answers=self.answer_units.vectors,
                crisis=self.crisis_units.vectors,
            )
            tmp.replace(path)
        return "built"

    def _match(
        self,
        kind: str,
        *,
        language: str,
        post_anchors: set[str],
        question: bool,
        length: int,
        limit: int,
        same_language_first: bool,
        rumour_frame: bool,
        post_topics: np.ndarray | None,
        crisis: bool,
        raw_vector: np.ndarray,
    ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        units, item_anchors = (
            (self.claim_units, self.claim_anchors)
            if kind == "claims"
            else (self.answer_units, self.answer_anchors)
        )
        item_topics = self.item_topics[kind]
        model = self.models[kind]
        probe = self.match_probes.get(kind)
        vector = self._match_vector(raw_vector, language, kind)
        best = best_per_item(
            self.match_vectors[kind] @ vector, units, language, same_language_first, model.views
        )
        return decide(
            best,
            model=model,
            language=language,
            post_anchors=post_anchors,
            item_anchors=item_anchors,
            question=question,
            length=length,
            limit=limit,
            rumour_frame=rumour_frame,
            post_topics=post_topics,
            item_topics=item_topics,
            crisis=crisis,
            post_probe=probe.log_odds(raw_vector) if probe else 0.0,
            unrelated=self.unrelated,
            collect=self.calibration.collect,
        )

    def similar_answers(self, query: str) -> list[tuple[str, float]]:
        """Answers by the cosine of their closest text to `query`, best first (language
        centred as in matching): for search, which wants near misses, not for triage."""
        if not self.answer_units.ids or not query.strip():
            return []
        vector = self.embedder.queries([clean(query)])[0]
        language = language_step.detect_language(query)[0]
        vector = self._match_vector(vector, language, "answers")
        best = best_per_item(self.match_vectors["answers"] @ vector, self.answer_units, None, False)
        return sorted(
            ((item, score) for item, (score, _lang) in best.items()), key=lambda kv: -kv[1]
        )

    def _match_vector(self, vector: np.ndarray, language: str, kind: str) -> np.ndarray:
        """A post's vector in the space the knowledge base's are stored in: centred by its
        language, then whitened by the claims' or answers' own spread."""
        if self.centering is not None:
            vector = self.centering.center_query(vector, language)
        return whiten(vector, self.whitening[kind])

    def _models(self) -> dict[str, LinearModel]:
        """The fitted decision models read centred cosines; when the language means belong to
        another embedder, its raw cosines would pass them all, so only a clear winner is
        accepted (the unfitted models)."""
        if self.calibration.centering is not None and self.centering is None:
            return unfitted_models()
        return self.calibration.models

    def _centering(self) -> Centering | None:
        """The language means, when they were fitted for this embedder."""
        centering = self.calibration.centering
        return (
            centering
            if centering is not None and centering.embedder == self.embedder.name
            else None
        )

    def _topic_probes(self) -> TopicProbes | None:
        """The topic probes, when they were fitted for this embedder."""
        probes = self.calibration.topic_probes
        return probes if probes is not None and probes.embedder == self.embedder.name else None

    def _probe(
        self, probe: EmbeddingProbe | None, vector: np.ndarray | None
    ) -> tuple[float, float]:
        """(probability, threshold); (0, 1) when there is nothing to embed or the probe was
        fitted for another embedder."""
        if vector is None or probe is None or probe.embedder != self.embedder.name:
            return 0.0, 1.0
        return probe.probability(vector), probe.threshold

    def _crisis_contrast(self, vector: np.ndarray) -> float:
        """How much closer the post is to a crisis prototype than to a calm look-alike."""
        sims = self.crisis_units.vectors @ vector
        return float(np.max(sims[self._crisis_rows]) - np.max(sims[~self._crisis_rows]))

    # --- triage -------------------------------------------------------------------------

    def triage(self, posts: Iterable[Post], batch_size: int = 64) -> Iterator[Result]:
        """Results in input order, computed batch by batch (constant memory).

        The next batch is embedded in a background thread while this one is judged: the
        embedder's C code releases the GIL, so the Python steps no longer wait for it."""
        duplicates = DuplicateFinder()
        iterator = iter(posts)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="triage-embed") as pool:
            pending: tuple[list[Post], list[str], Future[list[np.ndarray | None]]] | None = None
            while True:
                try:
                    batch = [_clipped(p) for p in islice(iterator, batch_size)]
                except BaseException:
                    if pending is not None:  # the batch already embedded is still delivered
                        yield from self._judged(*pending, duplicates)
                    raise
                if batch:
                    own_texts = [clean(without_quotes(p.text)) for p in batch]
                    upcoming = (batch, own_texts, pool.submit(self._embed_posts, own_texts))
                if pending is not None:
                    yield from self._judged(*pending, duplicates)
                if not batch:
                    return
                pending = upcoming

    def _judged(
        self,
        batch: list[Post],
        own_texts: list[str],
        vectors: Future[list[np.ndarray | None]],
        duplicates: DuplicateFinder,
    ) -> Iterator[Result]:
        for post, own, vector in zip(batch, own_texts, vectors.result(), strict=True):
            yield self._one(post, own, vector, duplicates)

    def _embed_posts(self, texts: list[str]) -> list[np.ndarray | None]:
        """Embed each distinct text once; posts too short to match anything are not embedded."""
        wanted = sorted({t[:EMBED_CHARS] for t in texts if len(t) >= MIN_MATCH_CHARS})
        vectors = dict(zip(wanted, self.embedder.queries(wanted), strict=True)) if wanted else {}
        return [vectors.get(t[:EMBED_CHARS]) for t in texts]

    def _one(
        self, post: Post, own: str, vector: np.ndarray | None, duplicates: DuplicateFinder
    ) -> Result:
        cal = self.calibration
        lang, lang_ev = language_step.detect_language(post.text)
        question, question_ev = is_question(post.text)
        topics, topic_ev = detect_topics(post.text)
        has_words = vector is not None and lang != language_step.UND
        crisis_sim = self._crisis_contrast(vector) if has_words else -1.0
        probes = self._topic_probes()
        post_topics = probes.profile(vector) if has_words and probes else None
        if post_topics is not None and probes is not None:
            probabilities = dict(zip(probes.topics, post_topics.tolist(), strict=True))
            topics, topic_ev = _probe_topics(topics, probabilities, probes, topic_ev)
        crisis_p, crisis_t = self._probe(cal.crisis_probe, vector if has_words else None)
        high_p, high_t = self._probe(cal.high_probe, vector if has_words else None)
        framed, frame_ev = rumour_frame(post.text)
        urgency, urgency_ev = detect_urgency(
            post.text,
            crisis_sim,
            cal.crisis_similarity,
            crisis_probability=crisis_p,
            probability_threshold=crisis_t,
            high_probability=high_p,
            high_threshold=high_t,
            passed_on=passed_on(frame_ev["cues"]),
        )
        post_anchors = anchors(own)
        claims: list[dict[str, Any]] = []
        answers: list[dict[str, Any]] = []
        claim_ev: dict[str, Any] = {}
        answer_ev: dict[str, Any] = {}
        if has_words:
            common = {
                "language": lang,
                "post_anchors": post_anchors,
                "question": question,
                "length": len(own),
                "rumour_frame": framed,
                "post_topics": post_topics,
                "crisis": urgency == "crisis",
                "raw_vector": vector,
            }
            claims, claim_ev = self._match("claims", limit=2, same_language_first=False, **common)
            claim_ev["rumour_frame"] = frame_ev["cues"]
            answers, answer_ev = self._match("answers", limit=3, same_language_first=True, **common)
        if answers and question:
            extra = [t for t in self.answer_topics.get(answers[0]["id"], []) if t not in topics]
            if extra and not topics:
                topics = extra[:1]
                topic_ev["from_answer"] = topics
        duplicate_of, dup_ev = duplicates.check(post.id, post.text)
        return Result(
            id=post.id,
            language=lang,
            is_question=question,
            topics=topics,
            urgency=urgency,
            claims=claims,
            answers=answers,
            duplicate_of=duplicate_of,
            evidence={
                "language": lang_ev,
                "question": question_ev,
                "topics": topic_ev,
                "urgency": urgency_ev,
                "claims": claim_ev,
                "answers": answer_ev,
                "duplicate": dup_ev,
            },
        )


MIN_MATCH_CHARS = 12  # "Дякую", "+", an emoji: nothing to match, so no embedding
EMBED_CHARS = 1000  # e5 reads 512 tokens at most; the question sits at the start anyway
MAX_POST_CHARS = 20_000  # a 1 MB paste is triaged on its first 20,000 characters


def _clipped(post: Post) -> Post:
    if len(post.text) <= MAX_POST_CHARS:
        return post
    return Post(
        post.id,
        post.text[:MAX_POST_CHARS],
        post.channel,
        post.author,
        post.posted_at,
        post.reply_to,
    )


def _probe_topics(
    lexicon: list[str],
    probabilities: dict[str, float],
    probes: TopicProbes,
    evidence: dict[str, Any],
) -> tuple[list[str], dict[str, Any]]:
    named = evidence.get("named", {})
    chosen = [
        t
        for t in TOPICS_ORDER
        if probabilities.get(t, 0.0) >= probes.high
        or (t in lexicon and probabilities.get(t, 0.0) >= probes.low)
        or t in named
    ]
    evidence = {
        **evidence,
        "probabilities": {t: round(p, 3) for t, p in probabilities.items()},
        "high": probes.high,
        "low": probes.low,
    }
    return chosen, evidence


def _anchors_by_item(units: Units) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for item, text in zip(units.ids, units.texts, strict=True):
        out.setdefault(item, set()).update(anchors(text))
    return out
