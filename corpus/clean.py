"""Decide which lines of a scraped article are article content, and drop the rest.

The rules describe kinds of page boilerplate, never particular sites: link-dense lines,
lines that are not sentences, credit and byline lines, author bios, calls to action, ad
and widget blocks, related-content blocks, footers. Each rule is a small predicate; the
passes run from the line up to the section, and a heading survives only when content
still stands under it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from corpus.markup import Line, read_lines
from corpus.records import Block

PLAIN_HEADING_LEVEL = 3
MAX_HEADING_WORDS = 12
AD_SECTION_MAX_WORDS = 40  # a section that sells something and says less than this goes

_TERMINAL = re.compile(r"[.!?:;)\"'”’]$")
_CREDIT = re.compile(
    r"\b(photo credits?|image credits?|photograph by|photo by|getty images|istock|shutterstock"
    r"|alamy|stock photo|author image|medically reviewed|reviewed by|fact[- ]checked by"
    r"|written by|edited by|last (updated|reviewed)|\d+\s*min(ute)?s? read)\b", re.I)
_BYLINE = re.compile(r"^(by|author|authors|reviewer|reviewed|editor|source|image|photo|credit)s?\b", re.I)
_BIO = re.compile(
    r"\b(has been writing|ha(s|ve) appeared in|her articles|his articles|their articles"
    r"|holds? an? (bachelor|master|doctor|ph\.?d|degree)|(bachelor|master)'?s? (degree|of (science|arts))"
    r"|is a (freelance|certified|registered|professional|contributing) (writer|journalist|editor)"
    r"|years of experience)\b", re.I)
_CTA_PHRASE = re.compile(
    r"\b(sign[ -]?up|subscribe|newsletter|free trial|for free|instant answer|click here"
    r"|download (the|our) app|get started|learn more|read more|shop now|buy now|add to cart"
    r"|join (now|today|us)|book (a|an|your) (appointment|consultation|demo)|one click away)\b", re.I)
_CTA_VERB = re.compile(
    r"^(try|ask|get|sign|subscribe|join|download|submit|click|register|book|start|learn|view"
    r"|see all|read more|discover|explore|shop|buy|follow|share|tweet|pin|print|email)\b", re.I)
_SELF_REFERENCE = re.compile(
    r"\b(this|our) (tool|app|site|website|platform|chatbot|assistant|service)\b"
    r"|\bnot (intended to be |meant to be |meant as |intended as )?an? (substitute|replacement) for"
    r" (professional )?medical advice", re.I)
_FOOTER = re.compile(
    r"(©|\(c\) \d{4}|\bcopyright\b|all rights reserved|privacy policy|terms of (use|service)"
    r"|cookie (policy|settings)|scroll to top|back to top|you'?re all caught up|advertisement"
    r"|sponsored content)", re.I)
_RELATED = re.compile(
    r"^(related|recommended|popular|trending|more from|more on|you may also like|you might also like"
    r"|read next|further reading|see also|more articles|other articles|latest)\b", re.I)
_NAV_HEADING = re.compile(r"^(table of contents|contents|in this article|on this page|jump to|"
                          r"quick links|menu|navigation|skip to content)$", re.I)
_SOCIAL = re.compile(r"^(twitter|facebook|instagram|linkedin|youtube|pinterest|tiktok|whatsapp|reddit"
                     r"|x|share|print|email|tweet|pin it)$", re.I)
_TEASER = re.compile(r"(…|\.\.\.)$")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s*(?=[A-Z])")


def clean_text(raw: str, *, title: str | None = None) -> tuple[Block, ...]:
    """Clean one raw article into headings and lines of content.

    Args:
        raw: the article as collected, plain text or Markdown.
        title: the article's known title; lines repeating it are dropped from the body.
    """
    lines = read_lines(raw)
    keep = [not _line_is_boilerplate(line) for line in lines]
    lines = [_as_plain_heading(line) for line in lines]
    _drop_unintroduced_short_lists(lines, keep)
    _drop_captions(lines, keep)
    if title:
        _drop_title_repeats(lines, keep, title)
    _drop_sections(lines, keep)
    _drop_orphan_headings(lines, keep)
    return tuple(
        Block("heading", line.text, line.level) if line.kind == "heading" else Block("text", line.text)
        for line, kept in zip(lines, keep) if kept
    )


def find_title(raw: str) -> str | None:
    """The article's own title: a leading level-1 heading, or a short first line that heads it."""
    lines = [line for line in read_lines(raw) if line.text and not _line_is_boilerplate(line)]
    for line in lines[:3]:
        if line.kind == "heading" and line.level == 1:
            return line.text
    if lines and _as_plain_heading(lines[0]).kind == "heading" and len(lines) > 1:
        return lines[0].text
    return None


def is_sentence(text: str) -> bool:
    """A line that reads as prose: several words ending like a sentence, or a long run of words."""
    words = text.split()
    return (len(words) >= 5 and bool(_TERMINAL.search(text))) or len(words) >= MAX_HEADING_WORDS


