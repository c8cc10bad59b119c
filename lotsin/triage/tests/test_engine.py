import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lotsin.triage.engine import TriageEngine
from lotsin.triage.tests.conftest import ANSWERS, CLAIMS, CORPUS
from lotsin.triage.types import Post


def test_a_ukrainian_question_finds_the_german_answer(engine):
    result = next(engine.triage([Post("1", "Підкажіть, до якого числа діє параграф 24?")]))
    assert [a["id"] for a in result.answers][:1] == ["A03"]


def test_results_keep_input_order_and_ids(engine):
    posts = [Post(str(i), t) for i, t in enumerate(["Дякую", "+", "Wo ist die Kita?", "👍"] * 20)]
    assert [r.id for r in engine.triage(posts, batch_size=7)] == [p.id for p in posts]


def test_results_stream_with_the_next_batch_embedded_ahead_not_the_whole_input(engine):
    """The next batch is embedded while this one is judged; the input is read one batch ahead
    only (an inbox import of 100,000 posts must not be pulled into memory)."""
    read = []

    def posts():
        for i in range(100):
            read.append(i)
            yield Post(str(i), f"Wo bekomme ich einen Kita-Platz für mein Kind Nummer {i}?")

    results = engine.triage(posts(), batch_size=10)
    first = next(results)
    assert first.id == "0"
    assert len(read) <= 20
    assert [r.id for r in results] == [str(i) for i in range(1, 100)]


def test_a_failure_while_reading_delivers_the_batch_already_embedded_first(engine):
    def posts():
        for i in range(15):
            yield Post(str(i), f"Wo bekomme ich einen Kita-Platz für mein Kind Nummer {i}?")
        raise OSError("the import file went away")

    delivered = []
    with pytest.raises(OSError, match="went away"):
        for result in engine.triage(posts(), batch_size=10):
            delivered.append(result.id)
    assert delivered == [str(i) for i in range(10)]


class BrokenEmbedder:
    name = "broken"

    def __init__(self, engine):
        self.inner = engine.embedder

    def passages(self, texts):
        return self.inner.passages(texts)

    def queries(self, texts):
        raise RuntimeError("embedder out of memory")


def test_an_embedder_failure_reaches_the_caller_instead_of_being_lost(engine, tmp_path):
    broken = TriageEngine(CLAIMS, ANSWERS, cache_dir=tmp_path, embedder=BrokenEmbedder(engine))
    with pytest.raises(RuntimeError, match="out of memory"):
        list(broken.triage([Post("1", "Wo bekomme ich einen Kita-Platz?")]))


def test_greetings_match_no_claim_and_no_answer(engine):
    for text in ["Доброго ранку, дівчата!", "Всем хорошего дня", "صباح الخير"]:
        result = next(engine.triage([Post("x", text)]))
        assert result.claims == [] and result.answers == []


def test_explain_gives_the_evidence_behind_each_decision(engine):
    result = next(engine.triage([Post("1", "Чоловік мене б'є, я боюся йти додому")]))
    assert result.urgency == "crisis"
    assert result.evidence["urgency"]["crisis_cue"]
    assert result.evidence["claims"]["threshold"] > 0
    assert all("p" in c for c in result.evidence["claims"]["top"])


def test_index_is_cached_and_rebuilt_when_answers_change(tmp_path):
    first = TriageEngine(CLAIMS, ANSWERS, cache_dir=tmp_path)
    again = TriageEngine(CLAIMS, ANSWERS, cache_dir=tmp_path)
    changed = TriageEngine(CLAIMS, ANSWERS[:2], cache_dir=tmp_path)
    assert (first.index_source, again.index_source, changed.index_source) == (
        "built",
        "cache",
        "built",
    )


