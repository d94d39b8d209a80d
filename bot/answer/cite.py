"""Number the quoted passages and lay the quotes out with their markers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from bot.wording import answers as wording
from bot.records import Citation, quote_text
from corpus.records import Chunk, Span
from index.records import Hit
from index.store import IndexStore

SHORT_WORDS = 5  # a sentence shorter than this is a fragment of a list or of a step
LIST_ITEM_WORDS = 10  # an item of a list this short ("Low sodium levels.") needs its lead-in
MAX_LEAN = 3  # how far back a quote reaches for what its first sentence leans on
# A sentence opening with one of these leans on the one before it; quote both.
LEANS_BACK = re.compile(r"^(this|these|that|those|it|they|them|however|if (this|that|so)\b|likewise"
                        r"|in these situations|in this same"
                        r"|in this position|then|hold (the|this) (position|stretch))\b", re.I)


@dataclass(frozen=True)
class Point:
    """One statement of an answer: sentences quoted from one passage, and the same statement
    in other articles' words (`agree`), which it cites too."""

    hit: Hit
    spans: tuple[Span, ...]
    score: float
    agree: tuple[tuple[Hit, Span], ...] = ()

    @cached_property  # read a dozen times while an answer is put together
    def text(self) -> str:
        return quote_text(self.hit.chunk.text, self.spans)

    def extend(self, spans: tuple[Span, ...]) -> Point:
        merged = tuple(sorted(set(self.spans) | set(spans)))
        return Point(self.hit, merged, self.score, self.agree)

    def agreeing(self, hit: Hit, span: Span) -> Point:
        if hit.chunk.id == self.hit.chunk.id or any(h.chunk.id == hit.chunk.id for h, _ in self.agree):
            return self
        return Point(self.hit, self.spans, self.score, (*self.agree, (hit, span)))


def cite(lead: str, points: list[Point], extras: list[tuple[str, Point]],
         store: IndexStore) -> tuple[str, tuple[Citation, ...]]:
    """The answer text and its citations, numbered in order of first appearance.

    A passage quoted twice keeps one number; a citation lists every sentence quoted from it.
    """
    numbers: dict[str, int] = {}
    quoted: dict[str, tuple[Hit, list[Span]]] = {}
    agree: dict[int, set[int]] = {}  # a number -> the others cited for the same statement

    def mark(hit: Hit, spans: tuple[Span, ...]) -> int:
        chunk_id = hit.chunk.id
        if chunk_id not in numbers:
            numbers[chunk_id] = len(numbers) + 1
            quoted[chunk_id] = (hit, [])
        quoted[chunk_id][1].extend(s for s in spans if s not in quoted[chunk_id][1])
        return numbers[chunk_id]

    lines = []
    for point in points:
        cited = [mark(point.hit, point.spans), *(mark(hit, (span,)) for hit, span in point.agree)]
        for number in cited:
            agree.setdefault(number, set()).update(n for n in cited if n != number)
        lines.append(f"- {point.text} {''.join(f'[{n}]' for n in cited)}")
    tail = [f"{label} {point.text} [{mark(point.hit, point.spans)}]" for label, point in extras]
    parts = [lead, "\n".join(lines), *tail, wording.SAFETY_NET]
    citations = tuple(_citation(numbers[cid], hit, sorted(spans), store,
                                agrees_with=tuple(sorted(agree.get(numbers[cid], ()))))
                      for cid, (hit, spans) in quoted.items())
    return "\n\n".join(parts), citations


def _citation(number: int, hit: Hit, spans: list[Span], store: IndexStore, *,
              agrees_with: tuple[int, ...]) -> Citation:
    chunk = hit.chunk
    article = store.articles.get(chunk.article_id)
    return Citation(
        number=number, chunk_id=chunk.id, article_id=chunk.article_id, title=chunk.title,
        section=chunk.section, passage=chunk.text,
        quote=quote_text(chunk.text, spans), quote_spans=tuple(spans),
        score=hit.score, publisher=article.publisher if article else None,
        url=article.url if article else None, passage_start=chunk.start,
        agrees_with=agrees_with,
    )


def _list_item(chunk: Chunk, j: int) -> bool:
    """Sentence `j` could be an item of a list: short, or a line of its own."""
    a, b = chunk.sentences[j]
    if len(chunk.text[a:b].split()) < LIST_ITEM_WORDS:
        return True
    before, after = chunk.text[:a].rstrip(" "), chunk.text[b:].lstrip(" ")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def quote_spans(chunk: Chunk, i: int) -> tuple[Span, ...]:
    """Sentence `i` with what it needs to be read on its own.

    One opening with "This" or "However" comes with the sentence before it; a short item of
    a list ("Low carbohydrate levels.") with the lead-in of its list; another fragment
    ("Repeat 2-3 times.") with the sentence before it, or else the one after.
    """
    texts = chunk.sentence_texts()
    indexes = {i}
    size = len(texts[i].split())
    lead = next((j for j in range(i - 1, -1, -1) if texts[j].endswith(":")), None)
    # the lead-in of this sentence's own list: only items of that list may stand between
    if lead is not None and not all(_list_item(chunk, j) for j in range(lead + 1, i)):
        lead = None
    if lead is not None and size < LIST_ITEM_WORDS:
        indexes.add(lead)
    elif size < SHORT_WORDS:
        if i > 0:
            indexes.add(i - 1)
        elif i + 1 < len(texts) and not texts[i + 1].endswith(":"):
            indexes.add(i + 1)
    first = min(indexes)
    while first > 0 and LEANS_BACK.match(texts[first]) and i - first < MAX_LEAN:
        first -= 1
        indexes.add(first)
    return tuple(chunk.sentences[j] for j in sorted(indexes))
