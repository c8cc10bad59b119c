"""The measures page: weekly figures with charts, tables by channel and language, and a CSV of
the weekly table. Aggregates only (no post text, no pseudonym), so reading them is not audited."""

from __future__ import annotations

import csv
import datetime as dt
import re
from typing import Any

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lotsin.core.access import active_organization, get_for_member, member_required
from lotsin.core.languages import local_name
from lotsin.core.models import Role
from lotsin.inbox import charts
from lotsin.inbox.measures import MAX_WEEKS, Measures, Period, get_measures, list_languages
from lotsin.inbox.models import Channel

MEASURES_ROLES = {Role.ADVISOR, Role.COORDINATOR, Role.ADMIN}
ISO_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")

CSV_HEADER = [
    "week",
    "week_start",
    "posts_in",
    "questions",
    "answered_questions",
    "answered_share_percent",
    "posts_with_reply",
    "median_minutes_to_first_reply",
    "crisis_alerts_acknowledged",
    "median_minutes_to_crisis_acknowledgement",
]


class WeekField(forms.DateField):
    """A date (any day of the week) or an ISO week such as 2026-W47."""

    def to_python(self, value: Any) -> dt.date | None:
        match = ISO_WEEK.match(str(value or "").strip())
        if match:
            try:
                return dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
            except ValueError as exc:
                raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from exc
        return super().to_python(value)


class MeasuresForm(forms.Form):
    start = WeekField(
        label=gettext_lazy("From the week of"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": gettext_lazy("Enter a date such as 2026-09-07.")},
    )
    end = WeekField(
        label=gettext_lazy("To the week of"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": gettext_lazy("Enter a date such as 2026-11-23.")},
    )
    channel = forms.ChoiceField(label=gettext_lazy("Channel"), required=False)
    language = forms.CharField(label=gettext_lazy("Language"), required=False, widget=forms.Select)

    def __init__(self, *args: Any, channels: list[Channel], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["channel"].choices = [
            ("", _("All channels")),
            *((str(c.public_id), c.name) for c in channels),
        ]

    def clean_language(self) -> str:
        code = str(self.cleaned_data.get("language") or "").strip().lower()
        if code and not LANGUAGE_CODE.match(code):
            raise forms.ValidationError(_("Choose a language from the list."))
        return code

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if self.errors:
            return data
        default = Period.default()
        start, end = data.get("start"), data.get("end")
        if start is None and end is not None:
            start = end - dt.timedelta(weeks=len(default.weeks) - 1)
        period = Period.around(start or default.first, end or default.last)
        if period.first > period.last:
            raise forms.ValidationError(_("The first week must not come after the last week."))
        if len(period.weeks) > MAX_WEEKS:
            raise forms.ValidationError(
                _("Choose at most %(weeks)d weeks at a time.") % {"weeks": MAX_WEEKS}
            )
        data["period"] = period
        return data


@member_required(MEASURES_ROLES)
def measures(request: HttpRequest) -> HttpResponse:
    org = active_organization(request)
    channel = None
    if request.GET.get("channel"):
        channel = get_for_member(request, Channel, request.GET["channel"])  # 404 if not ours
    channels = list(Channel.objects.filter(organization=org).order_by("name"))
    form = MeasuresForm(request.GET, channels=channels)
    context: dict[str, Any] = {"form": form, "measures": None}
    if not form.is_valid():
        _language_choices(form, Period.default(), org)
        return render(request, "inbox/measures.html", context)

    period: Period = form.cleaned_data["period"]
    language: str = form.cleaned_data["language"]
    found = get_measures(org, period=period, channel=channel, language=language)
    if request.GET.get("format") == "csv":
        return _csv(found)

    _language_choices(form, period, org)
    # Show the weeks actually used (a date snaps to its Monday) in the form.
    form.data = form.data.copy()
    form.data["start"], form.data["end"] = period.first.isoformat(), period.last.isoformat()
    query = form.data.copy()
    query["format"] = "csv"
    context.update(
        measures=found,
        channel=channel,
        language=language,
        csv_query=query.urlencode(),
        language_label=_language_label(language) if language else "",
        weekly_rows=[(row, "") for row in found.weekly],
        channel_rows=[(row, row.label) for row in found.by_channel],
        language_rows=[(row, _language_label(str(row.key))) for row in found.by_language],
        **_charts(found),
    )
    return render(request, "inbox/measures.html", context)


def _language_label(code: str) -> str:
    if not code:
        return _("Not recognised")
    return f"{local_name(code)} ({code})"


def _language_choices(form: MeasuresForm, period: Period, org: Any) -> None:
    codes = set(list_languages(org, period=period))
    selected = str(form.data.get("language") or "").strip().lower()
    if selected and LANGUAGE_CODE.match(selected):
        codes.add(selected)
    choices = [("", _("All languages"))]
    choices += [(code, _language_label(code)) for code in sorted(codes)]
    form.fields["language"].widget.choices = choices


def _charts(found: Measures) -> dict[str, charts.Chart]:
    weeks = [row.key for row in found.weekly]
    figures = [row.figures for row in found.weekly]
    return {
        "posts_chart": charts.posts_chart(
            weeks,  # type: ignore[arg-type]  # weekly rows are keyed by their Monday
            [f.posts_in for f in figures],
            [f.questions for f in figures],
        ),
        "share_chart": charts.share_chart(
            weeks,  # type: ignore[arg-type]
            [f.answered_share for f in figures],
        ),
        "reply_chart": charts.duration_chart(
            weeks,  # type: ignore[arg-type]
            [f.median_reply_minutes for f in figures],
        ),
    }


def _csv(found: Measures) -> HttpResponse:
    period = found.period
    name = f"lotsin-measures-{period.first.isoformat()}-{period.last_day.isoformat()}.csv"
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    writer = csv.writer(response)
    writer.writerow(CSV_HEADER)
    for row in found.weekly:
        week: dt.date = row.key  # type: ignore[assignment]
        f = row.figures
        year, number, _day = week.isocalendar()
        writer.writerow(
            [
                f"{year}-W{number:02d}",
                week.isoformat(),
                f.posts_in,
                f.questions,
                f.answered,
                _blank(f.answered_share),
                f.replied,
                _blank(f.median_reply_minutes),
                f.acknowledged,
                _blank(f.median_ack_minutes),
            ]
        )
    return response


def _blank(value: float | None) -> str:
    return "" if value is None else f"{value:g}"
