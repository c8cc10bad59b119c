"""`lotsin triage INPUT.jsonl [--claims C] [--answers A] [-o OUT] [--explain]` (no Django)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import IO

from lotsin.triage.jsonl import LineErrors, read_answers, read_claims, read_posts


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"lotsin triage: error: {message}\n")
        sys.exit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="lotsin triage",
        description=(
            "Triage posts (one JSON object per line): language, question, topics, urgency, known "
            "claims, verified answers and duplicates, one result per line in input order."
        ),
    )
    parser.add_argument("input", help="posts as JSONL ('-' for standard input)")
    parser.add_argument("--claims", type=Path, help="claims JSONL (id, language, text)")
    parser.add_argument("--answers", type=Path, help="answers JSONL (id, language, title, body)")
    parser.add_argument("-o", "--output", help="where to write results (default: standard output)")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="add an 'evidence' object: the cues, scores and thresholds used",
    )
    parser.add_argument("--org", help="read claims and answers of this organisation's database")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.claims is None or args.answers is None:
        if args.org:
            from lotsin.triage.sources import load_from_database

            claims, answers = load_from_database(args.org)
        else:
            sys.stderr.write("lotsin triage: error: give --claims and --answers, or --org\n")
            return 2
    else:
        for path in (args.claims, args.answers):
            if not path.exists():
                sys.stderr.write(f"lotsin triage: error: {path} does not exist\n")
                return 2
        setup_errors = LineErrors(str(args.claims))
        claims = read_claims(args.claims, setup_errors)
        answer_errors = LineErrors(str(args.answers))
        answers = read_answers(args.answers, answer_errors)
        for message in setup_errors.errors + answer_errors.errors:
            sys.stderr.write(message + "\n")
    from lotsin.triage.engine import TriageEngine

    engine = TriageEngine(claims, answers)
    errors = LineErrors(args.input)
    source: IO[str] = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8")  # noqa: SIM115
    sink: IO[str] = sys.stdout if not args.output else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    written = 0
    try:
        for result in engine.triage(read_posts(source, errors)):
            sink.write(json.dumps(result.as_dict(args.explain), ensure_ascii=False) + "\n")
            written += 1
    finally:
        if source is not sys.stdin:
            source.close()
        if sink is not sys.stdout:
            sink.close()
    for message in errors.errors:
        sys.stderr.write(message + "\n")
    sys.stderr.write(f"triaged {written}, failed {len(errors.errors)}\n")
    return 1 if errors.errors else 0


if __name__ == "__main__":
    sys.exit(main())
