"""Input shapes for the directory pages; writes go through lotsin.directory.services."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lotsin.core.topics import Topic
from lotsin.directory import opening
from lotsin.directory.languages import UI_LANGUAGES, language_name
from lotsin.directory.models import Reach, Service, ServiceKind
from lotsin.directory.queries import ServiceFilters
from lotsin.directory.validators import LANGUAGE_CODE

# The German description is the original; these get a box each.
TRANSLATED = [code for code in UI_LANGUAGES if code != "de"]
FLAGS = ("women_only", "childcare_on_site", "free_of_charge", "accessible", "online_option")


class ServiceFilterForm(forms.Form):
    q = forms.CharField(label=gettext_lazy("Search"), required=False, max_length=100)
    topic = forms.ChoiceField(label=gettext_lazy("Topic"), required=False)
    language = forms.ChoiceField(label=gettext_lazy("Language"), required=False)
    district = forms.ChoiceField(label=gettext_lazy("District"), required=False)
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), required=False)
    open_now = forms.BooleanField(label=gettext_lazy("Open now"), required=False)

    def __init__(self, *args: Any, districts: list[str], languages: list[str], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("All topics")), *Topic.choices]  # type: ignore[attr-defined]
        self.fields["language"].choices = [  # type: ignore[attr-defined]
            ("", _("All languages")),
            *((code, language_name(code)) for code in languages),
        ]
        self.fields["district"].choices = [  # type: ignore[attr-defined]
            ("", _("All districts")),
            *((d, d) for d in districts),
        ]
        self.fields["kind"].choices = [("", _("Services and hotlines")), *ServiceKind.choices]  # type: ignore[attr-defined]

    def filters(self, **extra: Any) -> ServiceFilters:
        data = self.cleaned_data if self.is_valid() else {}
        values = {name: data.get(name) or "" for name in ("topic", "language", "district", "kind")}
        if "q" in self.fields:
            values["q"] = (data.get("q") or "").strip()
        return ServiceFilters(**values, open_now=bool(data.get("open_now")), **extra)


class PublicFilterForm(ServiceFilterForm):
    """The public page filters by what a woman looks for: topic, language, district."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        for name in ("q", "kind", "open_now"):
            del self.fields[name]


def _day_field(index: int) -> forms.CharField:
    return forms.CharField(
        label=WEEKDAYS[index],
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"placeholder": "09:00-13:00, 14:00-17:00"}),
    )


class ServiceForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=ServiceKind.choices)
    name = forms.CharField(label=gettext_lazy("Name"), max_length=200)
    provider = forms.CharField(
        label=gettext_lazy("Provider"),
        required=False,
        max_length=200,
        help_text=gettext_lazy("The organisation that runs it."),
    )
    description = forms.CharField(
        label=gettext_lazy("Description (German)"), required=False, widget=forms.Textarea
    )
    topics = forms.MultipleChoiceField(
        label=gettext_lazy("Topics"),
        choices=Topic.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    languages = forms.CharField(
        label=gettext_lazy("Languages spoken"),
        required=False,
        max_length=200,
        help_text=gettext_lazy("Language codes separated by commas, for example: de, en, uk, ar"),
    )
    district = forms.CharField(
        label=gettext_lazy("District"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"list": "district-options"}),
    )
    address = forms.CharField(
        label=gettext_lazy("Address"),
        required=False,
        max_length=300,
        help_text=gettext_lazy("Leave empty for shelters: their address stays secret."),
    )
    latitude = forms.DecimalField(
        label=gettext_lazy("Latitude"),
        required=False,
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = forms.DecimalField(
        label=gettext_lazy("Longitude"),
        required=False,
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    always_open = forms.BooleanField(
        label=gettext_lazy("Open around the clock (24/7)"), required=False
    )
    hours_mon = _day_field(0)
    hours_tue = _day_field(1)
    hours_wed = _day_field(2)
    hours_thu = _day_field(3)
    hours_fri = _day_field(4)
    hours_sat = _day_field(5)
    hours_sun = _day_field(6)
    phone = forms.CharField(label=gettext_lazy("Phone"), required=False, max_length=60)
    web = forms.URLField(label=gettext_lazy("Website"), required=False, assume_scheme="https")
    email = forms.EmailField(label=gettext_lazy("E-mail"), required=False)
    women_only = forms.BooleanField(label=gettext_lazy("Women only"), required=False)
    childcare_on_site = forms.BooleanField(label=gettext_lazy("Childcare on site"), required=False)
    free_of_charge = forms.BooleanField(label=gettext_lazy("Free of charge"), required=False)
    accessible = forms.BooleanField(label=gettext_lazy("Step-free access"), required=False)
    online_option = forms.BooleanField(label=gettext_lazy("Online possible"), required=False)
    scope = forms.ChoiceField(label=gettext_lazy("Reach"), choices=Reach.choices)
    public = forms.BooleanField(
        label=gettext_lazy("Show on the public directory page"), required=False, initial=True
    )
    is_demo = forms.BooleanField(label=gettext_lazy("Demo entry"), required=False)
    external_id = forms.CharField(
        label=gettext_lazy("Import id"),
        required=False,
        max_length=100,
        help_text=gettext_lazy("Only needed when the entry is also kept in an import file."),
    )

    def __init__(self, *args: Any, service: Service | None = None, **kwargs: Any):
        self.service = service
        if service is not None and "initial" not in kwargs:
            kwargs["initial"] = initial_for(service)
        super().__init__(*args, **kwargs)
        for code in TRANSLATED:
            self.fields[f"description_{code}"] = forms.CharField(
                label=_("Description in %(language)s") % {"language": language_name(code)},
                required=False,
                widget=forms.Textarea(attrs={"lang": code, "dir": "auto", "rows": 4}),
            )

    def day_fields(self) -> list[forms.BoundField]:
        return [self[f"hours_{day}"] for day in opening.DAYS]

    def description_fields(self) -> list[forms.BoundField]:
        return [self[f"description_{code}"] for code in TRANSLATED]

    def clean_languages(self) -> list[str]:
        raw = self.cleaned_data.get("languages", "")
        codes = [c.strip().lower() for c in raw.replace(";", ",").split(",") if c.strip()]
        bad = [c for c in codes if not LANGUAGE_CODE.match(c)]
        if bad:
            raise forms.ValidationError(
                _("Not a language code (use ISO 639 like uk or ar): %(codes)s.")
                % {"codes": ", ".join(bad)}
            )
        return list(dict.fromkeys(codes))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        hours: dict[str, Any] = {}
        for index, day in enumerate(opening.DAYS):
            try:
                ranges = opening.parse_day(data.get(f"hours_{day}") or "")
            except ValueError as exc:
                self.add_error(
                    f"hours_{day}",
                    _("%(day)s: “%(text)s” is not a time range like 09:00-13:00.")
                    % {"day": WEEKDAYS[index], "text": exc},
                )
                continue
            if ranges:
                hours[day] = ranges
        data["opening_hours"] = {"always": True} if data.get("always_open") else hours
        if (data.get("latitude") is None) != (data.get("longitude") is None):
            self.add_error("longitude", _("Give both latitude and longitude, or neither."))
        return data

    def service_data(self) -> dict[str, Any]:
        """The cleaned input in the shape lotsin.directory.services expects."""
        data = self.cleaned_data
        descriptions = dict(self.service.descriptions) if self.service else {}
        for code in TRANSLATED:
            text = data.get(f"description_{code}", "").strip()
            if text:
                descriptions[code] = text
            else:
                descriptions.pop(code, None)
        plain = (
            "kind name provider description topics languages district address latitude "
            "longitude opening_hours phone web email scope public is_demo external_id"
        ).split()
        return {
            **{name: data[name] for name in plain},
            **{flag: data[flag] for flag in FLAGS},
            "descriptions": descriptions,
        }


def initial_for(service: Service) -> dict[str, Any]:
    initial: dict[str, Any] = {
        name: getattr(service, name)
        for name in (
            "kind name provider description topics district address latitude longitude "
            "phone web email scope public is_demo external_id"
        ).split()
    }
    initial.update({flag: getattr(service, flag) for flag in FLAGS})
    initial["languages"] = ", ".join(service.languages)
    hours = service.opening_hours or {}
    initial["always_open"] = opening.is_always_open(hours)
    for day in opening.DAYS:
        initial[f"hours_{day}"] = opening.format_day(hours.get(day, []))
    for code in TRANSLATED:
        initial[f"description_{code}"] = service.descriptions.get(code, "")
    return initial
