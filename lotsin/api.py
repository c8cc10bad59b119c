"""The REST API under /api/v1/: one NinjaAPI that mounts each app's Router."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError

from lotsin.accounts.api import router as accounts_router
from lotsin.accounts.api_auth import API_AUTH
from lotsin.cases.api import router as cases_router
from lotsin.core.api import router as core_router
from lotsin.directory.api import router as directory_router
from lotsin.inbox.api import router as inbox_router
from lotsin.knowledge.api import public_router as knowledge_public_router
from lotsin.knowledge.api import router as knowledge_router

api = NinjaAPI(
    title="Lotsin API",
    version="1",
    description="Organisation-scoped API. Authenticate with `Authorization: Bearer <token>` "
    "(create tokens under Account > Security) or with a browser session.",
    auth=API_AUTH,
    urls_namespace="api",
    docs_url="/docs",
    openapi_url="/openapi.json",
)
api.add_router("/", core_router)
api.add_router("/", accounts_router)
api.add_router("/", knowledge_router)
api.add_router("/", knowledge_public_router)
api.add_router("/", directory_router)
api.add_router("/", inbox_router)
api.add_router("/", cases_router)


@api.exception_handler(AuthenticationError)
def unauthorized(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    reason = getattr(request, "api_token_error", None) or "authentication required"
    return api.create_response(request, {"detail": reason}, status=401)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(request, {"detail": "not found"}, status=404)
