from django.urls import path

from lotsin.directory import views

app_name = "directory"

urlpatterns = [
    path("", views.service_list, name="list"),
    path("new/", views.service_new, name="new"),
    path("<uuid:public_id>/", views.service_detail, name="detail"),
    path("<uuid:public_id>/edit/", views.service_edit, name="edit"),
    path("<uuid:public_id>/delete/", views.service_delete, name="delete"),
]
