"""Replies as the page shows them: chat markdown with linked markers, and HTML source cards.

Every piece of text that comes from a person or an article is escaped here; the page adds
nothing but these strings, so this is the one place that decides what is markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot import Citation, Reply
from corpus.records import Span

URGENT_KINDS = frozenset({"emergency", "crisis"})
URGENT_TITLES = {"emergency": "This may need urgent medical help",
                 "crisis": "Please reach out for support now"}

# The marks that can start Markdown syntax (emphasis, links, images, headings, lists, tables,
# autolinks, LaTeX) are backslash-escaped; < > & become entities so no tag-looking text
# reaches the renderer. Harmless marks (' " , ; ? / %) stay as typed: Gradio reads the raw
# text out as each message's aria-label.
_MARKDOWN_PUNCTUATION = re.compile(r"([!#$()*+\-.:=@\[\\\]_`{|}~])")
_HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;",
                  # Gradio's HTML component runs its value through a JS/Handlebars template.
                  "$": "&#36;", "{": "&#123;", "}": "&#125;", "`": "&#96;"}
_HTML_SPECIAL = re.compile("[" + re.escape("".join(_HTML_ENTITIES)) + "]")
_ESCAPED_MARKER = re.compile(r"\\\[(\d+)\\\]")


def escape_html(text: str) -> str:
    """Text as inert HTML: tags, entities and template syntax all shown literally."""
    return _HTML_SPECIAL.sub(lambda m: _HTML_ENTITIES[m.group()], text)


def escape_markdown(text: str) -> str:
    """Text that Markdown shows literally: no emphasis, links, images, lists or HTML."""
    text = _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def user_markdown(message: str) -> str:
    """A user's message for the Chatbot, shown exactly as typed."""
    return escape_markdown(message)


def anchor(turn: int, number: int) -> str:
    """The element id of citation `number` of the answer at `turn` (0-based)."""
    return f"source-{turn + 1}-{number}"


def reading_anchor(turn: int, number: int) -> str:
    """The element id of where citation `number`'s passage starts in its article's view."""
    return f"read-{turn + 1}-{number}"


def citation_place(citation: Citation, *, with_title: bool) -> list[str]:
    """Where a quote comes from: its article's title (if asked), publisher and section."""
    parts = [citation.title] if with_title else []
    return [*parts, *(p for p in (citation.publisher, citation.section) if p)]


def answer_markdown(reply: Reply, turn: int) -> str:
    """The bot's text for the Chatbot: escaped, bullets kept, [n] linked to its source card."""
    cited = {c.number: c for c in reply.citations}

    def link(match: re.Match[str]) -> str:
        citation = cited.get(int(match.group(1)))
        if citation is None:
            return match.group()
        return marker_html(citation, turn)

    lines: list[str] = []
    for line in reply.text.splitlines():
        bullet, body = ("- ", line[2:]) if line.startswith("- ") else ("", line)
        if lines and lines[-1].startswith("- ") and not bullet and body.strip():
            lines.append("")  # else Markdown runs the line on into the bullet above
        lines.append(bullet + _ESCAPED_MARKER.sub(link, escape_markdown(body)))
    text = "\n".join(lines)
    if reply.kind in URGENT_KINDS:
        text = f"**⚠ {URGENT_TITLES[reply.kind]}**\n\n{text}"
    return text


def marker_html(citation: Citation, turn: int) -> str:
    """A [n] marker linked to its card, named for a screen reader ("source 2, <title>").

    The Chatbot's sanitiser drops aria-* and data-* attributes but keeps class, style and
    title: the name is visually hidden text, and page.css draws "[n]" from the counter set
    here, as generated content with an empty alternative so it is not read out twice.
    """
    hover = escape_html(" · ".join(citation_place(citation, with_title=True)))
    name = escape_markdown(f"source {citation.number}, {citation.title}")
    return (f'<a class="marker" href="#{anchor(turn, citation.number)}" title="{hover}" '
            f'style="counter-reset: marker {citation.number}">'
            f'<span class="marker-name">{name}</span></a>')


def highlight(passage: str, spans: Iterable[Span]) -> str:
    """The passage as HTML with each span inside <mark>; bad or overlapping spans are trimmed."""
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        a, b = max(a, merged[-1][1] if merged else 0), min(b, len(passage))
        if a >= b:
            continue
        if merged and not passage[merged[-1][1]:a].strip():  # quoted sentences side by side
            merged[-1][1] = b
        else:
            merged.append([a, b])
    pieces, last = [], 0
    for a, b in merged:
        pieces += [escape_html(passage[last:a]), f"<mark>{escape_html(passage[a:b])}</mark>"]
        last = b
    pieces.append(escape_html(passage[last:]))
    return "".join(pieces)


def retrieved_html(reply: Reply | None) -> str:
    """Every passage the retriever returned, in rank order, the cited ones marked."""
    if reply is None or not reply.retrieved:
        return "<p class='sources-empty'>No passages retrieved yet.</p>"
    cited = {c.chunk_id: c.number for c in reply.citations}
    rows = []
    for rank, hit in enumerate(reply.retrieved, 1):
        chunk = hit.chunk
        tag = (f" <span class='retrieved-cited'>cited [{cited[chunk.id]}]</span>"
               if chunk.id in cited else "")
        where = " · ".join(escape_html(p) for p in (chunk.title, chunk.section) if p)
        rows.append(f"<li class='retrieved'><div class='retrieved-title'>{where}{tag}</div>"
                    f"<div class='source-where'>score {hit.score:.3f} · cosine {hit.dense:.3f}"
                    f" · BM25 {hit.lexical:.2f}</div>"
                    f"<div class='retrieved-passage'>{escape_html(chunk.text)}</div></li>")
    return f"<ol class='retrieved-list'>{''.join(rows)}</ol>"


def banner_html(reply: Reply | None) -> str:
    """A red alert above the chat for emergency and crisis replies; empty otherwise."""
    if reply is None or reply.kind not in URGENT_KINDS:
        return ""
    return (f"<div class='urgent-banner' role='alert'><strong>⚠ {URGENT_TITLES[reply.kind]}"
            f"</strong><p>{escape_html(reply.text)}</p></div>")
