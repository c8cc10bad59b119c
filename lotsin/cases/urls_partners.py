from django.http import HttpResponse
from django.urls import URLPattern, path


def _placeholder(request: object) -> HttpResponse:  # replaced by the partner views
    return HttpResponse(status=204)


urlpatterns: list[URLPattern] = [path("partner/", _placeholder, name="partner_list")]
