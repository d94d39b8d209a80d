"""The sentences an answer may quote: described once per passage, scored for each question.

Whether a sentence can stand as a point (not a lead-in, a heading-like question, a doubt
or the article talking about itself), what it must be quoted with to be read on its own,
its stems and how much it is about "hamstring cramps" in general do not depend on the
question, so they are worked out once per passage; a question only adds the cosines and
the word overlap.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from bot.answer.cite import SHORT_WORDS, quote_spans
from bot.answer.config import AnswerConfig
from corpus.records import Chunk, Span
from index.records import Hit
from index.store import IndexStore
from index.text import tokenize


NUMBER_BONUS = 0.1  # a how-long question wants the sentence with the number
RANK_STEP = 0.02  # a sentence of a lower-ranked passage counts a little less
NUMBER = re.compile(r"\b\d+(\s*(-|to)\s*\d+)?\s*(seconds?|minutes?|hours?|days?|times|glasses)\b", re.I)
ABOUT_ITSELF = re.compile(r"\b(this|the) (article|guide|post|page)\b", re.I)
HEDGE = re.compile(r"(n[’']t|\bnot) enough evidence|\bno (good |clear )?evidence"
                   r"|\bnot (yet )?been (successfully )?determined|\b(unclear|disputed|debated)\b", re.I)
MIN_PREFIX = 4  # stems this long that start alike are one word ("sprinter", "sprint"; "carb", "carbohydr")
KNOWN_MEMO = 10_000  # question stems remembered; past this the memo starts again (bounded memory)


@dataclass(frozen=True)
class Quotable:
    """What a sentence needs to be quoted, independent of the question."""

    index: int  # of the sentence in its passage
    spans: tuple[Span, ...]  # the sentence, with what it needs to be read on its own
    indexes: tuple[int, ...]  # of the sentences in `spans`
    stems: frozenset[str]  # of every sentence quoted with it
    short: bool  # a fragment ("Repeat 2-3 times.") that means what it means with its neighbour
    has_number: bool
    topicality: float  # its cosine with "hamstring cramps"
    vector: np.ndarray  # its row of the index's sentence vectors
    weight: float  # of its stems, for `SentenceTable.new_share`


class Candidate(NamedTuple):
    """A sentence of a retrieved passage, scored as a possible point of the answer.

    A named tuple, not a frozen dataclass: some twenty are made for every question, and a
    frozen dataclass's __init__ costs several times as much.
    """

    score: float
    hit: Hit
    sentence: Quotable

    @property
    def index(self) -> int:  # of the sentence in its passage
        return self.sentence.index

    @property
    def vector(self) -> np.ndarray:
        return self.sentence.vector

    @property
    def stems(self) -> frozenset[str]:  # of every sentence quoted with it
        return self.sentence.stems

    @property
    def spans(self) -> tuple[Span, ...]:  # the sentence, with what it needs to be read on its own
        return self.sentence.spans


class SentenceTable:
    """Every sentence of the index: its stems, their weights, and its quotable form."""

    def __init__(self, store: IndexStore, topic: np.ndarray) -> None:
        self.store = store
        self.topic = topic
        self.stems = {(c.id, i): frozenset(tokenize(text))
                      for c in store.chunks for i, text in enumerate(c.sentence_texts())}
        self.weights = stem_weights(self.stems.values())
        # for `known_stems`: the longer stems in order, to find those a new word starts
        self._sorted = sorted(s for s in self.weights if len(s) >= MIN_PREFIX)
        self._order = {s: i for i, s in enumerate(self.weights)}
        self._quotable: dict[str, list[Quotable]] = {}
        self._known: dict[str, frozenset[str]] = {}  # a question stem -> the corpus stems it means

    def quotable(self, chunk: Chunk) -> list[Quotable]:
        """The sentences of `chunk` that can stand as a point, worked out on first use."""
        found = self._quotable.get(chunk.id)
        if found is None:
            found = self._quotable[chunk.id] = list(self._describe(chunk))
        return found

    def _describe(self, chunk: Chunk):
        rows = self.store.sentence_rows(chunk)
        for i, text in enumerate(chunk.sentence_texts()):
            if text.endswith((":", "?")) or HEDGE.search(text) or ABOUT_ITSELF.search(text):
                continue  # a lead-in, a heading-like question or "this article..." says
                # nothing alone; a doubt is said apart
            spans = quote_spans(chunk, i)
            if any(chunk.text[b - 1] == "?" for _, b in spans):
                continue
            indexes = tuple(chunk.sentences.index(span) for span in spans)
            stems = frozenset().union(*(self.stems[chunk.id, j] for j in indexes))
            yield Quotable(i, spans, indexes, stems, len(text.split()) < SHORT_WORDS,
                           bool(NUMBER.search(text)), float(rows[i] @ self.topic), rows[i],
                           sum(self.weights.get(s, 0.0) for s in stems))

    def candidates(self, query: str, query_vector: np.ndarray, hits: list[Hit], *,
                   wants_number: bool, config: AnswerConfig) -> list[Candidate]:
        """The quotable sentences of the best `config.pool_hits` passages, best first."""
        query_stems = self.known_stems(query)
        weights = self.weights
        total = sum(weights[s] for s in query_stems)  # the question's stems, by weight
        query_topic = float(query_vector @ self.topic)
        found = []
        for rank, hit in enumerate(hits[:config.pool_hits]):
            cosines = self.store.sentence_rows(hit.chunk) @ query_vector
            listed = cosines.tolist()  # plain floats: numpy's scalars are slow one at a time
            passage = config.weight_passage * hit.dense
            step = RANK_STEP * rank
            for q in self.quotable(hit.chunk):
                cosine = float(cosines[list(q.indexes)].mean()) if q.short else listed[q.index]
                meaning = (config.weight_sentence * cosine + passage
                           + config.weight_specific * partial_cosine(cosine, query_topic, q.topicality)
                           - step)
                # the share of the question's stems, by weight, that the sentence uses, and
                # the rarest of them: "does yoga help?" is answered by the sentence on yoga
                shared = [weights[s] for s in q.stems & query_stems]
                overlap = sum(shared) / total if total else 0.0
                words = config.weight_overlap * overlap + config.weight_rare * max(shared, default=0.0)
                if wants_number and q.has_number:
                    words += NUMBER_BONUS
                found.append(Candidate(meaning + words, hit, q))
        found.sort(key=lambda c: -c.score)
        return found

    def new_share(self, sentence: Quotable, said: set[str]) -> float:
        """The share of a sentence's weight in stems the answer has not said yet."""
        fresh = sum(self.weights.get(s, 0.0) for s in sentence.stems - said)
        return fresh / sentence.weight if sentence.weight else 0.0

    def known_stems(self, query: str) -> set[str]:
        """The question's stems as the articles spell them: "sprinters" finds "sprinting"."""
        known: set[str] = set()
        for stem in tokenize(query):
            if stem in self.weights:
                known.add(stem)
            elif len(stem) >= MIN_PREFIX:
                # worked out once per new word; a get, since another reply may clear the memo
                found = self._known.get(stem)
                if found is None:
                    if len(self._known) >= KNOWN_MEMO:
                        self._known.clear()
                    found = self._known[stem] = self._spellings(stem)
                known |= found
        return known

    def _spellings(self, stem: str) -> frozenset[str]:
        """The corpus stems (of MIN_PREFIX letters or more) that start with `stem` or that it
        starts with: a range of the sorted stems and a few lookups, not a scan of them all."""
        start = bisect_left(self._sorted, stem)
        found = self._sorted[start:bisect_left(self._sorted, stem + "\U0010ffff", start)]
        found += [stem[:n] for n in range(MIN_PREFIX, len(stem)) if stem[:n] in self.weights]
        # in the order of `weights`, as a scan of it would add them: the sums over these
        # stems then add in the same order, to the last bit
        return frozenset(sorted(found, key=self._order.__getitem__))


def stem_weights(sentence_stems) -> dict[str, float]:
    """How much a stem says about which sentence is meant: rare stems ("yoga") a lot, stems
    in every other sentence ("cramp") little (inverse sentence frequency)."""
    counts: dict[str, int] = {}
    total = 0
    for stems in sentence_stems:
        total += 1
        for stem in stems:
            counts[stem] = counts.get(stem, 0) + 1
    return {stem: math.log((total + 1) / count) for stem, count in counts.items()}


def partial_cosine(cosine: float, query_topic: float, sentence_topic: float) -> float:
    """The cosine of query and sentence once both lose their part along the topic vector:
    how alike they are in what they say beyond "hamstring cramps"."""
    rest = math.sqrt(max(1 - query_topic ** 2, 1e-3) * max(1 - sentence_topic ** 2, 1e-3))
    return (cosine - query_topic * sentence_topic) / rest
