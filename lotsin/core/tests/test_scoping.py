import pytest
from django_scopes.exceptions import ScopeError

from lotsin.core.models import AuditEvent, Membership, Role
from lotsin.core.scoping import organization_scope


def test_scoped_query_without_an_active_scope_raises(admin_a):
    with pytest.raises(ScopeError):
        list(Membership.objects.all())


def test_scope_shows_only_that_organisations_rows(admin_a, admin_b, org_a, org_b):
    with organization_scope(org_a):
        assert {m.organization_id for m in Membership.objects.all()} == {org_a.pk}
        assert Membership.objects.count() == len(Role.values)
    with organization_scope(org_b):
        assert not Membership.objects.filter(user=admin_a).exists()


def test_organization_scope_refuses_none_which_would_mean_every_organisation():
    with pytest.raises(ValueError), organization_scope(None):  # type: ignore[arg-type]
        pass


def test_request_without_organisation_cannot_query_scoped_models(client, admin_a):
    # Anonymous request: no scope is entered, so a scoped query inside a view would raise.
    response = client.get("/people/")
    assert response.status_code == 302
    with pytest.raises(ScopeError):
        AuditEvent.objects.count()
