from pathlib import Path

import pytest

from lotsin.triage.engine import TriageEngine
from lotsin.triage.jsonl import LineErrors, read_answers, read_claims
from lotsin.triage.types import Answer, Claim

CLAIMS = [
    Claim(
        "C03", "uk", "З березня всі українці мають виїхати з Німеччини, захист за § 24 закінчується"
    ),
    Claim(
        "C03",
        "de",
        "Der Schutz nach § 24 endet bald und alle Ukrainer müssen Deutschland verlassen",
    ),
    Claim("C03", "ar", "الحماية المؤقتة للأوكرانيين تنتهي قريبا ويجب على الجميع مغادرة ألمانيا"),
    Claim("C11", "de", "Man muss sein Auto verkaufen, bevor man Bürgergeld bekommt"),
    Claim("C11", "ru", "Чтобы получить Bürgergeld, нужно сначала продать машину"),
]
ANSWERS = [
    Answer(
        "A03",
        "de",
        "Wie lange gilt der vorübergehende Schutz nach § 24 AufenthG?",
        "Der vorübergehende Schutz für Geflüchtete aus der Ukraine wurde bis zum 4. März 2027 "
        "verlängert.",
        ("Bis wann gilt § 24?",),
    ),
    Answer(
        "A07",
        "de",
        "Wie bekomme ich einen Kita-Platz für mein Kind?",
        "Ab dem ersten Geburtstag hat jedes Kind einen Rechtsanspruch auf einen Kita-Platz.",
        ("Wo bekomme ich einen Kita-Gutschein?",),
    ),
    Answer(
        "A18",
        "de",
        "Hilfe bei häuslicher Gewalt",
        "Das Hilfetelefon Gewalt gegen Frauen 116 016 ist rund um die Uhr erreichbar.",
        (),
    ),
]


CORPUS = Path(__file__).resolve().parents[3] / "tests" / "data" / "triage"


@pytest.fixture(scope="session")
def engine(tmp_path_factory):
    """The engine over the development corpus's 20 claims and 40 answers (a realistic size:
    the decision model's features depend on how many candidates there are)."""
    errors = LineErrors("corpus")
    claims = read_claims(CORPUS / "claims.jsonl", errors)
    answers = read_answers(CORPUS / "answers.jsonl", errors)
    assert errors.errors == []
    return TriageEngine(claims, answers, cache_dir=tmp_path_factory.mktemp("triage-cache"))
