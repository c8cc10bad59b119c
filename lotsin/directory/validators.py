"""Field validators shared by the model, the forms, the API and the importer."""

from __future__ import annotations

import re
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from lotsin.core.topics import Topic
from lotsin.directory import opening

# ISO 639-1 (two letters) or 639-2/3 (three letters), lowercase.
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")


def validate_topics(value: Any) -> None:
    if not isinstance(value, list):
        raise ValidationError(_("Topics must be a list."))
    unknown = [str(t) for t in value if t not in Topic.values]
    if unknown:
        raise ValidationError(_("Unknown topic codes: %(codes)s.") % {"codes": ", ".join(unknown)})


def validate_languages(value: Any) -> None:
    if not isinstance(value, list):
        raise ValidationError(_("Languages must be a list."))
    bad = [str(c) for c in value if not (isinstance(c, str) and LANGUAGE_CODE.match(c))]
    if bad:
        raise ValidationError(
            _("Not a language code (use ISO 639 like uk or ar): %(codes)s.")
            % {"codes": ", ".join(bad)}
        )


def validate_descriptions(value: Any) -> None:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and LANGUAGE_CODE.match(k) and isinstance(v, str)
        for k, v in value.items()
    ):
        raise ValidationError(_("Descriptions must map language codes to texts."))


def validate_opening_hours(value: Any) -> None:
    try:
        opening.check(value)
    except opening.OpeningHoursError as exc:
        raise ValidationError(
            _("Opening hours are not valid: %(reason)s.") % {"reason": exc}
        ) from exc
