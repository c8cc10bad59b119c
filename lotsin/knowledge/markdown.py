"""Answer bodies are Markdown; what reaches a page is rendered, then sanitised by nh3.

markdown-it-py with raw HTML off already drops script tags and refuses javascript: links; nh3
(ammonia) is the second lock, so a future option or plugin cannot open the door again.
"""

from __future__ import annotations

import html as html_lib

import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

_MD = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
_TAGS = {
    "p", "br", "strong", "em", "ul", "ol", "li", "a", "h2", "h3", "h4", "blockquote", "code",
    "pre", "hr",
}  # fmt: skip


def render_markdown(text: str) -> SafeString:
    html = _MD.render(text or "")
    # Headings inside an answer start at h2: the page title is the h1.
    html = html.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    clean = nh3.clean(
        html,
        tags=_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer nofollow",
    )
    return mark_safe(clean)  # noqa: S308 - sanitised by nh3 just above


def plain_text(text: str) -> str:
    """The body without markup, for previews (Open Graph) and the semantic index."""
    stripped = nh3.clean(_MD.render(text or ""), tags=set())
    return " ".join(html_lib.unescape(stripped).split())
