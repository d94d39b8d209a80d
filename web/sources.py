"""The sources panel: a card per cited passage, who else says the same, and the articles.

Every piece of article text is escaped (web/render.py decides what is markup).
"""

from __future__ import annotations

from collections.abc import Mapping

from bot import Citation, Reply
from bot.wording import page as wording
from corpus.records import Article
from web.article import article_views, original_link, readable
from web.render import anchor, citation_place, escape_html, highlight, reading_anchor


def sources_html(reply: Reply | None, turn: int = 0, *, latest: bool = True,
                 articles: Mapping[str, Article] | None = None) -> str:
    """The cards of the cited passages of the answer at `turn`, or a line saying why none.

    With `articles` (the corpus, by id), each card links to its passage in the article,
    shown whole below the cards, and agreement is counted out of the corpus's articles.
    """
    if reply is None:
        return f"<p class='sources-empty'>{wording.SOURCES_WAITING}</p>"
    if not reply.citations:
        why = wording.SOURCES_NONE.get(reply.kind, wording.SOURCES_NONE_OTHER)
        return f"<p class='sources-empty'>{why}</p>"
    articles = articles or {}
    heading = ("" if latest else
               f"<p class='sources-for'>{wording.SOURCES_OF.format(turn=turn + 1)}</p>")
    cited = {c.number: c for c in reply.citations}
    cards = "\n".join(_card(citation, turn, cited, articles) for citation in reply.citations)
    return heading + cards + article_views(reply.citations, turn, articles)


def _card(citation: Citation, turn: int, cited: Mapping[int, Citation],
          articles: Mapping[str, Article]) -> str:
    number = citation.number
    where = " · ".join([*(escape_html(part) for part in citation_place(citation, with_title=False)),
                        *filter(None, [original_link(citation.url)])])
    read = ""
    if readable(citation, articles):
        read = (f"<a class='source-read' href='#{reading_anchor(turn, number)}'>"
                f"{wording.READ_IN_ARTICLE.format(number=number)}</a>")
    name = escape_html(f"source {number}, {citation.title}")
    return (f"<article class='source' id='{anchor(turn, number)}' tabindex='-1' "
            f"aria-label='{name}' data-chunk-id='{escape_html(citation.chunk_id)}'>"
            f"<h3 class='source-heading'><span class='source-number'>{number}</span> "
            f"<span class='source-title'>{escape_html(citation.title)}</span></h3>"
            f"<p class='source-where'>{where}</p>"
            f"<blockquote class='source-passage'>{highlight(citation.passage, citation.quote_spans)}"
            f"</blockquote>{_agreement(citation, turn, cited, len(articles))}"
            f"<p class='source-actions'>{read}"
            f"<span class='source-score'>retrieval score {citation.score:.3f}</span></p>"
            f"</article>")


def _agreement(citation: Citation, turn: int, cited: Mapping[int, Citation], total: int) -> str:
    """How many articles say what this one says, and each one's words, when more than one does."""
    others = [cited[n] for n in citation.agrees_with if n in cited]
    count = len({citation.article_id, *(other.article_id for other in others)})
    if count < 2:
        return ""
    said = (wording.AGREEMENT.format(count=count, total=total) if total >= count
            else wording.AGREEMENT_UNCOUNTED.format(count=count))
    wordings = []
    for member in sorted([citation, *others], key=lambda c: c.number):
        name = f"source {member.number}"
        if member is not citation:
            name = f"<a href='#{anchor(turn, member.number)}'>{name}</a>"
        wordings.append(f"<li>{name}, {escape_html(member.title)}: "
                        f"<q>{escape_html(member.quote)}</q></li>")
    return (f"<details class='source-agree'><summary>{said}</summary>"
            f"<p>{wording.AGREEMENT_WORDING}</p><ol>{''.join(wordings)}</ol></details>")
