"""Full-text search on both databases, and the multilingual match on top."""

from lotsin.core.tests.services_env import needs_postgres
from lotsin.knowledge import queries
from lotsin.knowledge.tests import factories


def test_prefix_and_any_language_full_text(scope_a, coordinator_a, lawyer_a):
    version = factories.verified(scope_a, coordinator_a, lawyer_a)
    factories.verified_translation(version, "uk", coordinator_a, lawyer_a)
    factories.verified_translation(version, "ar", coordinator_a, lawyer_a)
    other = factories.draft(
        scope_a, coordinator_a, title="Kita-Gutschein", body="Jugendamt.", questions=[]
    )
    assert queries.list_answers(scope_a, query="Minij") == [version.answer]
    assert queries.list_answers(scope_a, query="міні-робота") == [version.answer]
    assert queries.list_answers(scope_a, query="الوظيفة") == [version.answer]
    assert queries.list_answers(scope_a, query="kita") == [other.answer]
    # All words first; when none has all, any of them.
    assert set(queries.list_answers(scope_a, query="Kita Minijob")) == {
        version.answer,
        other.answer,
    }
    assert queries.list_answers(scope_a, query="'\"*") == list(queries.list_answers(scope_a))


def test_search_stays_inside_the_organisation(org_a, org_b, coordinator_a, lawyer_a):
    from lotsin.core.scoping import organization_scope

    with organization_scope(org_a):
        factories.verified(org_a, coordinator_a, lawyer_a)
    with organization_scope(org_b):
        assert queries.list_answers(org_b, query="Minijob") == []


def test_a_ukrainian_query_finds_a_german_only_answer(settings, scope_a, coordinator_a, lawyer_a):
    settings.LOTSIN_SEMANTIC_SEARCH = True
    german = factories.verified(
        scope_a, coordinator_a, lawyer_a,
        title="Wie bekomme ich einen Kita-Gutschein in Berlin?",
        body="Beantragen Sie den Kita-Gutschein beim Jugendamt Ihres Bezirks (§ 24 SGB VIII).",
        questions=["Wo beantrage ich den Kita-Gutschein?"], topics=["childcare"],
    )  # fmt: skip
    factories.verified(scope_a, coordinator_a, lawyer_a)
    # No Ukrainian word occurs in the German answer: only the meaning can find it.
    found = queries.list_answers(scope_a, query="Як отримати ваучер на дитячий садок у Берліні?")
    assert found == [german.answer]
    assert queries.list_answers(scope_a, query="Где найти врача-гинеколога?") == []


@needs_postgres
def test_postgres_finds_a_misspelt_word_by_trigrams(scope_a, coordinator_a, lawyer_a):
    kindergeld = factories.verified(
        scope_a, coordinator_a, lawyer_a, title="Bekomme ich Kindergeld?", body="Ja.", questions=[]
    )
    factories.verified(scope_a, coordinator_a, lawyer_a)
    assert queries.list_answers(scope_a, query="Kindergelt") == [kindergeld.answer]