def test_odd_input_never_breaks_the_engine(engine):
    odd = [
        "",
        " ",
        "a" * 1_000_000,
        "\u200f\u202e\u2066",
        "Ще 🇺🇦 mixed Ñ ال عربي 中文 ❤️",
        "\x00\x01",
        "?" * 500,
    ]
    results = list(engine.triage([Post(str(i), t) for i, t in enumerate(odd)]))
    assert [r.id for r in results] == [str(i) for i in range(len(odd))]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=200), min_size=1, max_size=8))
def test_engine_never_raises_and_keeps_order(engine, texts):
    posts = [Post(f"p{i}", t) for i, t in enumerate(texts)]
    results = list(engine.triage(posts))
    assert [r.id for r in results] == [p.id for p in posts]
    for r in results:
        assert r.urgency in {"crisis", "high", "normal"}
        assert isinstance(r.language, str) and r.language


def test_cli_end_to_end_reports_bad_lines_and_exits_1(tmp_path):
    claims = CORPUS / "claims.jsonl"
    answers = CORPUS / "answers.jsonl"
    posts = tmp_path / "posts.jsonl"
    posts.write_text(
        "\n".join(
            [
                json.dumps({"id": "1", "text": "Підкажіть, до якого числа діє параграф 24?"}),
                "{not json",
                json.dumps({"id": "2"}),
                json.dumps({"text": "no id"}),
                json.dumps({"id": 3, "text": "number id"}),
                json.dumps({"id": "4", "text": ""}),
            ]
        )
        + "\n"
    )
    out = tmp_path / "out.jsonl"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "lotsin.cli",
            "triage",
            str(posts),
            "--claims",
            str(claims),
            "--answers",
            str(answers),
            "-o",
            str(out),
            "--explain",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", "LOTSIN_TRIAGE_CACHE": str(tmp_path / "cache")},
    )
    assert run.returncode == 1, run.stderr
    assert f"{posts}:2: not JSON" in run.stderr
    assert f"{posts}:3: missing 'text'" in run.stderr
    assert f"{posts}:4: missing 'id'" in run.stderr
    assert f"{posts}:5: 'id' must be a string" in run.stderr
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in lines] == ["1", "4"]
    assert lines[0]["answers"][:1] == [{"id": "A03", "score": lines[0]["answers"][0]["score"]}], (
        lines[0]
    )
    assert "evidence" in lines[0]
    assert lines[1]["language"] == "und"


def test_cli_without_knowledge_base_says_what_to_do(tmp_path):
    posts = tmp_path / "p.jsonl"
    posts.write_text('{"id": "1", "text": "x"}\n')
    run = subprocess.run(
        [sys.executable, "-m", "lotsin.cli", "triage", str(posts)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2 and "--claims and --answers" in run.stderr


@pytest.mark.parametrize(
    "text",
    [
        "He said that if I leave he will find me and finish me. I am hiding at a friend's place",
        "Er hat mir heute wieder wehgetan, die Kinder haben alles gesehen, ich weiß nicht wohin",
        "Мені дуже погано, нема сенсу ні в чому, сиджу на підвіконні і думаю",
        "Hoy el padre de mis hijos me empujó por la escalera y me duele mucho la cabeza",
    ],
)
def test_crisis_without_any_phrase_from_the_lexicon(engine, text):
    """The embedding probe and prototypes catch crises told in words no list foresaw."""
    from lotsin.triage.urgency import crisis_cue

    assert crisis_cue(text) is None
    assert next(engine.triage([Post("1", text)])).urgency == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "Workshop next week: how to recognise domestic abuse, free childcare",
        "Who knows a good Kita in Köln?",
    ],
)
def test_calm_posts_are_not_crises(engine, text):
    assert next(engine.triage([Post("1", text)])).urgency != "crisis"


def test_the_engine_hears_a_chain_letter_as_passed_on(engine):
    chain = "Разошлите всем! Kindergeld прекращают с 1 числа для всех, у кого нет работы"
    (result,) = engine.triage([Post("1", chain)])
    assert result.urgency == "normal"
    assert result.evidence["urgency"]["passed_on"] == "Разошлите"
