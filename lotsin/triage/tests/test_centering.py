import numpy as np
import pytest

from lotsin.triage.centering import ALL, Centering
from lotsin.triage.engine import TriageEngine
from lotsin.triage.matching import Calibration

# Two topics (axes 0 and 1) written in two languages, each language adding its own large
# direction (axes 2 and 3), as multilingual-e5 does.
UK, DE = np.array([0, 0, 3.0, 0]), np.array([0, 0, 0, 3.0])
KITA, JOB = np.array([1.0, 0, 0, 0]), np.array([0, 1.0, 0, 0])


def unit(v):
    return v / np.linalg.norm(v)


def fitted(shrink=0.0):
    posts = np.stack([unit(UK + KITA), unit(UK + JOB), unit(DE + KITA), unit(DE + JOB)])
    return Centering.fit(
        "test", posts, ["uk", "uk", "de", "de"], posts, ["uk", "uk", "de", "de"], shrink
    )


def test_raw_cosines_prefer_the_same_language_over_the_same_topic():
    assert unit(UK + KITA) @ unit(UK + JOB) > unit(UK + KITA) @ unit(DE + KITA)


def test_centred_cosines_prefer_the_same_topic_across_languages():
    centering = fitted()
    post = centering.center_query(unit(UK + KITA), "uk")
    kita, job = centering.center_passages(np.stack([unit(DE + KITA), unit(DE + JOB)]), ["de", "de"])
    assert post @ kita > 0.9
    assert post @ job < 0
    assert np.linalg.norm(post) == pytest.approx(1.0)


def test_a_language_never_seen_uses_the_mean_of_all_and_few_texts_lean_towards_it():
    centering = fitted(shrink=2.0)
    overall = np.asarray(centering.queries[ALL])
    uk = np.asarray(centering.queries["uk"])
    raw_uk = (unit(UK + KITA) + unit(UK + JOB)) / 2
    assert np.linalg.norm(uk - raw_uk) > 0  # pulled towards the overall mean ...
    assert np.linalg.norm(uk - overall) < np.linalg.norm(raw_uk - overall)  # ... not past it
    seen = centering.center_query(unit(UK + KITA), "so")
    assert seen == pytest.approx(unit(unit(UK + KITA) - overall))


def test_the_unrelated_cosine_is_fitted_near_zero():
    assert abs(fitted().unrelated) < 0.5


def test_centering_survives_a_round_trip_through_the_calibration_file():
    centering = fitted()
    again = Centering(**centering.as_json())
    vector = unit(UK + KITA)
    assert again.center_query(vector, "uk") == pytest.approx(centering.center_query(vector, "uk"))


def test_the_engine_matches_on_raw_cosines_when_the_means_belong_to_another_embedder(tmp_path):
    calibration = Calibration()
    calibration.centering = fitted()  # fitted for the embedder named "test"
    engine = TriageEngine([], [], cache_dir=tmp_path, calibration=calibration)
    assert engine.centering is None
    assert Calibration().centering is not None
    assert (
        Calibration().centering.embedder == TriageEngine([], [], cache_dir=tmp_path).embedder.name
    )


def test_search_ranks_the_answer_in_another_language_first(engine):
    """The knowledge-base search's ranking: centred cosines, best first, every answer once."""
    ranked = engine.similar_answers("كيف أحصل على مكان في الحضانة (Kita) لابني؟")
    assert ranked[0][0] == "A07"
    assert len({item for item, _score in ranked}) == len(ranked)
    assert [s for _i, s in ranked] == sorted((s for _i, s in ranked), reverse=True)
    assert engine.similar_answers("   ") == []


class RenamedEmbedder:
    """The bundled model under another name: nothing in the calibration was fitted for it."""

    name = "another-embedder"

    def __init__(self, inner):
        self.inner = inner

    def queries(self, texts):
        return self.inner.queries(texts)

    def passages(self, texts):
        return self.inner.passages(texts)


def test_another_embedder_does_not_turn_every_post_into_a_rumour(engine, tmp_path):
    """The fitted models read centred cosines; another embedder's raw cosines (0.8-0.9) would
    pass them all, so the engine falls back to accepting a clear winner only."""
    from lotsin.triage.types import Post

    other = TriageEngine(
        engine.claims, engine.answers, cache_dir=tmp_path, embedder=RenamedEmbedder(engine.embedder)
    )
    posts = [
        Post(str(i), text)
        for i, text in enumerate(
            [
                "Кто знает хорошего парикмахера в Лейпциге?",
                "Wo ist die nächste Apotheke, die sonntags offen hat?",
                "Дівчата, де купити недорогий дитячий велосипед?",
                "هل يعرف أحد محل خضار عربي في هامبورغ؟",
                "Bugün hava çok güzel, parka gidiyoruz",
            ]
        )
    ]
    assert [r.claims for r in other.triage(posts)] == [[]] * len(posts)
