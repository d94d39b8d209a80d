"""Frame sentences quoted from the retrieved passages into a short, cited answer."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bot.records import Citation, Reply
from index.records import Hit
from index.store import IndexStore

SAFETY_NET = ("This is general information from the articles, not a diagnosis. If a cramp is "
              "severe, keeps coming back or comes with swelling, numbness or weakness, see a doctor.")


NOT_COVERED = ("The articles I answer from do not cover that, so I can't say. I can tell you "
               "what a hamstring cramp is, how to stretch or massage it, when to use heat or "
               "ice, what causes cramps, how to prevent them and when to see a doctor.")


@dataclass(frozen=True)
class AnswerConfig:
    max_points: int = 3
    min_sentence_cosine: float = 0.25
    min_relevance: float = 0.35  # best passage cosine below this: the articles do not cover it


@dataclass(frozen=True)
class Point:
    """One quoted statement and the hit it comes from."""

    hit: Hit
    spans: tuple[tuple[int, int], ...]  # sentence spans inside the passage
    score: float


def choose_points(query_vector: np.ndarray, hits: list[Hit], store: IndexStore,
                  config: AnswerConfig = AnswerConfig()) -> list[Point]:
    """The best sentence of each of the best passages, one point per passage."""
    points: list[Point] = []
    for hit in hits:
        if len(points) >= config.max_points:
            break
        rows = store.sentence_rows(hit.chunk)
        if not len(rows):
            continue
        scores = rows @ query_vector
        best = int(np.argmax(scores))
        if float(scores[best]) < config.min_sentence_cosine:
            continue
        points.append(Point(hit, (hit.chunk.sentences[best],), float(scores[best])))
    return points


def cite(points: list[Point], store: IndexStore) -> tuple[str, tuple[Citation, ...]]:
    """Numbered bullets of quotes, and one citation per passage quoted, in order of use."""
    citations: list[Citation] = []
    numbers: dict[str, int] = {}
    lines = []
    for point in points:
        chunk = point.hit.chunk
        if chunk.id not in numbers:
            numbers[chunk.id] = len(citations) + 1
            article = store.articles.get(chunk.article_id)
            quote = " ".join(chunk.text[a:b] for a, b in point.spans)
            citations.append(Citation(
                number=numbers[chunk.id], chunk_id=chunk.id, article_id=chunk.article_id,
                title=chunk.title, section=chunk.section, passage=chunk.text, quote=quote,
                quote_spans=point.spans, score=point.hit.score,
                publisher=article.publisher if article else None,
                url=article.url if article else None,
            ))
        quote = " ".join(chunk.text[a:b] for a, b in point.spans)
        lines.append(f"- {quote} [{numbers[chunk.id]}]")
    return "\n".join(lines), tuple(citations)


def compose_answer(message: str, query_vector: np.ndarray, hits: list[Hit], store: IndexStore,
                   config: AnswerConfig = AnswerConfig()) -> Reply:
    """The answerer's own routes: a cited answer, or a plain "not covered"."""
    best = max((hit.dense for hit in hits), default=0.0)
    points = choose_points(query_vector, hits, store, config) if best >= config.min_relevance else []
    if not points:
        return Reply("no_answer", NOT_COVERED, retrieved=tuple(hits))
    body, citations = cite(points, store)
    text = f"Here is what the articles say:\n\n{body}\n\n{SAFETY_NET}"
    return Reply("answer", text, citations, tuple(hits))
