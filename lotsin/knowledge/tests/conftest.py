import pytest

from lotsin.core.models import Role
from lotsin.core.scoping import organization_scope


@pytest.fixture
def lawyer_a(make_member, org_a):
    return make_member("lena", org_a, Role.LEGAL_REVIEWER, first_name="Lena")


@pytest.fixture
def lawyer2_a(make_member, org_a):
    return make_member("lara", org_a, Role.LEGAL_REVIEWER)


@pytest.fixture
def coordinator_a(make_member, org_a):
    return make_member("cora", org_a, Role.COORDINATOR)


@pytest.fixture
def scope_a(org_a):
    with organization_scope(org_a):
        yield org_a
