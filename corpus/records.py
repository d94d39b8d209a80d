"""The records that flow out of the corpus package: an Article and the Chunks cut from it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

BlockKind = Literal["heading", "text"]
Span = tuple[int, int]


@dataclass(frozen=True)
class Block:
    """One line of a cleaned article: a heading (with its depth) or a line of text."""

    kind: BlockKind
    text: str
    level: int = 0


@dataclass(frozen=True)
class Article:
    """A cleaned article: its metadata and the blocks that survived cleaning."""

    id: str
    title: str
    blocks: tuple[Block, ...]
    path: str = ""
    publisher: str | None = None
    author: str | None = None
    reviewed_by: str | None = None
    url: str | None = None
    date: str | None = None

    @property
    def text(self) -> str:
        """The cleaned article as a person reads it: one block per line."""
        return "\n".join(block.text for block in self.blocks)

    def block_spans(self) -> tuple[Span, ...]:
        """Where each block sits in `text`: `text[start:end] == block.text`, block by block."""
        spans, start = [], 0
        for block in self.blocks:
            spans.append((start, start + len(block.text)))
            start += len(block.text) + 1  # the newline `text` puts between blocks
        return tuple(spans)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["blocks"] = [[b.kind, b.text, b.level] for b in self.blocks]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Article:
        blocks = tuple(Block(kind, text, level) for kind, text, level in data["blocks"])
        return cls(**{**data, "blocks": blocks})


@dataclass(frozen=True)
class Chunk:
    """A citable passage: a few whole sentences of one section of one article.

    `start`/`end` locate `text` in the cleaned article (`article.text[start:end] == text`);
    `sentences` are spans inside `text`, so a quote can be highlighted in its passage.
    """

    id: str
    article_id: str
    title: str
    section: str
    text: str
    start: int
    end: int
    sentences: tuple[Span, ...] = field(default_factory=tuple)

    @property
    def embed_text(self) -> str:
        """What gets embedded and indexed: the passage with its title and section."""
        heading = f"{self.title}. {self.section}." if self.section else f"{self.title}."
        return f"{heading}\n{self.text}"

    def sentence_texts(self) -> list[str]:
        return [self.text[a:b] for a, b in self.sentences]

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["sentences"] = [list(span) for span in self.sentences]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Chunk:
        spans = tuple((int(a), int(b)) for a, b in data["sentences"])
        return cls(**{**data, "sentences": spans})
