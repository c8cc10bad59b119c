"""Pages readable without an account."""

from django.urls import path

from lotsin.knowledge import public_views

app_name = "knowledge_public"

urlpatterns = [
    path("a/<slug:slug>/", public_views.answer_default, name="answer_default"),
    path("a/<slug:slug>/<str:language>/", public_views.answer_page, name="answer"),
    path("s/<str:code>/", public_views.short_link, name="short"),
    path("s/<str:code>/<str:language>/", public_views.short_link, name="short"),
]
