from django.urls import path

from lotsin.core import pwa, views

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("no-organisation/", views.no_organization, name="no_organization"),
    path("organisation/switch/", views.switch_organization, name="switch_organization"),
    path("organisation/settings/", views.organization_settings, name="settings"),
    path("people/", views.members, name="members"),
    path("people/<uuid:public_id>/", views.member_detail, name="member"),
    path("audit/", views.audit_list, name="audit"),
    path("audit/export.csv", views.audit_export, name="audit_export"),
    path("manifest.webmanifest", pwa.manifest, name="manifest"),
    path("sw.js", pwa.service_worker, name="sw"),
    path("offline/", pwa.offline, name="offline"),
]
