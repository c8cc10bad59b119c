"""htmx helpers shared by the apps' views."""

from django.http import HttpRequest


def is_partial_request(request: HttpRequest) -> bool:
    """An htmx request for a fragment; not a history restore, which needs the whole page."""
    return bool(request.headers.get("HX-Request")) and not request.headers.get(
        "HX-History-Restore-Request"
    )
