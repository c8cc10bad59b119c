"""Each part of the cases app keeps its own URL list; this joins them under one namespace."""

from lotsin.cases import urls_participants, urls_partners, urls_plans, urls_rights

app_name = "cases"

urlpatterns = [
    *urls_participants.urlpatterns,
    *urls_plans.urlpatterns,
    *urls_partners.urlpatterns,
    *urls_rights.urlpatterns,
]
