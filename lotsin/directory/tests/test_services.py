import pytest
from django.core.exceptions import ValidationError

from lotsin.core.models import AuditEvent
from lotsin.core.scoping import organization_scope
from lotsin.directory.services import create_service, update_service

from .factories import make_service


def test_update_records_the_changed_fields_and_saving_the_same_is_a_noop(org_a, admin_a):
    service = make_service(org_a)
    with organization_scope(org_a):
        assert update_service(service=service, actor=admin_a, data={"phone": "110"}) == ["phone"]
        assert update_service(service=service, actor=admin_a, data={"phone": "110"}) == []
        event = AuditEvent.objects.filter(action="directory.service.updated").get()
    assert event.data == {"changed": ["phone"]} and event.actor_user == admin_a


def test_bad_data_raises_by_field_and_leaves_the_object_alone(org_a):
    service = make_service(org_a)
    with organization_scope(org_a), pytest.raises(ValidationError) as caught:
        update_service(
            service=service, actor=None, data={"topics": ["cooking"], "languages": ["x1"]}
        )
    assert set(caught.value.message_dict) == {"topics", "languages"}
    assert service.topics == ["violence"]


def test_import_id_is_unique_per_organisation_only(org_a, org_b):
    make_service(org_a, external_id="hotline-1")
    make_service(org_b, external_id="hotline-1")
    make_service(org_a, name="typed in")
    make_service(org_a, name="also typed in")  # blank ids do not collide
    with organization_scope(org_a), pytest.raises(ValidationError):
        create_service(
            organization=org_a, actor=None, data={"name": "x", "external_id": "hotline-1"}
        )


def test_unknown_field_is_a_programming_error(org_a):
    with organization_scope(org_a), pytest.raises(ValueError, match="organization"):
        create_service(organization=org_a, actor=None, data={"name": "x", "organization": org_a})
