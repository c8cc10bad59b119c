from django.urls import URLPattern, path

from lotsin.cases import rights_views

urlpatterns: list[URLPattern] = [
    path("<uuid:public_id>/rights/export/", rights_views.person_export, name="person_export"),
    path("<uuid:public_id>/rights/erase/", rights_views.person_erase, name="person_erase"),
]
