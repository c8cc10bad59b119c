"""Input shapes of the knowledge base. Lists are typed one item per line: quick on a phone."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from lotsin.core.forms import DateInput
from lotsin.core.languages import language_choices
from lotsin.core.topics import Topic
from lotsin.knowledge.models import ClaimStatus, UseContext, Verdict


def _lines(value: str) -> list[str]:
    return [line.strip() for line in (value or "").splitlines() if line.strip()]


class LinesField(forms.CharField):
    widget = forms.Textarea(attrs={"rows": 3})

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        return _lines(super().to_python(value))

    def prepare_value(self, value: Any) -> Any:
        return "\n".join(value) if isinstance(value, list) else value


class SourcesField(LinesField):
    """'Title | https://...' per line; a bare address is its own title."""

    def to_python(self, value: Any) -> list[dict[str, str]]:  # type: ignore[override]
        sources = []
        for line in super().to_python(value):
            title, _sep, url = line.rpartition("|") if "|" in line else (line, "", line)
            sources.append({"title": title.strip(), "url": url.strip()})
        return sources

    def validate(self, value: Any) -> None:
        super().validate(value)
        for source in value:
            if not source["url"].startswith(("http://", "https://")):
                raise forms.ValidationError(
                    _("Each source needs an address starting with https:// (%(line)s)"),
                    params={"line": source["title"]},
                )

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, list):
            return "\n".join(
                s["url"] if s.get("title") == s.get("url") else f"{s.get('title')} | {s.get('url')}"
                for s in value
            )
        return value


class TextFields(forms.Form):
    title = forms.CharField(label=_("Question-style title"), max_length=300)
    body = forms.CharField(
        label=_("Answer"),
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_(
            "Markdown: blank line between paragraphs, - for lists, **bold**, [text](link)."
        ),
    )
    questions = LinesField(
        label=_("Example questions"),
        required=False,
        help_text=_("One per line, worded as women ask in the groups. They help the matching."),
    )


class VersionForm(TextFields):
    topics = forms.MultipleChoiceField(
        label=_("Topics"), choices=Topic.choices, widget=forms.CheckboxSelectMultiple
    )
    legal_basis = LinesField(
        label=_("Legal basis"),
        required=False,
        help_text=_("One reference per line, for example § 24 AufenthG or § 11b SGB II."),
    )
    sources = SourcesField(label=_("Sources"), required=False, help_text=_("Title | address"))
    valid_from = forms.DateField(label=_("Valid from"), required=False, widget=DateInput)
    review_by = forms.DateField(label=_("Review by"), widget=DateInput)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        valid_from, review_by = data.get("valid_from"), data.get("review_by")
        if valid_from and review_by and review_by <= valid_from:
            self.add_error("review_by", _("The review date must lie after the valid-from date."))
        return data


class NewAnswerForm(VersionForm):
    language = forms.ChoiceField(label=_("Language of this text"), choices=language_choices)
    field_order = ["language", "title", "body", "questions", "topics", "legal_basis"]


class TranslationForm(TextFields):
    pass


class ReasonForm(forms.Form):
    message = forms.CharField(
        label=_("Reason or comment"), widget=forms.Textarea(attrs={"rows": 3})
    )


class UseForm(forms.Form):
    context = forms.ChoiceField(label=_("Where"), choices=UseContext.choices)
    channel = forms.CharField(label=_("Channel or group"), max_length=200)
    reference = forms.CharField(
        label=_("Link to the post (optional)"), max_length=500, required=False
    )


class AnswerFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    topic = forms.ChoiceField(
        label=_("Topic"), required=False, choices=[("", _("All topics")), *Topic.choices]
    )
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("All languages")), *language_choices()]
    )


PHRASING_ROWS = 6


class ClaimForm(forms.Form):
    summary = forms.CharField(label=_("Summary"), max_length=300)
    verdict = forms.ChoiceField(label=_("Verdict"), choices=Verdict.choices)
    status = forms.ChoiceField(label=_("Status"), choices=ClaimStatus.choices)
    first_seen = forms.DateField(label=_("First seen"), required=False, widget=DateInput)
    topics = forms.MultipleChoiceField(
        label=_("Topics"),
        choices=Topic.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    answer = forms.ChoiceField(label=_("Answer that responds"), required=False)

    def __init__(self, *args: Any, answers: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["answer"].choices = [("", _("None yet")), *answers]  # type: ignore[attr-defined]
        for i in range(PHRASING_ROWS):
            self.fields[f"language_{i}"] = forms.ChoiceField(
                label=_("Language"), required=False, choices=[("", "—"), *language_choices()]
            )
            self.fields[f"text_{i}"] = forms.CharField(
                label=_("Wording"), required=False, widget=forms.Textarea(attrs={"rows": 2})
            )

    def phrasing_fields(self) -> list[tuple[Any, Any]]:
        return [(self[f"language_{i}"], self[f"text_{i}"]) for i in range(PHRASING_ROWS)]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        phrasings = []
        for i in range(PHRASING_ROWS):
            lang, text = data.get(f"language_{i}"), (data.get(f"text_{i}") or "").strip()
            if text and not lang:
                self.add_error(f"language_{i}", _("Choose the language of this wording."))
            elif text:
                phrasings.append((lang, text))
        if not phrasings and not self.errors:
            self.add_error("text_0", _("Give at least one wording of the claim."))
        data["phrasings"] = phrasings
        return data
