"""Plan, sessions, referrals and follow-ups (issue 7, items 4 to 6)."""

from django.urls import URLPattern, path

from lotsin.cases import plan_views as views

case = "<uuid:public_id>/"

urlpatterns: list[URLPattern] = [
    path("follow-ups/", views.follow_ups, name="follow_ups"),
    path(f"{case}plan/", views.plan_page, name="plan"),
    path(f"{case}plan/goals/add/", views.goal_add, name="plan_goal_add"),
    path(f"{case}plan/goals/<uuid:item_id>/", views.goal_edit, name="plan_goal_edit"),
    path(f"{case}plan/steps/add/", views.step_add, name="plan_step_add"),
    path(f"{case}plan/steps/<uuid:item_id>/", views.step_edit, name="plan_step_edit"),
    path(f"{case}plan/measures/", views.measure_decide, name="plan_measure"),
    path(f"{case}plan/revisions/", views.plan_revisions, name="plan_revisions"),
    path(f"{case}plan/print/", views.plan_print, name="plan_print"),
    path(f"{case}plan/print.pdf", views.plan_print_pdf, name="plan_print_pdf"),
    path(f"{case}sessions/", views.session_list, name="sessions"),
    path(f"{case}sessions/add/", views.session_add, name="session_add"),
    path(f"{case}sessions/<uuid:item_id>/", views.session_edit, name="session_edit"),
    path(
        f"{case}sessions/<uuid:item_id>/follow-up-done/",
        views.follow_up_done,
        name="follow_up_done",
    ),
    path(f"{case}referrals/add/", views.referral_add, name="referral_add"),
    path(f"{case}referrals/<uuid:item_id>/", views.referral_detail, name="referral"),
]
