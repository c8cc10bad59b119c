"""Printable forms as PDF: an HTML template rendered in her language, laid out by WeasyPrint.

Pango shapes Arabic and Farsi right to left; the font (DejaVu Sans, Debian's fonts-dejavu-core)
covers Latin, Cyrillic, Arabic and Farsi. Nothing is fetched while rendering: the templates carry
their CSS inline and every URL is refused."""

from __future__ import annotations

from typing import Any, NoReturn

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation


def _no_fetching(url: str, *args: Any, **kwargs: Any) -> NoReturn:
    raise ValueError(f"PDF templates may not load {url!r}")


def render_pdf(template: str, context: dict[str, Any], language: str) -> bytes:
    from weasyprint import HTML  # imported late: it loads Pango, which only PDFs need

    with translation.override(language):
        context = {
            **context,
            "LANGUAGE_CODE": language,
            "LANGUAGE_BIDI": translation.get_language_bidi(),
        }
        html = render_to_string(template, context)
    return HTML(string=html, url_fetcher=_no_fetching).write_pdf()  # type: ignore[no-any-return]


def pdf_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"  # personal data: not kept by any cache
    return response
