"""The records the bot hands to the page and the command line."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from corpus.records import Span
from index.records import Hit

ReplyKind = Literal["answer", "no_answer", "out_of_scope", "smalltalk", "emergency", "crisis",
                    "see_doctor", "dosing", "invalid_input"]
REPLY_KINDS: tuple[str, ...] = ("answer", "no_answer", "out_of_scope", "smalltalk", "emergency",
                                "crisis", "see_doctor", "dosing", "invalid_input")
Role = Literal["user", "assistant"]
GAP = " … "  # between quoted sentences that are not next to each other in their passage


def quote_text(text: str, spans: tuple[Span, ...] | list[Span]) -> str:
    """The quoted parts of `text`, in order: neighbours joined by a space, sentences with
    something left out between them by " … ", so no quote runs apart sentences together."""
    parts: list[str] = []
    end = None
    for a, b in sorted(spans):
        if parts:
            parts.append(" " if not text[end:a].strip() else GAP)
        parts.append(text[a:b])
        end = b
    return "".join(parts)


@dataclass(frozen=True)
class Turn:
    """One earlier message of the conversation."""

    role: Role
    content: str


@dataclass(frozen=True)
class Citation:
    """A quoted passage: `quote` is a verbatim part of `passage`, at `quote_spans`.

    `passage_start` places the passage in its cleaned article's text (None when unknown), so
    the quote can be read in its article; `agrees_with` numbers the other citations quoted
    for the same statement (other articles saying the same thing).
    """

    number: int
    chunk_id: str
    article_id: str
    title: str
    section: str
    passage: str
    quote: str
    quote_spans: tuple[Span, ...]
    score: float
    publisher: str | None = None
    url: str | None = None
    passage_start: int | None = None
    agrees_with: tuple[int, ...] = ()

    @property
    def article_spans(self) -> tuple[Span, ...]:
        """The quote's spans in the cleaned article's text; empty when the passage is unplaced."""
        if self.passage_start is None:
            return ()
        return tuple((self.passage_start + a, self.passage_start + b) for a, b in self.quote_spans)

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number, "title": self.title, "source": self.article_id,
            "publisher": self.publisher, "url": self.url, "section": self.section,
            "chunk_id": self.chunk_id, "passage": self.passage, "quote": self.quote,
            "quote_spans": [list(span) for span in self.quote_spans],
            "passage_start": self.passage_start,
            "article_spans": [list(span) for span in self.article_spans],
            "agrees_with": list(self.agrees_with),
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class Reply:
    """What the bot says: its kind, the text, the citations behind it, what it retrieved."""

    kind: ReplyKind
    text: str
    citations: tuple[Citation, ...] = ()
    retrieved: tuple[Hit, ...] = ()
    notes: tuple[str, ...] = field(default=(), compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "answer": self.text,
            "citations": [c.to_json() for c in self.citations],
            "retrieved": [retrieved_json(hit) for hit in self.retrieved],
        }


def retrieved_json(hit: Hit) -> dict[str, Any]:
    chunk = hit.chunk
    return {"title": chunk.title, "source": chunk.article_id, "section": chunk.section,
            "chunk_id": chunk.id, "passage": chunk.text, "score": round(hit.score, 4)}
