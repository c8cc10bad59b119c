from django.urls import URLPattern, path

from lotsin.cases import participant_views as views

urlpatterns: list[URLPattern] = [
    path("", views.participant_list, name="list"),
    path("new/", views.participant_new, name="new"),
    path("forms/intake.pdf", views.intake_pdf, name="intake_pdf"),
    path("<uuid:public_id>/", views.participant_detail, name="participant"),
    path("<uuid:public_id>/edit/", views.participant_edit, name="participant_edit"),
    path("<uuid:public_id>/status/", views.participant_status, name="participant_status"),
    path("<uuid:public_id>/coaches/", views.participant_coach, name="participant_coach"),
    path("<uuid:public_id>/consents/", views.consent_new, name="consent_new"),
    path("<uuid:public_id>/consent.pdf", views.consent_pdf, name="consent_pdf"),
    path("consents/<uuid:public_id>/revoke/", views.consent_revoke, name="consent_revoke"),
]
