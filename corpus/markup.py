"""Turn raw article text (plain text or Markdown as scraped) into typed lines.

This step only reads the markup: it drops images and tracking frames, keeps the words of
links while remembering how much of each line was link text, and notes headings, list
items and bold-only lines. Deciding what is boilerplate is `clean.py`'s job.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Literal

LineKind = Literal["heading", "item", "para"]

# Link text is wrapped in these two private-use markers while the lines are read, so that
# a link spanning several lines (a card of teaser text) is still known as link text.
_LINK_OPEN, _LINK_CLOSE = "\ue000", "\ue001"

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_BARE_URL = re.compile(r"(?:https?://|www\.)\S+")
_HTML_FRAME = re.compile(r"<(iframe|script|style|noscript)\b.*?(</\1>|/>)", re.I | re.S)
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_FRAME_WORDS = {"iframe", "frame", "pixel", "tracking"}
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_HARD_BREAK = re.compile(r"\\$")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)([^*]+?)\*(?!\w)")
_MD_HEADING = re.compile(r"^(?:#{1,6}\s*)+")
_BULLET = re.compile(r"^(?:[-*+•·▪◦‣]|\d{1,2}[.)])\s+")
_STEP = re.compile(r"^step\s+\d{1,2}\b\.?:?$", re.I)
_BOLD_ONLY = re.compile(r"^(\*\*|__)(.+)\1:?$")


@dataclass(frozen=True)
class Line:
    """One non-empty line of an article, with what its markup said about it."""

    kind: LineKind
    text: str
    level: int = 0  # heading depth: 1-6 for Markdown, 5 for bold-only, 3 for plain lines
    indent: int = 0
    link_share: float = 0.0  # share of the line's characters that were link text
    links: int = 0
    images: int = 0
    bold: bool = False
    index: int = 0  # position in the article, for the rules that look at neighbours

    @property
    def words(self) -> list[str]:
        return self.text.split()


def _drop_frames(match: re.Match[str]) -> str:
    words = match.group(1).strip().lower()
    return "" if words in _FRAME_WORDS or not words else f"{_LINK_OPEN}{match.group(1)}{_LINK_CLOSE}"


def normalise_raw(raw: str) -> str:
    """Unicode and whitespace normalisation that keeps every visible character."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return text.replace(_LINK_OPEN, "").replace(_LINK_CLOSE, "")


def read_lines(raw: str) -> list[Line]:
    """Read raw text into typed lines; images, frames and link targets are gone."""
    text = normalise_raw(raw)
    text = _HTML_FRAME.sub("", text)
    images_by_line = [len(_IMAGE.findall(line)) for line in text.split("\n")]
    text = _IMAGE.sub("", text)
    text = _LINK.sub(_drop_frames, text)
    text = _HTML_TAG.sub("", text)

    lines: list[Line] = []
    in_link = False
    for number, raw_line in enumerate(text.split("\n")):
        link_chars, plain_chars, links = 0, 0, 0
        visible = []
        for char in raw_line:
            if char == _LINK_OPEN:
                in_link, links = True, links + 1
            elif char == _LINK_CLOSE:
                in_link = False
            else:
                visible.append(char)
                if not char.isspace():
                    if in_link:
                        link_chars += 1
                    else:
                        plain_chars += 1
        if in_link and not links:
            links = 1
        line = _parse_line("".join(visible), link_chars, plain_chars, links,
                           images_by_line[number] if number < len(images_by_line) else 0)
        if line is not None:
            lines.append(replace(line, index=len(lines)))
    return lines


def _parse_line(text: str, link_chars: int, plain_chars: int, links: int,
                images: int) -> Line | None:
    bare_urls = _BARE_URL.findall(text)
    url_chars = sum(len(u) for u in bare_urls)
    text = _BARE_URL.sub("", text)
    indent = len(text) - len(text.lstrip(" \t"))
    text = _HARD_BREAK.sub("", text.strip())
    text = _ESCAPE.sub(r"\1", text).strip()
    total = link_chars + plain_chars
    link_share = (link_chars + url_chars) / max(total, 1) if total else (1.0 if links else 0.0)
    links += len(bare_urls)
    if not text or not any(ch.isalnum() for ch in text):
        if links or images:
            # an image or a link with no words left: keep a trace so a section knows it had one
            return Line("para", "", indent=indent, link_share=1.0, links=links, images=images)
        return None

    kind: LineKind = "para"
    level = 0
    bold = False
    heading = _MD_HEADING.match(text)
    if heading:
        kind, level = "heading", min(len(heading.group(0).strip().split()[0]), 6)
        text = _MD_HEADING.sub("", text).strip()
        # a heading written as "### ### Question?" after unescaping keeps only its words
        text = _MD_HEADING.sub("", text).strip()
        level = max(level, 1)
    elif _BOLD_ONLY.match(text) and len(text) < 120:
        kind, level, bold = "heading", 5, True
        text = _BOLD_ONLY.match(text).group(2).strip()
    else:
        bullet = _BULLET.match(text)
        if bullet and not _STEP.match(text):
            kind = "item"
            text = text[bullet.end():].strip()
    text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or "", text)
    text = text.replace("**", "").replace("__", "")
    text = re.sub(r"\s+", " ", text).strip().rstrip(":").strip() if kind == "heading" \
        else re.sub(r"[ \t]+", " ", text).strip()
    if kind == "para" and _STEP.match(text):
        kind, level = "heading", 3
        text = text.rstrip(".:")
    if not text:
        return None
    return Line(kind, text, level=level, indent=indent, link_share=link_share,
                links=links, images=images, bold=bold)
