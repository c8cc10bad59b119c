import csv
import io

import pytest
from django.db import connection, transaction
from django.db.utils import DatabaseError

from lotsin.core import audit
from lotsin.core.models import AuditEvent, Membership
from lotsin.core.scoping import organization_scope
from lotsin.core.tests.services_env import needs_postgres


def test_unregistered_action_is_refused(org_a):
    with organization_scope(org_a), pytest.raises(KeyError):
        audit.record(action="core.nothing.happened", organization=org_a)


def test_secret_looking_keys_are_masked(org_a):
    with organization_scope(org_a):
        event = audit.record(
            action="core.organization.settings_changed",
            organization=org_a,
            data={"api_token": "abc", "password": "x", "slug": "org-a"},
        )
    assert event.data == {"api_token": "***", "password": "***", "slug": "org-a"}


def test_audit_events_cannot_be_changed_or_deleted_through_the_orm(org_a):
    with organization_scope(org_a):
        event = audit.record(action="core.organization.settings_changed", organization=org_a)
        event.action = "core.audit.exported"
        with pytest.raises(PermissionError):
            event.save()
        with pytest.raises(PermissionError):
            event.delete()
        with pytest.raises(PermissionError):
            AuditEvent.objects.all().delete()
        with pytest.raises(PermissionError):
            AuditEvent.objects.update(action="x")


def test_redaction_blanks_personal_keys_but_keeps_the_row(org_a, admin_a):
    with organization_scope(org_a):
        event = AuditEvent.objects.filter(action="core.membership.added").first()
        audit.redact(event)
        event.refresh_from_db()
    assert event.redacted and event.data["username"] is None and event.data["role"]


@needs_postgres
def test_postgres_trigger_refuses_update_and_delete(org_a):
    with organization_scope(org_a):
        event = audit.record(action="core.organization.settings_changed", organization=org_a)
    for sql in (
        "UPDATE core_auditevent SET action = 'x' WHERE id = %s",
        "DELETE FROM core_auditevent WHERE id = %s",
    ):
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(sql, [event.pk])
    # Redaction (erasure) is the one permitted change, and only one way.
    with organization_scope(org_a):
        audit.redact(event)
    with pytest.raises(DatabaseError), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("UPDATE core_auditevent SET redacted = false WHERE id = %s", [event.pk])


def test_reading_a_persons_page_is_audited(client_admin_a, admin_a, advisor_a, org_a):
    with organization_scope(org_a):
        membership = Membership.objects.get(user=advisor_a)
    response = client_admin_a.get(f"/people/{membership.public_id}/")
    assert response.status_code == 200
    with organization_scope(org_a):
        event = AuditEvent.objects.filter(action="core.personal_data.read").get()
    assert event.actor_user == admin_a and event.target_id == str(membership.public_id)
    assert "ada" not in event.target_repr  # the log itself carries no name


def test_admin_filters_the_log_and_htmx_gets_only_the_results(client_admin_a):
    response = client_admin_a.get("/audit/", {"action": "core.membership.added"})
    html = response.content.decode()
    assert "<td>Role given</td>" in html and "<td>Organisation created</td>" not in html
    partial = client_admin_a.get(
        "/audit/", {"action": "core.membership.added"}, HTTP_HX_REQUEST="true"
    ).content.decode()
    assert partial.strip().startswith('<div id="audit-results">') and "<html" not in partial


def test_bad_filter_keeps_the_input_and_says_what_is_wrong(client_admin_a):
    html = client_admin_a.get(
        "/audit/", {"since": "2026-05-02", "until": "2026-05-01", "actor": "someone"}
    ).content.decode()
    assert "The end date lies before the start date." in html
    assert 'value="someone"' in html


def test_export_is_csv_and_itself_audited(client_admin_a, org_a):
    response = client_admin_a.get("/audit/export.csv", {"action": "core.membership.added"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:5] == ["time", "organisation", "actor", "actor_kind", "action"]
    assert len(rows) == 1 + 7 and {r[4] for r in rows[1:]} == {"core.membership.added"}
    with organization_scope(org_a):
        assert AuditEvent.objects.filter(action="core.audit.exported").count() == 1


def test_export_never_contains_another_organisations_events(client_admin_a, admin_b):
    body = b"".join(client_admin_a.get("/audit/export.csv").streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    assert rows and {r["organisation"] for r in rows} == {"org-a"}
    assert '"bea"' not in body and "org-b" not in body


def test_audit_log_is_for_admins_only(client_advisor_a):
    assert client_advisor_a.get("/audit/").status_code == 403
    assert client_advisor_a.get("/audit/export.csv").status_code == 403


def test_viewing_the_people_list_is_audited(client_admin_a, admin_a, org_a):
    client_admin_a.get("/people/")
    with organization_scope(org_a):
        event = AuditEvent.objects.get(action="core.personal_data.listed")
    assert event.actor_user == admin_a and event.data == {"model": "core.membership", "count": 1}
