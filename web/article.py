"""A cited article read whole: its cleaned text with every quote marked, for the page and the API.

The text is the one the bot indexed (never the raw page), so a citation's spans place its
quote exactly; a reader jumps to a passage, reads around it, and links back to its card.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from bot import Citation
from bot.wording import page as wording
from corpus.records import Article
from web.render import anchor, escape_html, highlight, reading_anchor

# The sources panel is under an h2, a card or an article view an h3: sections start at h4.
FIRST_SECTION_LEVEL = 4


def article_json(article: Article) -> dict[str, Any]:
    """An article as the API returns it: its metadata, text, and blocks with their spans."""
    return {
        "id": article.id, "title": article.title, "publisher": article.publisher,
        "author": article.author, "reviewed_by": article.reviewed_by, "url": article.url,
        "date": article.date, "text": article.text,
        "blocks": [{"kind": block.kind, "level": block.level, "text": block.text,
                    "start": start, "end": end}
                   for block, (start, end) in zip(article.blocks, article.block_spans())],
    }


def readable(citation: Citation, articles: Mapping[str, Article]) -> bool:
    """Whether the citation's passage can be shown in its article."""
    return citation.passage_start is not None and citation.article_id in articles


def article_views(citations: Iterable[Citation], turn: int,
                  articles: Mapping[str, Article]) -> str:
    """One hidden view per cited article, shown while the address points into it."""
    cited: dict[str, list[Citation]] = {}
    for citation in citations:
        if readable(citation, articles):
            cited.setdefault(citation.article_id, []).append(citation)
    return "".join(article_view(articles[article_id], quoted, turn)
                   for article_id, quoted in cited.items())


def article_view(article: Article, citations: list[Citation], turn: int) -> str:
    """The article with each citation's passage tagged where it starts and linked back to
    its card where it ends, and every quoted sentence marked."""
    first = citations[0].number
    title_id = f"article-{turn + 1}-{first}"
    back = (f"<a class='article-back' href='#{anchor(turn, first)}'>"
            f"<span aria-hidden='true'>← </span>{wording.BACK_TO_SOURCES}</a>")
    marks = [span for citation in citations for span in citation.article_spans]
    inserts: dict[int, list[str]] = {}
    passages = []
    for citation in citations:
        start = citation.passage_start
        end = start + len(citation.passage)
        passages.append((start, end))
        inserts.setdefault(start, []).append(
            f"<span class='passage-tag' id='{reading_anchor(turn, citation.number)}' "
            f"tabindex='-1'>{wording.PASSAGE_TAG.format(number=citation.number)}</span> ")
        inserts.setdefault(end, []).append(
            f" <a class='passage-back' href='#{anchor(turn, citation.number)}'>"
            f"{wording.BACK_TO_SOURCE.format(number=citation.number)}</a>")
    body = []
    depths: list[int] = []  # the levels of the headings above, to nest h4, h5, h6 in order
    for block, (start, end) in zip(article.blocks, article.block_spans()):
        if block.kind == "heading":
            depths = [level for level in depths if level < block.level] + [block.level]
            tag = f"h{min(FIRST_SECTION_LEVEL + len(depths) - 1, 6)}"
            body.append(f"<{tag} class='article-heading'>{escape_html(block.text)}</{tag}>")
            continue
        quoted = any(a < end and start < b for a, b in passages)
        opening = "<p class='in-passage'>" if quoted else "<p>"
        body.append(f"{opening}{_line_html(block.text, start, marks, inserts)}</p>")
    return (f"<section class='article-view' aria-labelledby='{title_id}'>"
            f"<div class='article-bar'>{back} <span class='article-bar-title'>"
            f"{escape_html(article.title)}</span></div>"
            f"<h3 class='article-title' id='{title_id}'>{escape_html(article.title)}</h3>"
            f"<p class='article-meta'>{_meta(article)}</p>"
            f"<div class='article-text'>{''.join(body)}</div>"
            f"<p class='article-end'>{back}</p></section>")


def _line_html(text: str, start: int, marks: list[tuple[int, int]],
               inserts: dict[int, list[str]]) -> str:
    """One line of the article at `start`, its quotes marked and the tags inserted in place."""
    end = start + len(text)
    pieces, last = [], start
    for cut in sorted(p for p in inserts if start <= p <= end):
        piece = text[last - start:cut - start]
        pieces += [highlight(piece, [(a - last, b - last) for a, b in marks]), *inserts[cut]]
        last = cut
    pieces.append(highlight(text[last - start:], [(a - last, b - last) for a, b in marks]))
    return "".join(pieces)


def _meta(article: Article) -> str:
    parts = [article.publisher,
             article.author and wording.ARTICLE_BY.format(author=article.author),
             article.reviewed_by and wording.ARTICLE_REVIEWED.format(reviewer=article.reviewed_by),
             article.date]
    return " · ".join([*(escape_html(part) for part in parts if part),
                       *filter(None, [original_link(article.url)])])


def original_link(url: str | None) -> str:
    """A plain link to the article's web page, or "" unless the address is one: only the
    address is shown, nothing from the article's site is fetched by the page."""
    if not url or not url.startswith(("https://", "http://")):
        return ""
    return (f"<a href='{escape_html(url)}' target='_blank' rel='noopener noreferrer nofollow' "
            f"referrerpolicy='no-referrer'>original</a>")
