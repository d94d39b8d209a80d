"""Cut a cleaned article into sections, and sections into citable passages."""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass

from corpus.records import Article, Chunk, Span
from corpus.sentences import split_sentences

INTRO_SECTION = "Introduction"
SECTION_SEPARATOR = " › "


@dataclass(frozen=True)
class ChunkConfig:
    """How passages are cut. 600 characters stay well inside the model's 256-token window."""

    max_chars: int = 600

    def __post_init__(self) -> None:
        if self.max_chars < 80:
            raise ValueError(f"max_chars must be at least 80 (got max_chars={self.max_chars})")


@dataclass(frozen=True)
class Section:
    """The text lines under one heading path, as spans of the cleaned article."""

    path: str
    lines: tuple[Span, ...]


def split_sections(article: Article) -> list[Section]:
    """Group an article's lines by the heading path above them."""
    sections: list[Section] = []
    path: list[tuple[int, str]] = []
    lines: list[Span] = []

    def close() -> None:
        if lines:
            name = SECTION_SEPARATOR.join(text for _, text in path) or INTRO_SECTION
            sections.append(Section(name, tuple(lines)))

    for block, span in zip(article.blocks, article.block_spans()):
        if block.kind == "heading":
            close()
            lines = []
            path = [(level, text) for level, text in path if level < block.level]
            path.append((block.level, block.text))
        else:
            lines.append(span)
    close()
    return sections


def chunk_article(article: Article, config: ChunkConfig = ChunkConfig()) -> list[Chunk]:
    """Passages of whole sentences, never crossing a section, each under `max_chars`.

    Short lines of one section (list items) are packed together; a long paragraph is cut
    into sentence groups of about equal length, so no passage is a lonely tail.
    """
    text = article.text
    chunks: list[Chunk] = []
    for section in split_sections(article):
        for group in _pack(text, section.lines, config.max_chars):
            start, end = group[0][0], group[-1][1]
            passage = text[start:end]
            sentences = tuple((a - start, b - start) for a, b in group)
            digest = hashlib.sha1(f"{start}:{passage}".encode()).hexdigest()[:10]
            chunks.append(Chunk(
                id=f"{article.id}#{digest}", article_id=article.id, title=article.title,
                section=section.path, text=passage, start=start, end=end, sentences=sentences,
            ))
    return chunks


def _pack(text: str, lines: tuple[Span, ...], max_chars: int) -> list[list[Span]]:
    """Group sentence spans: whole lines while they fit, balanced cuts inside long lines."""
    units: list[list[Span]] = []
    for line_start, line_end in lines:
        sentences = [(line_start + a, line_start + b)
                     for a, b in split_sentences(text[line_start:line_end])]
        if not sentences:
            continue
        if line_end - line_start <= max_chars:
            units.append(sentences)
        else:
            units.extend(_balanced(sentences, max_chars))
    groups: list[list[Span]] = []
    for unit in units:
        if groups and unit[-1][1] - groups[-1][0][0] <= max_chars:
            groups[-1].extend(unit)
        else:
            groups.append(list(unit))
    return groups


def _balanced(sentences: list[Span], max_chars: int) -> list[list[Span]]:
    length = sentences[-1][1] - sentences[0][0]
    target = length / math.ceil(length / max_chars)
    pieces: list[list[Span]] = [[]]
    for span in sentences:
        current = pieces[-1]
        if current and (span[1] - current[0][0] > max_chars
                        or span[0] - current[0][0] >= target):
            pieces.append([])
        pieces[-1].append(span)
    return pieces
