"""Jobcenter offices, the partner's shared cases, the shared thread and outcomes."""

from django.urls import URLPattern, path

from lotsin.cases import partner_views as views

urlpatterns: list[URLPattern] = [
    path("offices/", views.office_list, name="office_list"),
    path("offices/new/", views.office_new, name="office_new"),
    path("offices/<uuid:public_id>/", views.office_edit, name="office_edit"),
    path("offices/<uuid:public_id>/delete/", views.office_delete, name="office_delete"),
    path("partner/", views.partner_list, name="partner_list"),
    path("partner/<uuid:public_id>/", views.partner_detail, name="partner_detail"),
    path("partner/<uuid:public_id>/messages/", views.partner_post, name="partner_post"),
    path("<uuid:public_id>/thread/", views.coach_post, name="thread_post"),
    path("<uuid:public_id>/outcomes/", views.outcome_record, name="outcome_record"),
]
