"""Answers judged sentence by sentence against relevance labels (qrels).

The format is `../shared/eval/dev_qrels.jsonl`'s: per question, the `relevant` sentences
(they answer it) and the `acceptable` ones (on point: context or a needed caveat); every
other sentence of the articles is off. An answer's quoted lines (each line carrying a
`[n]` marker, with the template words before a colon and the markers taken off) are split
into sentences; a sentence matches a label when one normalised text holds the other.

Figures per set: precision (relevant / quoted, and relevant-or-acceptable / quoted), the
share of answers whose first quoted line holds a relevant sentence, the share of
answerable questions with a relevant sentence quoted, the quoted lines with nothing on
point, the answers given to unanswerable questions, and passage recall (a retrieved
passage is relevant when it holds a relevant sentence).

Every set that anything is tuned on keeps a held-out part, chosen once by a hash of the
question id (`held_out`), and the figures are reported for both parts apart.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.chatbot import Chatbot
from bot.jsonl import read_json_lines
from bot.records import Reply
from corpus.sentences import split_sentences
from evaluation.scoring.metrics import mean, match_text, recall_at, reciprocal_rank
from evaluation.paths import DATA

DEFAULT_QRELS = DATA / "questions_qrels.jsonl"

_MARKER = re.compile(r"\s*\[\d+\]")
_JOINED = re.compile(r"\s+…\s+")  # sentences not adjacent in the passage are quoted apart
_LEAD_IN = re.compile(r"^(?:[-*•]\s*)?(?:[A-Z][^:\[\]]{0,60}:\s+)?")  # "- " and "When to see a doctor: "
HELD_OUT_SHARE = 3  # one question in three is held out


@dataclass(frozen=True)
class Labels:
    """Which sentences answer one question, and which are on point without answering it."""

    id: str
    question: str
    answerable: bool
    relevant: tuple[str, ...]
    acceptable: tuple[str, ...]
    history: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class Judged:
    """One reply judged: its quoted lines, each a tuple of sentence verdicts."""

    id: str
    kind: str
    lines: tuple[tuple[str, ...], ...]  # per quoted line, per sentence: relevant|acceptable|off
    passages_relevant: tuple[bool, ...]  # per retrieved passage, in rank order


@dataclass(frozen=True)
class SentenceReport:
    """The sentence-level figures of one set (or one part of it)."""

    questions: int
    answerable: int
    answers: int  # replies of kind "answer"
    quoted_sentences: int
    precision_relevant: float  # relevant / quoted
    precision_on_point: float  # (relevant + acceptable) / quoted: the one the targets use
    lead_relevant: float  # answers whose first quoted line holds a relevant sentence
    answered_right: float  # answerable questions with a relevant sentence quoted
    off_topic_lines: int  # quoted lines with no relevant or acceptable sentence
    unanswerable_answered: int  # "answer" replies to questions no sentence answers
    passage_recall_at_3: float
    passage_mrr_at_10: float
    misses: tuple[str, ...]  # ids answered without a relevant sentence, or led by an off one


def held_out(question_id: str) -> bool:
    """Whether a question belongs to the held-out part: fixed by its id alone."""
    digest = hashlib.sha256(question_id.encode("utf-8")).digest()
    return digest[0] % HELD_OUT_SHARE == 0


def load_labels(path: Path, histories: Mapping[str, tuple] | None = None) -> list[Labels]:
    """The labels of `path`, with each question's history from `histories` (by id) when the
    labels do not carry it."""
    history = histories or {}
    return [Labels(str(row["id"]), row["question"], bool(row.get("answerable", True)),
                   tuple(row.get("relevant") or ()), tuple(row.get("acceptable") or ()),
                   tuple(row.get("history") or ()) or history.get(str(row["id"]), ()))
            for row in read_json_lines(path, ("id", "question", "relevant"))]


def quoted_lines(text: str) -> list[list[str]]:
    """The sentences of each quoted line of an answer (a line with a [n] marker)."""
    lines = []
    for line in text.splitlines():
        if not _MARKER.search(line):
            continue
        body = _LEAD_IN.sub("", _MARKER.sub("", line).strip(), count=1)
        sentences = [part[a:b] for part in _JOINED.split(body)
                     for a, b in split_sentences(part)] if body else []
        lines.append([s for s in sentences if s.strip()])
    return lines


def verdict(sentence: str, labels: Labels) -> str:
    """relevant, acceptable or off: the sentence and a label, normalised, hold one another."""
    said = match_text(sentence)
    if not said:
        return "off"
    for name, group in (("relevant", labels.relevant), ("acceptable", labels.acceptable)):
        if any(_holds(said, match_text(label)) for label in group):
            return name
    return "off"


def judge(reply: Reply, labels: Labels) -> Judged:
    lines = tuple(tuple(verdict(s, labels) for s in line) for line in quoted_lines(reply.text))
    relevant = [match_text(s) for s in labels.relevant]
    passages = tuple(any(_holds(match_text(hit.chunk.text), r) for r in relevant if r)
                     for hit in reply.retrieved)
    return Judged(labels.id, reply.kind, lines, passages)


def summarise(judged: Sequence[Judged], labels: Sequence[Labels]) -> SentenceReport:
    by_id = {label.id: label for label in labels}
    verdicts = [v for j in judged for line in j.lines for v in line]
    answers = [j for j in judged if j.kind == "answer"]
    answerable = [j for j in judged if by_id[j.id].answerable]
    quoted_any = [j for j in answers if j.lines]
    misses = tuple(j.id for j in answerable
                   if not _any_relevant(j) or (j.lines and "relevant" not in j.lines[0]))
    return SentenceReport(
        questions=len(judged),
        answerable=len(answerable),
        answers=len(answers),
        quoted_sentences=len(verdicts),
        precision_relevant=_share(verdicts.count("relevant"), len(verdicts)),
        precision_on_point=_share(len(verdicts) - verdicts.count("off"), len(verdicts)),
        lead_relevant=mean("relevant" in j.lines[0] for j in quoted_any) if quoted_any else 0.0,
        answered_right=mean(_any_relevant(j) for j in answerable) if answerable else 0.0,
        off_topic_lines=sum(all(v == "off" for v in line) for j in judged for line in j.lines),
        unanswerable_answered=sum(j.kind == "answer" for j in judged
                                  if not by_id[j.id].answerable),
        passage_recall_at_3=mean(recall_at(j.passages_relevant, 3) for j in answerable)
        if answerable else 0.0,
        passage_mrr_at_10=mean(reciprocal_rank(j.passages_relevant, 10) for j in answerable)
        if answerable else 0.0,
        misses=misses)


def evaluate_sentences(chatbot: Chatbot, labels: Sequence[Labels], *,
                       split: bool = True) -> dict[str, SentenceReport]:
    """The figures over all questions, and (with `split`) over the tuning and held-out parts."""
    judged = [judge(chatbot.reply(label.question, list(label.history)), label)
              for label in labels]
    parts = {"all": judged}
    if split:
        parts["tuning"] = [j for j in judged if not held_out(j.id)]
        parts["held_out"] = [j for j in judged if held_out(j.id)]
    return {name: summarise(rows, labels) for name, rows in parts.items() if rows}


def _any_relevant(judged: Judged) -> bool:
    return any("relevant" in line for line in judged.lines)


def _holds(a: str, b: str) -> bool:
    return bool(a and b) and (a in b or b in a)


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0