def _line_is_boilerplate(line: Line) -> bool:
    text = line.text
    words = line.words
    if not text:
        return True
    if line.link_share >= 0.6 or (line.links >= 3 and line.link_share >= 0.4):
        return True  # navigation, tables of contents, link cards and tracking frames
    if _FOOTER.search(text) or _SOCIAL.match(text) or _TEASER.search(text) \
            or _NAV_HEADING.match(text):
        return True
    if len(words) <= 15 and (_CREDIT.search(text) or (_BYLINE.match(text) and len(words) <= 3)):
        return True  # bylines, photo credits, reading times
    if _BIO.search(text) or _SELF_REFERENCE.search(text) or _CTA_PHRASE.search(text):
        return True
    sentences = [s for s in _SENTENCE_SPLIT.split(text) if s.strip()]
    if line.kind != "heading" and len(words) <= 25 \
            and any(_CTA_VERB.match(s) and len(s.split()) <= 4 for s in sentences):
        return True  # "Ask a question", "Try it for free", "View all"
    return False


def _looks_like_heading(line: Line) -> bool:
    text, words = line.text, line.words
    if not words or len(words) > 10 or line.kind != "para":
        return False
    if _TERMINAL.search(text) and not text.endswith("?"):
        return False
    if not (text[0].isupper() or text[0] == "“"):
        return False
    alphabetic = sum(1 for w in words if w.strip("?,'’-()").isalpha())
    return alphabetic / len(words) >= 0.7


def _as_plain_heading(line: Line) -> Line:
    if _looks_like_heading(line):
        return replace(line, kind="heading", level=PLAIN_HEADING_LEVEL)
    return line


def _drop_unintroduced_short_lists(lines: Sequence[Line], keep: list[bool]) -> None:
    """Short list items stay only under a sentence that introduces them ("foods such as:")."""
    i = 0
    while i < len(lines):
        if lines[i].kind != "item":
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].kind == "item":
            j += 1
        run = range(i, j)
        previous = next((k for k in range(i - 1, -1, -1) if keep[k]), None)
        introduced = previous is not None and lines[previous].text.endswith(":")
        short = [k for k in run if not is_sentence(lines[k].text)]
        if not introduced and len(short) * 2 >= len(run):
            for k in run:
                keep[k] = False  # a widget or a link list: "Male", "Female", "Gain 1 pound"
        elif not introduced:
            for k in short:
                keep[k] = False
        i = j


def _drop_captions(lines: Sequence[Line], keep: list[bool]) -> None:
    """A line that stands right above a credit line is that picture's caption."""
    for i in range(1, len(lines)):
        if not keep[i] and _CREDIT.search(lines[i].text) and lines[i - 1].kind != "heading":
            if len(lines[i - 1].words) <= 15:
                keep[i - 1] = False


def _drop_title_repeats(lines: Sequence[Line], keep: list[bool], title: str) -> None:
    wanted = _fold(title)
    for i, line in enumerate(lines):
        if _fold(line.text) == wanted:
            keep[i] = False


def _section_end(lines: Sequence[Line], start: int) -> int:
    level = lines[start].level
    for j in range(start + 1, len(lines)):
        if lines[j].kind == "heading" and lines[j].level <= level:
            return j
    return len(lines)


def _drop_sections(lines: Sequence[Line], keep: list[bool]) -> None:
    """Related-content blocks go whole, and so do sections that only sell something."""
    for i, line in enumerate(lines):
        if line.kind != "heading" or (line.level == 1 and i < 3):
            continue
        end = _section_end(lines, i)
        body = range(i + 1, end)
        if _RELATED.match(line.text):
            for k in range(i, end):
                keep[k] = False
            continue
        # a call to action marks a section as an advertisement; links and pictures alone don't
        selling = _CTA_PHRASE.search(line.text) or any(
            not keep[k] and (_CTA_PHRASE.search(lines[k].text) or _CTA_VERB.match(lines[k].text))
            for k in body)
        prose_words = sum(len(lines[k].words) for k in body
                          if keep[k] and lines[k].kind != "heading")
        if selling and prose_words < AD_SECTION_MAX_WORDS:
            for k in range(i, end):
                keep[k] = False


def _drop_orphan_headings(lines: Sequence[Line], keep: list[bool]) -> None:
    """A heading stays only if kept content stands under it; lone non-sentences go too."""
    for i, line in enumerate(lines):
        if keep[i] and line.kind == "para" and not is_sentence(line.text):
            previous = next((k for k in range(i - 1, -1, -1) if keep[k]), None)
            if previous is None or not lines[previous].text.endswith(":"):
                keep[i] = False  # a label, a name or a widget's text, not a sentence
    for i in range(len(lines) - 1, -1, -1):
        if not keep[i] or lines[i].kind != "heading":
            continue
        end = _section_end(lines, i)
        if not any(keep[k] and lines[k].kind != "heading" for k in range(i + 1, end)):
            keep[i] = False


def _fold(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
