"""The demo cases: 40 participants in both demo organisations, loaded idempotently."""

from __future__ import annotations

from django.apps import apps
from django.contrib.auth import get_user_model

from lotsin.cases.access import participants_for_partner
from lotsin.cases.demo import load_demo
from lotsin.cases.models import Consent, Outcome, Participant, PartnerOffice, Referral
from lotsin.core.management.commands.demo import DEMO_ORGS
from lotsin.core.models import AuditEvent, Organization, Role
from lotsin.core.scoping import organization_scope, scopes_disabled
from lotsin.core.services import add_membership, create_organization
from lotsin.directory.importing import load_demo as load_directory


def _demo_organisations() -> list[Organization]:
    """The demo organisations with the users the cases demo needs (as `lotsin demo` makes
    them), without the slow knowledge-base and inbox parts."""
    orgs = []
    for slug, name, _people in DEMO_ORGS:
        org = create_organization(name=name, slug=slug)
        for role in (Role.COACH, Role.COORDINATOR, Role.PARTNER):
            user = get_user_model().objects.create_user(username=f"{slug}-{role}")
            add_membership(organization=org, user=user, role=role)
        orgs.append(org)
    load_directory(organization=orgs[0])
    return orgs


def _counts() -> dict[str, int]:
    with scopes_disabled():
        return {
            model._meta.label: model._base_manager.count()
            for model in apps.get_models()
            if model._meta.app_label in {"cases", "core", "accounts", "directory", "inbox"}
        }


def test_demo_loads_twice_and_changes_nothing_the_second_time(db):
    orgs = _demo_organisations()
    summaries = [load_demo(organization=org) for org in orgs]
    assert "24 created" in summaries[0][0] and "16 created" in summaries[1][0]
    assert summaries[0][1][0].strip().startswith("bruecke-jobcenter")
    first = _counts()
    again = [load_demo(organization=org) for org in orgs]
    assert "(0 created)" in again[0][0] and "(0 created)" in again[1][0]
    assert _counts() == first
    assert first["cases.Participant"] == 40


def test_demo_cases_are_realistic(db):
    orgs = _demo_organisations()
    for org in orgs:
        load_demo(organization=org)
    for org, expected in zip(orgs, (24, 16), strict=True):
        with organization_scope(org):
            people = Participant.objects.filter(organization=org)
            assert people.count() == expected and all(p.is_demo for p in people)
            languages = {p.preferred_languages[0] for p in people}
            assert languages == {"uk", "ar", "fa", "ru", "tr"}
            assert {p.status for p in people} == {"intake", "active", "paused", "closed"}
            consents = Consent.objects.filter(organization=org)
            assert consents.filter(revoked_at__isnull=False).exists()
            assert consents.filter(purpose="partner", revoked_at__isnull=True).exists()
            assert Referral.objects.filter(organization=org).exists()
            assert Outcome.objects.filter(organization=org, kind="exit").exclude(status="").exists()
            assert Outcome.objects.filter(organization=org, kind="12m").exists()
            office = PartnerOffice.objects.get(organization=org, is_demo=True)
            partner = get_user_model().objects.get(username=f"{org.slug}-jobcenter")
            assert office.contact_persons.filter(pk=partner.pk).exists()
            shared = participants_for_partner(partner, org)
            assert 0 < shared.count() < expected
            # The demo is loaded quietly: it writes no audit events about participants.
            assert not AuditEvent.objects.filter(organization=org, action__startswith="cases.")
