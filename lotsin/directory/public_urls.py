"""Pages readable without an account."""

from django.urls import path

from lotsin.directory import public_views

app_name = "directory_public"

urlpatterns = [
    path("d/<slug:org_slug>/<str:lang>/", public_views.public_list, name="list"),
]
