#!/usr/bin/env python
"""Fit the triage engine's few decision thresholds on a labelled directory (the same layout as
triage_quality.py) and print them; copy them into lotsin/triage/matching.py:Calibration.

Only a handful of numbers are fitted (absolute score, distance from the post's mean, crisis
similarity), so the fit cannot memorise posts; check the result on data it has not seen.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lotsin.triage.engine import TriageEngine  # noqa: E402
from lotsin.triage.jsonl import LineErrors, read_answers, read_claims, read_posts  # noqa: E402
from lotsin.triage.matching import Calibration  # noqa: E402


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data_dir", type=Path)
    args = parser.parse_args()
    d = args.data_dir
    errors = LineErrors(str(d))
    claims = read_claims(d / "claims.jsonl", errors)
    answers = read_answers(d / "answers.jsonl", errors)
    with (d / "posts.jsonl").open(encoding="utf-8") as f:
        posts = list(read_posts(f, errors))
    gold = [json.loads(line) for line in (d / "gold.jsonl").open(encoding="utf-8") if line.strip()]
    # Permissive thresholds so that the evidence holds every candidate's numbers.
    loose = Calibration(claim_min=0, claim_center=-1, answer_min=0, answer_center=-1,
                        crisis_similarity=2.0)
    engine = TriageEngine(claims, answers, calibration=loose)
    results = list(engine.triage(posts))
    rows = []
    for r, g in zip(results, gold, strict=True):
        ev = r.evidence
        rows.append({
            "crisis_gold": g["urgency"] == "crisis", "cue": bool(ev["urgency"]["crisis_cue"]),
            "about": bool(ev["urgency"]["talk_about"]), "sim": ev["urgency"]["crisis_similarity"],
            "claims_gold": {c["id"] for c in g.get("claims") or []},
            "answers_gold": {a["id"] for a in g.get("answers") or []},
            "claim_ev": ev["claims"], "answer_ev": ev["answers"],
        })

    best = (-1.0, 0.0)
    for t in [x / 1000 for x in range(-20, 81, 5)]:
        tp = sum(r["crisis_gold"] and (r["cue"] or r["sim"] >= t) and not r["about"] for r in rows)
        fp = sum((not r["crisis_gold"]) and (r["cue"] or r["sim"] >= t) and not r["about"]
                 for r in rows)
        fn = sum(r["crisis_gold"] for r in rows) - tp
        recall, precision = tp / (tp + fn), tp / (tp + fp) if tp + fp else 1.0
        # Recall first: the highest threshold that keeps recall within reach, precision >= 0.7.
        score = recall + 0.25 * precision if precision >= 0.7 else recall - 1
        print(f"crisis t={t:.3f} recall={recall:.3f} precision={precision:.3f}", file=sys.stderr)
        if score > best[0]:
            best = (score, t)
    crisis_t = best[1]

    def choose(kind: str, gold_key: str, grid_min, grid_center, keep_within: float):
        top = (-1.0, None)
        for minimum, center in itertools.product(grid_min, grid_center):
            tp = fp = fn = 0
            for r in rows:
                ev = r[kind]
                want = r[gold_key]
                got: set[str] = set()
                if ev and ev["top"]:
                    first = ev["top"][0]
                    if first["score"] >= minimum and first["score"] - ev["mean"] >= center:
                        got = {c["id"] for c in ev["top"][:3]
                               if first["score"] - c["score"] <= keep_within
                               and c["score"] - ev["mean"] >= center}
                tp += len(got & want)
                fp += len(got - want)
                fn += len(want - got)
            score = f1(tp, fp, fn)
            if score > top[0]:
                top = (score, (minimum, center))
        return top

    claim_fit = choose("claim_ev", "claims_gold", [x / 1000 for x in range(820, 921, 5)],
                       [x / 1000 for x in range(0, 101, 5)], 0.0)
    answer_fit = choose("answer_ev", "answers_gold", [x / 1000 for x in range(800, 911, 5)],
                        [x / 1000 for x in range(0, 81, 5)], Calibration().answer_keep_within)
    fitted = replace(Calibration(), claim_min=claim_fit[1][0], claim_center=claim_fit[1][1],
                     answer_min=answer_fit[1][0], answer_center=answer_fit[1][1],
                     crisis_similarity=crisis_t)
    print(f"claims_f1_at_fit: {claim_fit[0]:.4f}")
    print(f"answers_f1_at_fit: {answer_fit[0]:.4f}")
    print(f"calibration: {fitted}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
