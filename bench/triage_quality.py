#!/usr/bin/env python
"""Score the triage engine on a labelled directory: posts.jsonl, gold.jsonl, claims.jsonl,
answers.jsonl (the triage contract's format). Prints one `name: value` per line.

    python bench/triage_quality.py tests/data/triage
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from tqdm import tqdm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge_halves import gold_within, knowledge_half  # noqa: E402

from lotsin.triage.engine import TriageEngine  # noqa: E402
from lotsin.triage.jsonl import read_labelled_dir  # noqa: E402

SAME_LANGUAGE = {"hr": "sr", "bs": "sr", "prs": "fa", "ckb": "ku", "kmr": "ku"}


def norm_lang(code: str) -> str:
    return SAME_LANGUAGE.get(code, code)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def ids(items: list[dict]) -> list[str]:
    return [i["id"] for i in items or []]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--errors", type=int, default=0, help="print up to N misses per step")
    parser.add_argument(
        "--kb-half",
        type=int,
        choices=(0, 1),
        help="triage against every other claim and answer only (another organisation's smaller "
        "knowledge base); gold keeps only those",
    )
    args = parser.parse_args()
    data_set = read_labelled_dir(args.data_dir)
    claims, answers, posts, errors = (
        data_set.claims,
        data_set.answers,
        data_set.posts,
        data_set.errors,
    )
    gold = {g["id"]: g for g in data_set.gold}
    if args.kb_half is not None:
        kept = knowledge_half(claims, answers, args.kb_half)
        claims = [c for c in claims if c.id in kept]
        answers = [a for a in answers if a.id in kept]
        gold = {pid: gold_within(g, kept) for pid, g in gold.items()}
    texts = {p.id: p.text for p in posts}

    start = time.perf_counter()
    engine = TriageEngine(claims, answers)
    results = {
        r.id: r
        for r in tqdm(engine.triage(posts), total=len(posts), desc="triage", file=sys.stderr)
    }
    elapsed = time.perf_counter() - start

    out: dict[str, float | int | str] = {"posts": len(posts), "seconds": round(elapsed, 1)}
    misses: dict[str, list[str]] = defaultdict(list)

    # language
    per_lang = defaultdict(lambda: [0, 0])
    short = [0, 0]
    confusions = Counter()
    for pid, g in gold.items():
        r = results.get(pid)
        if r is None:
            continue
        want, got = norm_lang(g["language"]), norm_lang(r.language)
        ok = want == got
        per_lang[want][0] += ok
        per_lang[want][1] += 1
        if len(texts[pid].strip()) <= 20:
            short[0] += ok
            short[1] += 1
        if not ok:
            confusions[(want, got)] += 1
            misses["language"].append(f"{pid} {want}->{got}: {texts[pid][:60]!r}")
            if {want, got} == {"uk", "ru"} and len(texts[pid].split()) >= 3:
                confusions[("uk/ru", "3+words")] += 1
    total_ok = sum(v[0] for v in per_lang.values())
    total = sum(v[1] for v in per_lang.values())
    out["language_accuracy"] = round(total_ok / total, 4)
    out["language_accuracy_short_posts"] = round(short[0] / short[1], 4) if short[1] else 1.0
    for lang in sorted(per_lang):
        ok, n = per_lang[lang]
        out[f"language_accuracy_{lang}"] = f"{ok / n:.3f} ({n})"
    out["confusions_uk_ru"] = confusions[("uk", "ru")] + confusions[("ru", "uk")]
    out["confusions_uk_ru_3plus_words"] = confusions[("uk/ru", "3+words")]
    out["confusions_ar_fa"] = confusions[("ar", "fa")] + confusions[("fa", "ar")]

    # question
    tp = fp = fn = 0
    for pid, g in gold.items():
        got, want = results[pid].is_question, bool(g["is_question"])
        tp += got and want
        fp += got and not want
        fn += want and not got
        if got != want:
            misses["question"].append(f"{pid} want={want}: {texts[pid][:70]!r}")
    p, r, f = prf(tp, fp, fn)
    out.update(question_precision=round(p, 4), question_recall=round(r, 4), question_f1=round(f, 4))

    # topics (micro)
    tp = fp = fn = 0
    for pid, g in gold.items():
        got, want = set(results[pid].topics), set(g.get("topics") or [])
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        if got != want:
            misses["topics"].append(
                f"{pid} want={sorted(want)} got={sorted(got)}: {texts[pid][:60]!r}"
            )
    out["topic_micro_f1"] = round(prf(tp, fp, fn)[2], 4)

    # urgency
    for level in ("crisis", "high"):
        tp = fp = fn = 0
        for pid, g in gold.items():
            got, want = results[pid].urgency == level, g["urgency"] == level
            tp += got and want
            fp += got and not want
            fn += want and not got
            if got != want:
                misses[level].append(
                    f"{pid} want={g['urgency']} got={results[pid].urgency}: {texts[pid][:70]!r}"
                )
        p, r, _ = prf(tp, fp, fn)
        out[f"{level}_recall"] = round(r, 4)
        out[f"{level}_precision"] = round(p, 4)

    # claims
    tp = fp = fn = 0
    hit1 = with_claim = 0
    false_on_none = none = 0
    for pid, g in gold.items():
        got, want = ids(results[pid].claims), set(ids(g.get("claims")))
        tp += len(set(got) & want)
        fp += len(set(got) - want)
        fn += len(want - set(got))
        if want:
            with_claim += 1
            hit1 += bool(got) and got[0] in want
        else:
            none += 1
            false_on_none += bool(got)
        if set(got) != want:
            misses["claims"].append(f"{pid} want={sorted(want)} got={got}: {texts[pid][:60]!r}")
    p, r, f = prf(tp, fp, fn)
    out.update(
        claims_precision=round(p, 4),
        claims_recall=round(r, 4),
        claims_f1=round(f, 4),
        claims_hit_at_1=round(hit1 / with_claim, 4) if with_claim else 1.0,
        false_claim_rate=round(false_on_none / none, 4) if none else 0.0,
    )

    # answers
    found3 = with_answer = 0
    rr = 0.0
    false_on_none = none = 0
    for pid, g in gold.items():
        got, want = ids(results[pid].answers), set(ids(g.get("answers")))
        if want:
            with_answer += 1
            found3 += bool(set(got[:3]) & want)
            rank = next((i for i, a in enumerate(got, 1) if a in want), None)
            rr += 1 / rank if rank else 0.0
            if not set(got[:3]) & want:
                misses["answers"].append(
                    f"{pid} want={sorted(want)} got={got}: {texts[pid][:60]!r}"
                )
        else:
            none += 1
            false_on_none += bool(got)
            if got:
                misses["answers"].append(f"{pid} want=[] got={got}: {texts[pid][:60]!r}")
    out.update(
        answers_recall_at_3=round(found3 / with_answer, 4) if with_answer else 1.0,
        answers_mrr=round(rr / with_answer, 4) if with_answer else 1.0,
        false_answer_rate=round(false_on_none / none, 4) if none else 0.0,
    )

    # duplicates
    tp = fp = fn = 0
    for pid, g in gold.items():
        got, want = results[pid].duplicate_of, g.get("duplicate_of")
        tp += bool(got) and got == want
        fp += bool(got) and got != want
        fn += bool(want) and got != want
        if got != want:
            misses["duplicates"].append(f"{pid} want={want} got={got}: {texts[pid][:60]!r}")
    p, r, f = prf(tp, fp, fn)
    out.update(
        duplicates_precision=round(p, 4), duplicates_recall=round(r, 4), duplicates_f1=round(f, 4)
    )
    out["input_errors"] = len(errors.errors)

    for key, value in out.items():
        print(f"{key}: {value}")
    if args.errors:
        for step, lines in misses.items():
            print(f"\n# misses: {step} ({len(lines)})", file=sys.stderr)
            for line in lines[: args.errors]:
                print("  " + line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
