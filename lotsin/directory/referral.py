"""A plain text about one service that an advisor pastes into a chat, in the asker's language."""

from __future__ import annotations

from django.utils import translation
from django.utils.dates import WEEKDAYS_ABBR
from django.utils.translation import gettext as _

from lotsin.directory.languages import language_name, text_language
from lotsin.directory.models import Reach, Service
from lotsin.directory.opening import DAYS, format_day, is_always_open


def opening_lines(service: Service) -> list[str]:
    """Opening hours in the active language; days in a row with the same hours share a line."""
    hours = service.opening_hours or {}
    if is_always_open(hours):
        return [_("Around the clock")]
    runs: list[tuple[int, int, list[list[str]]]] = []  # first day, last day, ranges
    for index, day in enumerate(DAYS):
        ranges = hours.get(day)
        if not ranges:
            continue
        if runs and runs[-1][1] == index - 1 and runs[-1][2] == ranges:
            runs[-1] = (runs[-1][0], index, ranges)
        else:
            runs.append((index, index, ranges))
    return [
        f"{WEEKDAYS_ABBR[first]}{'–' + str(WEEKDAYS_ABBR[last]) if last > first else ''} "
        f"{format_day(ranges)}"
        for first, last, ranges in runs
    ]


def feature_labels(service: Service) -> list[str]:
    flags = [
        (service.free_of_charge, _("Free of charge")),
        (service.women_only, _("Women only")),
        (service.childcare_on_site, _("Childcare on site")),
        (service.online_option, _("Online possible")),
        (service.accessible, _("Step-free access")),
        (service.scope == Reach.NATIONWIDE, _("Nationwide")),
    ]
    return [label for on, label in flags if on]


def referral_text(service: Service, language: str) -> str:
    """The text in `language` (English for languages without a translated UI)."""
    with translation.override(text_language(language)):
        lines = [service.name]
        if service.provider and service.provider != service.name:
            lines.append(_("Run by %(provider)s") % {"provider": service.provider})
        description = service.description_for(language).strip()
        if description:
            lines += ["", description, ""]
        if service.phone:
            lines.append(_("Phone: %(phone)s") % {"phone": service.phone})
        place = ", ".join(p for p in (service.address, service.district) if p)
        if place:
            lines.append(_("Address: %(address)s") % {"address": place})
        hours = opening_lines(service)
        if hours:
            lines.append(_("Opening hours: %(hours)s") % {"hours": "; ".join(hours)})
        if service.languages:
            names = ", ".join(language_name(code) for code in service.languages)
            lines.append(_("Languages spoken: %(languages)s") % {"languages": names})
        features = feature_labels(service)
        if features:
            lines.append(" · ".join(features))
        if service.web:
            lines.append(_("Website: %(url)s") % {"url": service.web})
        if service.email:
            lines.append(_("E-mail: %(email)s") % {"email": service.email})
    return "\n".join(lines).strip()
