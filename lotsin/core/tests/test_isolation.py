"""A user of organisation A gets 404 for every object of organisation B, through UI and API.

Apps extend this suite by registering cases in their `isolation.py` (lotsin.core.isolation).
"""

import pytest
from django.apps import apps
from django.test import Client
from django.urls import reverse
from django.utils.module_loading import autodiscover_modules

from lotsin.accounts.services import create_token
from lotsin.core.isolation import REGISTRY
from lotsin.core.scoping import ScopedModel, organization_scope

autodiscover_modules("isolation")


def _cases():
    return [pytest.param(case, id=case.model._meta.label) for case in REGISTRY]


def test_every_scoped_model_is_registered():
    scoped = {m for m in apps.get_models() if issubclass(m, ScopedModel)}
    registered = {case.model for case in REGISTRY}
    assert scoped - registered == set(), "register these in their app's isolation.py"


@pytest.mark.parametrize("case", _cases())
def test_other_organisations_object_is_404_in_the_ui(case, org_b, admin_a):
    with organization_scope(org_b):
        obj = case.make(org_b)
    client = Client()
    client.force_login(admin_a)
    for url_name, method in case.ui:
        url = reverse(url_name, kwargs={"public_id": obj.public_id})
        response = getattr(client, method)(url)
        assert response.status_code == 404, (url_name, response.status_code)


@pytest.mark.parametrize("case", _cases())
def test_other_organisations_object_is_404_in_the_api(case, org_a, org_b, admin_a):
    with organization_scope(org_b):
        obj = case.make(org_b)
    with organization_scope(org_a):
        token = create_token(user=admin_a, organization=org_a, name="t").plaintext
    client = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    for path, method in case.api:
        response = getattr(client, method)("/api/v1" + path.format(id=obj.public_id))
        assert response.status_code == 404, (path, response.status_code)
        assert response.json() == {"detail": "not found"}


@pytest.mark.parametrize("case", _cases())
def test_own_organisations_object_is_reachable(case, org_a, admin_a):
    """The same addresses work for the owner, so the 404s above are not an accident."""
    with organization_scope(org_a):
        obj = case.make(org_a)
        token = create_token(user=admin_a, organization=org_a, name="t").plaintext
    client = Client()
    client.force_login(admin_a)
    for url_name, method in case.ui:
        if method == "get":
            assert (
                client.get(reverse(url_name, kwargs={"public_id": obj.public_id})).status_code
                == 200
            )
    api = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    for path, method in case.api:
        response = getattr(api, method)("/api/v1" + path.format(id=obj.public_id))
        assert response.status_code == 200, response.content
