"""Refuse NUL characters in query strings before they reach a query.

PostgreSQL text cannot hold U+0000 and raises a DataError (a 500); SQLite would store it. A clear
400 with the reason is the same on both databases, for the UI and the API."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse

REASON = "the request contains a NUL character (U+0000), which no field accepts"


class RejectNulBytesMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self._has_nul(request):
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": REASON}, status=400)
            return HttpResponseBadRequest(REASON)
        return self.get_response(request)

    @staticmethod
    def _has_nul(request: HttpRequest) -> bool:
        if "\x00" in request.path:
            return True
        if any("\x00" in k or "\x00" in v for k, values in request.GET.lists() for v in values):
            return True
        # JSON bodies (the API); form posts and uploads are left to the forms.
        if request.content_type == "application/json":
            body = request.body
            return b"\\u0000" in body or b"\x00" in body
        return False
