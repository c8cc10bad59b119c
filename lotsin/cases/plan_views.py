"""Plan, sessions and referrals of one participant; the coach's due follow-ups; the plan printed
for her in her language. Thin: fetch through `cases.access`, call one service, render."""

from __future__ import annotations

import datetime
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from django.conf import settings
from django.contrib import messages
from django.contrib.staticfiles import finders
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_GET, require_POST

from lotsin.cases import access, plan_panels, plans, referrals, sessions
from lotsin.cases.models import (
    CounsellingSession,
    Goal,
    Participant,
    PlanStep,
    Referral,
    ReferralStatus,
    StepStatus,
)
from lotsin.cases.plan_forms import (
    GoalForm,
    MeasureForm,
    ReferralForm,
    ReferralStatusForm,
    SessionForm,
    StepForm,
)
from lotsin.core import audit
from lotsin.core.access import get_for_member, member_required
from lotsin.core.htmx import is_partial_request
from lotsin.core.languages import CONTENT_LANGUAGES, local_name
from lotsin.directory.models import Service

M = TypeVar("M", bound=models.Model)
CASE_ROLES = access.CASE_ROLES
# Views of one case check the role in `access.get_participant`, so that someone without it gets
# the same 404 as for a case that does not exist.
PANELS = {
    "plan": ("cases/_plan.html", plan_panels.plan_context),
    "sessions": ("cases/_sessions.html", plan_panels.sessions_context),
    "referrals": ("cases/_referrals.html", plan_panels.referrals_context),
}


# Helpers -------------------------------------------------------------------------------------


def _item(request: HttpRequest, participant: Participant, model: type[M], public_id: Any) -> M:
    """An item of this participant's case, else 404."""
    obj = get_for_member(request, model, public_id)
    if obj.participant_id != participant.pk:  # type: ignore[attr-defined]
        raise Http404("not found")
    return obj


def case_url(participant: Participant) -> str:
    """The participant page once it exists; until then this part's own page."""
    try:
        return reverse("cases:participant", args=[participant.public_id])
    except NoReverseMatch:
        return reverse("cases:plan", args=[participant.public_id])


def _log_view(request: HttpRequest, participant: Participant, view: str) -> None:
    audit.record_for_request(
        request, action="cases.participant.viewed", organization=participant.organization,
        target=participant, data={"view": view},
    )  # fmt: skip


