from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from lotsin.api import api
from lotsin.core import views as core_views

handler403 = "lotsin.core.views.error_403"
handler404 = "lotsin.core.views.error_404"

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("accounts/", include("lotsin.accounts.urls")),
    path("api/v1/", api.urls),
    path("django-admin/", admin.site.urls),
    path("inbox/", include("lotsin.inbox.urls")),
    path("bots/", include("lotsin.bots.urls")),
    path("cases/", include("lotsin.cases.urls")),
    path("knowledge/", include("lotsin.knowledge.urls")),
    path("directory/", include("lotsin.directory.urls")),
    path("", include("lotsin.knowledge.public_urls")),
    path("", include("lotsin.directory.public_urls")),
    path("", include("lotsin.core.urls")),
]

if settings.DEBUG:  # pragma: no cover - lets a developer look at the error pages
    from django.views.defaults import server_error

    urlpatterns += [path("__errors__/500/", server_error)]
