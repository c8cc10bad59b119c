"""`lotsin triage --org ORG` reads the organisation's claims and verified answers."""

import json

import pytest

from lotsin.core.scoping import organization_scope
from lotsin.core.tests.test_cli import lotsin
from lotsin.knowledge.services import translations, versions
from lotsin.knowledge.services.claims import save_claim
from lotsin.knowledge.tests import factories
from lotsin.knowledge.triage_source import answers_for, claims_for


def test_loader_gives_verified_texts_and_open_claims_only(scope_a, coordinator_a, lawyer_a):
    version = factories.verified(scope_a, coordinator_a, lawyer_a)
    factories.verified_translation(version, "uk", coordinator_a, lawyer_a)
    factories.draft(scope_a, coordinator_a, title="Entwurf?", body="Noch nicht geprüft.")
    withdrawn = factories.verified(scope_a, coordinator_a, lawyer_a, title="Alt?")
    versions.withdraw_version(actor=lawyer_a, version=withdrawn, message="old")
    wordings = [("uk", "Міні-джоб забирає все"), ("ru", "Мини-джоб забирает всё")]
    save_claim(actor=None, organization=scope_a, summary="r", verdict="false", phrasings=wordings)
    save_claim(actor=None, organization=scope_a, summary="c", verdict="false", status="closed",
               phrasings=[("de", "Geschlossen")])  # fmt: skip
    answers = answers_for(scope_a)
    assert {(a.id, a.language) for a in answers} == {
        (version.answer.slug, "de"), (version.answer.slug, "uk")
    }  # fmt: skip
    assert sorted(c.language for c in claims_for(scope_a)) == ["ru", "uk"]


@pytest.mark.django_db(transaction=True)
def test_triage_command_uses_the_database(tmp_path, org_a, coordinator_a, lawyer_a):
    short = "Mit einem Minijob behalten Sie einen Teil des Geldes: die ersten 100 Euro sind frei."
    with organization_scope(org_a):
        version = factories.verified(org_a, coordinator_a, lawyer_a, body=short)
        text = translations.save_translation(
            actor=coordinator_a, version=version, language="uk",
            title="Що змінює міні-робота для Bürgergeld?",
            body="З міні-роботою ви зберігаєте частину грошей: перші 100 євро вільні.",
        )  # fmt: skip
        translations.submit_text(actor=coordinator_a, text=text)
        translations.approve_text(actor=lawyer_a, text=text)
    posts = tmp_path / "posts.jsonl"
    posts.write_text(
        json.dumps(
            {"id": "p1", "text": "Що змінює міні-робота для Bürgergeld? Підкажіть будь ласка"}
        )
        + "\n",
        encoding="utf-8",
    )
    result = lotsin("triage", str(posts), "--org", org_a.slug)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["language"] == "uk" and out["is_question"] is True
    assert [a["id"] for a in out["answers"]] == [version.answer.slug]
    missing = lotsin("triage", str(posts), "--org", "nowhere")
    assert missing.returncode == 2 and "organisation 'nowhere' does not exist" in missing.stderr