def _add_errors(form: Form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def _panel(request: HttpRequest, participant: Participant, name: str, **forms: Any) -> HttpResponse:
    template, context = PANELS[name]
    return render(request, template, {"ctx": context(request, participant, **forms)})


def _done(request: HttpRequest, participant: Participant, name: str, message: str) -> HttpResponse:
    """After a change: the refreshed panel for htmx, else back to the case."""
    if is_partial_request(request):
        return _panel(request, participant, name)
    messages.success(request, message)
    return redirect(f"{case_url(participant)}#panel-{name}")


def _invalid(
    request: HttpRequest, participant: Participant, name: str, form: Form, form_key: str,
    title: str, action: str, *, edit: bool = False, can_drop: bool = False,
) -> HttpResponse:  # fmt: skip
    """A form with errors: an add form inside its panel for htmx, else (and any edit form) on
    a page of its own."""
    if is_partial_request(request) and not edit:
        return _panel(request, participant, name, **{form_key: form})
    return render(
        request, "cases/plan_form.html",
        {"participant": participant, "form": form, "title": title, "action": action,
         "back": case_url(participant), "can_drop": can_drop},
    )  # fmt: skip


@dataclass(frozen=True)
class FormPlace:
    """Where a panel's form lives: its panel, its key in the panel's context, its title and the
    address it posts to (an edit form shows on a page of its own, with "drop" when it may)."""

    panel: str
    key: str
    title: str
    action: str
    edit: bool = False
    can_drop: bool = False


def _submit(
    request: HttpRequest,
    participant: Participant,
    form: Form,
    place: FormPlace,
    save: Callable[[], object],
    success: str,
) -> HttpResponse:
    """Save a valid form through its service (`save` reads `form.cleaned_data`), else show it
    again with what she typed and the errors, the service's own included."""
    if form.is_valid():
        try:
            save()
            return _done(request, participant, place.panel, success)
        except ValidationError as error:
            _add_errors(form, error)
    return _show(request, participant, form, place)


def _show(
    request: HttpRequest, participant: Participant, form: Form, place: FormPlace
) -> HttpResponse:
    return _invalid(
        request, participant, place.panel, form, place.key, place.title, place.action,
        edit=place.edit, can_drop=place.can_drop,
    )  # fmt: skip


def _goal_or_none(request: HttpRequest, participant: Participant, value: str) -> Goal | None:
    return _item(request, participant, Goal, value) if value else None


# The page of this part (until the participant page shows the panels) -----------------------


@member_required()
@require_GET
def plan_page(request: HttpRequest, public_id: str) -> HttpResponse:
    participant = access.get_participant(request, public_id)
    _log_view(request, participant, "plan")
    panels = [
        {"name": name, "template": template, "context": context(request, participant)}
        for name, (template, context) in PANELS.items()
    ]
    return render(request, "cases/plan_page.html", {"participant": participant, "panels": panels})


# Goals, steps, measures ----------------------------------------------------------------------


@member_required()
@require_POST
def goal_add(request: HttpRequest, public_id: str) -> HttpResponse:
    participant = access.get_participant(request, public_id)
    form = GoalForm(request.POST, prefix="goal")
    place = FormPlace(
        "plan", "goal_form", _("Add a goal"),
        reverse("cases:plan_goal_add", args=[participant.public_id]),
    )  # fmt: skip
    return _submit(
        request, participant, form, place,
        lambda: plans.add_goal(
            actor=request.user,  # type: ignore[arg-type]
            participant=participant, text=form.cleaned_data["text"],
        ),
        _("Goal added."),
    )  # fmt: skip


@member_required()
def goal_edit(request: HttpRequest, public_id: str, item_id: str) -> HttpResponse:
    participant = access.get_participant(request, public_id)
    goal = _item(request, participant, Goal, item_id)
    action = reverse("cases:plan_goal_edit", args=[participant.public_id, goal.public_id])
    place = FormPlace("plan", "goal_form", _("Goal"), action, edit=True, can_drop=True)
    if request.method != "POST":
        form = GoalForm(prefix="goal", initial={"text": goal.text, "status": goal.status})
        return _show(request, participant, form, place)
    if "drop" in request.POST:
        plans.drop_goal(actor=request.user, goal=goal)  # type: ignore[arg-type]
        return _done(request, participant, "plan", _("Goal dropped."))
    form = GoalForm(request.POST, prefix="goal")
    return _submit(
        request, participant, form, place,
        lambda: plans.edit_goal(
            actor=request.user,  # type: ignore[arg-type]
            goal=goal, text=form.cleaned_data["text"],
            status=form.cleaned_data["status"] or goal.status,
        ),
        _("Goal saved."),
    )  # fmt: skip


def _goal_choices(participant: Participant) -> list[tuple[str, str]]:
    return plan_panels.goal_choices(list(Goal.objects.filter(participant=participant)))


def _step_fields(request: HttpRequest, participant: Participant, form: StepForm) -> dict[str, Any]:
    data = form.cleaned_data
    return {
        "text": data["text"],
        "who": data["who"],
        "due_on": data["due_on"],
        "goal": _goal_or_none(request, participant, data["goal"]),
        "shared": data["shared"],
        "agreed_with_jobcenter": data["agreed_with_jobcenter"],
    }


@member_required()
@require_POST
def step_add(request: HttpRequest, public_id: str) -> HttpResponse:
    participant = access.get_participant(request, public_id)
    form = StepForm(request.POST, prefix="step", goals=_goal_choices(participant))
    place = FormPlace(
        "plan", "step_form", _("Add a step"),
        reverse("cases:plan_step_add", args=[participant.public_id]),
    )  # fmt: skip
    return _submit(
        request, participant, form, place,
        lambda: plans.add_step(
            actor=request.user,  # type: ignore[arg-type]
            participant=participant, **_step_fields(request, participant, form),
        ),
        _("Step added."),
    )  # fmt: skip


@member_required()
def step_edit(request: HttpRequest, public_id: str, item_id: str) -> HttpResponse:
    participant = access.get_participant(request, public_id)
    step = _item(request, participant, PlanStep, item_id)
    action = reverse("cases:plan_step_edit", args=[participant.public_id, step.public_id])
    place = FormPlace("plan", "step_form", _("Step"), action, edit=True, can_drop=True)
    goals = _goal_choices(participant)
    if request.method != "POST":
        initial = {
            "text": step.text, "who": step.who, "due_on": step.due_on, "status": step.status,
            "goal": str(step.goal.public_id) if step.goal else "", "shared": step.shared,
            "agreed_with_jobcenter": step.agreed_with_jobcenter,
        }  # fmt: skip
        return _show(
            request, participant, StepForm(prefix="step", goals=goals, initial=initial), place
        )
    if "drop" in request.POST:
        plans.drop_step(actor=request.user, step=step)  # type: ignore[arg-type]
        return _done(request, participant, "plan", _("Step dropped."))
    form = StepForm(request.POST, prefix="step", goals=goals)
    return _submit(
        request, participant, form, place,
        lambda: plans.edit_step(
            actor=request.user,  # type: ignore[arg-type]
            step=step, status=form.cleaned_data["status"] or step.status,
            **_step_fields(request, participant, form),
        ),
        _("Step saved."),
    )  # fmt: skip


@member_required()
@require_POST
def measure_decide(request: HttpRequest, public_id: str) -> HttpResponse:
    participant = access.get_participant(request, public_id)
    form = MeasureForm(request.POST, prefix="measure")
    place = FormPlace(
        "plan", "measure_form", pgettext("support plan", "Measures"),
        reverse("cases:plan_measure", args=[participant.public_id]),
    )  # fmt: skip
    return _submit(
        request, participant, form, place,
        lambda: plans.decide_measure(
            actor=request.user,  # type: ignore[arg-type]
            participant=participant, measure=form.cleaned_data["measure"],
            chosen=form.cleaned_data["decision"] == "chosen", note=form.cleaned_data["note"],
        ),
        _("Her decision is saved."),
    )  # fmt: skip


# Revisions -----------------------------------------------------------------------------------


def _number(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


@member_required()
@require_GET
def plan_revisions(request: HttpRequest, public_id: str) -> HttpResponse:
    """Every earlier state of the plan, and what changed between two of them (by default the
    one shown and the one before it)."""
    participant = access.get_participant(request, public_id)
    _log_view(request, participant, "plan_revisions")
    revisions = list(participant.plan_revisions.select_related("changed_by").defer("snapshot"))
    context: dict[str, Any] = {"participant": participant, "revisions": revisions}
    if revisions:
        numbers = [r.number for r in revisions]
        shown = _number(request.GET.get("number"))
        shown = shown if shown in numbers else numbers[0]
        compare = _number(request.GET.get("compare"))
        if compare not in numbers:
            compare = max((n for n in numbers if n < shown), default=None)
        wanted = [n for n in (shown, compare) if n is not None]
        snapshots = dict(
            participant.plan_revisions.filter(number__in=wanted).values_list("number", "snapshot")
        )
        new = snapshots[shown]
        old = snapshots.get(compare, {}) if compare is not None else {}
        context |= {
            "shown": shown,
            "compare": compare,
            "plan": plan_panels.describe_snapshot(new),
            "changes": plan_panels.describe_changes(plans.plan_diff(old, new), old, new),
        }
    return render(request, "cases/plan_revisions.html", context)


# The plan printed for her --------------------------------------------------------------------


def _print_language(request: HttpRequest, participant: Participant) -> str:
    """?lang= if it is a UI language, else her first preferred UI language, else the coach's."""
    ui = dict(settings.LANGUAGES)
    wanted = request.GET.get("lang", "")
    if wanted in ui:
        return wanted
    for code in participant.preferred_languages or []:
        if code in ui:
            return str(code)
    return translation.get_language() or settings.LANGUAGE_CODE


def pdf_available() -> bool:
    return importlib.util.find_spec("weasyprint") is not None


def _render_print(request: HttpRequest, participant: Participant, language: str) -> str:
    """Her goals, steps with who and when, and the measures she chose. Never private notes,
    never special categories: the page only receives the plan."""
    with translation.override(language):
        ctx = plan_panels.plan_context(request, participant)
        open_ = {StepStatus.OPEN, StepStatus.DONE}
        goals = [
            {"goal": g["goal"], "steps": [s for s in g["steps"] if s.status in open_]}
            for g in ctx["goals"]
            if g["goal"].status in open_
        ]
        context = {
            "language": language,
            "name": participant.name,
            "case_number": participant.case_number,
            "goals": goals,
            "loose_steps": [s for s in ctx["loose_steps"] if s.status in open_],
            "chosen": ctx["chosen"],
            "printed_on": timezone.localdate(),
            "languages": [(code, local_name(code)) for code, _name in settings.LANGUAGES],
            "pdf": pdf_available(),
            "public_id": participant.public_id,
        }
        return render_to_string("cases/plan_print.html", context, request=request)


@member_required()
@require_GET
def plan_print(request: HttpRequest, public_id: str) -> HttpResponse:
    participant = access.get_participant(request, public_id)
    language = _print_language(request, participant)
    _log_view(request, participant, "plan_print")
    return HttpResponse(_render_print(request, participant, language))


@member_required()
@require_GET
def plan_print_pdf(request: HttpRequest, public_id: str) -> HttpResponse:
    participant = access.get_participant(request, public_id)
    if not pdf_available():
        raise Http404("no PDF renderer installed")
    from weasyprint import CSS, HTML  # optional dependency

    language = _print_language(request, participant)
    _log_view(request, participant, "plan_pdf")
    html = _render_print(request, participant, language)
    css = finders.find("lotsin/lotsin.css")
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf(
        stylesheets=[CSS(filename=css)] if css else None
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    name = f"plan-{participant.case_number}-{language}.pdf"
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return response


# Sessions ------------------------------------------------------------------------------------


def _session_fields(form: SessionForm) -> dict[str, Any]:
    data = form.cleaned_data
    fields = {
        key: data[key]
        for key in (
            "held_on", "duration_minutes", "channel", "language", "interpreter", "topics",
            "next_steps", "shared_note", "follow_up_on",
        )
    }  # fmt: skip
    if "notes" in form.fields:
        fields["notes"] = data["notes"]
    return fields


@member_required()
@require_GET
def session_list(request: HttpRequest, public_id: str) -> HttpResponse:
    participant = access.get_participant(request, public_id)
    _log_view(request, participant, "sessions")
    show_notes = access.can_see_private_notes(request, participant)
    page = Paginator(participant.sessions.select_related("coach"), 50).get_page(
        request.GET.get("page")
    )
    for session in page.object_list:
        session.topic_names = plan_panels.topic_labels(session.topics)
        if not show_notes:
            session.notes = ""
    return render(
        request, "cases/session_list.html",
        {"participant": participant, "page": page, "show_notes": show_notes,
         "back": case_url(participant)},
    )  # fmt: skip


@member_required()
@require_POST
def session_add(request: HttpRequest, public_id: str) -> HttpResponse:
    participant = access.get_participant(request, public_id)
    show_notes = access.can_see_private_notes(request, participant)
    form = SessionForm(request.POST, prefix="session", show_notes=show_notes)
    place = FormPlace(
        "sessions", "session_form", _("Record a session"),
        reverse("cases:session_add", args=[participant.public_id]),
    )  # fmt: skip
    return _submit(
        request, participant, form, place,
        lambda: sessions.record_session(
            actor=request.user,  # type: ignore[arg-type]
            participant=participant, **_session_fields(form),
        ),
        _("Session recorded."),
    )  # fmt: skip


@member_required()
def session_edit(request: HttpRequest, public_id: str, item_id: str) -> HttpResponse:
    participant = access.get_participant(request, public_id)
    session = _item(request, participant, CounsellingSession, item_id)
    show_notes = access.can_see_private_notes(request, participant)
    action = reverse("cases:session_edit", args=[participant.public_id, session.public_id])
    place = FormPlace("sessions", "session_form", _("Session"), action, edit=True)
    if request.method != "POST":
        initial = {
            key: getattr(session, key)
            for key in (
                "held_on", "duration_minutes", "channel", "language", "interpreter", "topics",
                "next_steps", "shared_note", "follow_up_on", "notes",
            )
        }  # fmt: skip
        if not show_notes:
            initial.pop("notes")
        form = SessionForm(prefix="session", show_notes=show_notes, initial=initial)
        return _show(request, participant, form, place)
    form = SessionForm(request.POST, prefix="session", show_notes=show_notes)
    return _submit(
        request, participant, form, place,
        # Without the private-notes field, the notes are kept as they are (None: unchanged).
        lambda: sessions.edit_session(
            actor=request.user,  # type: ignore[arg-type]
            session=session, **{"notes": None, **_session_fields(form)},
        ),
        _("Session saved."),
    )  # fmt: skip


@member_required()
@require_POST
def follow_up_done(request: HttpRequest, public_id: str, item_id: str) -> HttpResponse:
    participant = access.get_participant(request, public_id)
    session = _item(request, participant, CounsellingSession, item_id)
    sessions.clear_follow_up(actor=request.user, session=session)  # type: ignore[arg-type]
    messages.success(request, _("Follow-up done."))
    if request.POST.get("next") == "follow_ups":
        return redirect("cases:follow_ups")
    return redirect(f"{case_url(participant)}#panel-sessions")


@member_required(CASE_ROLES)
@require_GET
def follow_ups(request: HttpRequest) -> HttpResponse:
    """The coach's calls for this week: follow-ups due within seven days or overdue."""
    today = timezone.localdate()
    people = access.participants_for(request)
    due = list(sessions.list_due_follow_ups(people, today=today)[:200])
    horizon = today + datetime.timedelta(days=sessions.FOLLOW_UP_DAYS)
    due_referrals = list(
        Referral.objects.filter(participant__in=people, follow_up_on__lte=horizon)
        .exclude(status=ReferralStatus.CLOSED)
        .select_related("participant", "service")
        .order_by("follow_up_on")[:200]
    )
    audit.log_list(request, Participant, len(due) + len(due_referrals))
    return render(
        request, "cases/follow_ups.html",
        {"sessions": due, "referrals": due_referrals, "today": today},
    )  # fmt: skip


# Referrals -----------------------------------------------------------------------------------


@member_required()
@require_POST
def referral_add(request: HttpRequest, public_id: str) -> HttpResponse:
    participant = access.get_participant(request, public_id)
    form = ReferralForm(
        request.POST, prefix="referral", services=plan_panels.service_choices(participant)
    )
    place = FormPlace(
        "referrals", "referral_form", _("Refer her to a service"),
        reverse("cases:referral_add", args=[participant.public_id]),
    )  # fmt: skip
    return _submit(
        request, participant, form, place,
        lambda: referrals.refer(
            actor=request.user,  # type: ignore[arg-type]
            participant=participant,
            service=get_for_member(request, Service, form.cleaned_data["service"]),
            follow_up_on=form.cleaned_data["follow_up_on"], note=form.cleaned_data["note"],
        ),
        _("Referral recorded."),
    )  # fmt: skip


@member_required()
def referral_detail(request: HttpRequest, public_id: str, item_id: str) -> HttpResponse:
    """The referral with the directory's text in her language (or ?lang=), and its status."""
    participant = access.get_participant(request, public_id)
    referral = _item(request, participant, Referral, item_id)
    form = ReferralStatusForm(
        request.POST or None,
        initial={"status": referral.status, "follow_up_on": referral.follow_up_on},
    )
    if request.method == "POST" and form.is_valid():
        try:
            referrals.update_referral(
                actor=request.user,  # type: ignore[arg-type]
                referral=referral,
                status=form.cleaned_data["status"],
                follow_up_on=form.cleaned_data["follow_up_on"],
            )
            return _done(request, participant, "referrals", _("Referral saved."))
        except ValidationError as error:
            _add_errors(form, error)
    language = request.GET.get("lang") or referrals.her_language(participant)
    if language not in CONTENT_LANGUAGES:
        language = referrals.her_language(participant)
    _log_view(request, participant, "referral")
    return render(
        request, "cases/referral_detail.html",
        {"participant": participant, "referral": referral, "form": form,
         "text": referrals.text_for(referral, language), "language": language,
         "language_name": local_name(language), "back": case_url(participant)},
    )  # fmt: skip
