"""The triage engine's rule names (plain English, Django-free) as words of the active language,
for the post page's "why" panel. A cue (her own words) is shown as it is."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

RULE_LABELS = {
    # language (lotsin/triage/language.py)
    "sorani letters or words": _("Sorani letters or words"),
    "pashto letters or words": _("Pashto letters or words"),
    "persian/arabic cues": _("Persian or Arabic words"),
    "detector": _("language detector"),
    "serbian letters": _("Serbian letters"),
    "ukrainian/russian cues": _("Ukrainian or Russian letters and words"),
    "vietnamese letters": _("Vietnamese letters"),
    "transliterated chat words": _("chat words in Latin letters"),
    "kurmanji cues": _("Kurmanji words"),
    "kurmanji cues over detector": _("Kurmanji words (over the detector)"),
    "short-post cue word": _("a telltale word in a short post"),
    "media placeholder": _("a photo or file without text"),
    "no words": _("no words"),
    "ethiopic script": _("Ethiopic script"),
    "han script": _("Chinese characters"),
    "unsupported script": _("a script the inbox does not know"),
    # question (lotsin/triage/question.py)
    "nothing of her own": _("only quoted text, nothing of her own"),
    "thanks": _("thanks"),
    "question mark": _("question mark"),
    "no question mark or request cue": _("no question mark or request for help"),
}


def reason_label(value: object) -> str:
    """A rule name in words of the active language; anything else (her words) unchanged."""
    text = "" if value is None else str(value)
    label = RULE_LABELS.get(text)
    return str(label) if label is not None else text
