"""Services and crisis hotlines an advisor refers women to."""

from __future__ import annotations

import re

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from lotsin.core.scoping import ScopedModel, scoped_manager
from lotsin.core.topics import Topic
from lotsin.directory.languages import language_name
from lotsin.directory.validators import (
    validate_descriptions,
    validate_languages,
    validate_opening_hours,
    validate_topics,
)


class ServiceKind(models.TextChoices):
    SERVICE = "service", _("Service")
    HOTLINE = "hotline", _("Hotline")


class Reach(models.TextChoices):
    LOCAL = "local", _("Local")
    NATIONWIDE = "nationwide", _("Nationwide")


class Service(ScopedModel):
    kind = models.CharField(
        _("kind"), max_length=10, choices=ServiceKind.choices, default=ServiceKind.SERVICE
    )
    # The key an import file uses for this service; blank for services typed in by hand.
    external_id = models.CharField(_("import id"), max_length=100, blank=True)
    name = models.CharField(_("name"), max_length=200)
    provider = models.CharField(_("provider"), max_length=200, blank=True)
    description = models.TextField(_("description (German)"), blank=True)
    descriptions = models.JSONField(
        _("descriptions in other languages"),
        default=dict,
        blank=True,
        validators=[validate_descriptions],
    )
    topics = models.JSONField(_("topics"), default=list, blank=True, validators=[validate_topics])
    languages = models.JSONField(
        _("languages spoken"), default=list, blank=True, validators=[validate_languages]
    )
    district = models.CharField(_("district"), max_length=100, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    # {"always": true} or {"mon": [["09:00", "13:00"], ...], ...}; see lotsin.directory.opening.
    opening_hours = models.JSONField(
        _("opening hours"), default=dict, blank=True, validators=[validate_opening_hours]
    )
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    web = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    women_only = models.BooleanField(_("women only"), default=False)
    childcare_on_site = models.BooleanField(_("childcare on site"), default=False)
    free_of_charge = models.BooleanField(_("free of charge"), default=False)
    accessible = models.BooleanField(_("step-free access"), default=False)
    online_option = models.BooleanField(_("online possible"), default=False)
    scope = models.CharField(_("reach"), max_length=12, choices=Reach.choices, default=Reach.LOCAL)
    public = models.BooleanField(_("shown on the public directory page"), default=True)
    is_demo = models.BooleanField(_("demo entry"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = scoped_manager()

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "external_id"],
                condition=~models.Q(external_id=""),
                name="directory_service_unique_external_id",
            )
        ]
        indexes = [
            models.Index(fields=["organization", "kind", "name"], name="directory_org_kind_name"),
            models.Index(fields=["organization", "district"], name="directory_org_district"),
            models.Index(fields=["organization", "public"], name="directory_org_public"),
        ]
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def __str__(self) -> str:
        return self.name

    @property
    def is_hotline(self) -> bool:
        return self.kind == ServiceKind.HOTLINE

    @property
    def has_location(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def tel_uri(self) -> str:
        """A tel: link to the first number ("0800 111 0 111 / 0800 111 0 222" holds two)."""
        first = re.split(r"[/,;]", self.phone)[0]
        digits = re.sub(r"[^\d+]", "", first)
        return f"tel:{digits}" if digits else ""

    @property
    def osm_url(self) -> str:
        """OpenStreetMap at this spot: a link, not an embedded map, so no third party loads."""
        if not self.has_location:
            return ""
        lat, lon = self.latitude, self.longitude
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"

    @property
    def topic_labels(self) -> list[str]:
        return [str(Topic(code).label) for code in self.topics if code in Topic.values]

    @property
    def language_names(self) -> list[str]:
        return [language_name(code) for code in self.languages]

    def description_for(self, language: str) -> str:
        """The description in `language`, else English, else the German original."""
        if language != "de" and self.descriptions.get(language):
            return str(self.descriptions[language])
        if language == "de" or not self.descriptions.get("en"):
            return self.description
        return str(self.descriptions["en"])
