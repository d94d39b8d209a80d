"""Frame sentences quoted from the retrieved passages into a short, cited answer.

Nothing medical is written here: the template lines come from `templates.py`, and every
other sentence of an answer is a verbatim sentence of a cited passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from bot import templates
from bot.cite import Point, cite
from bot.coverage import Vocabulary, asked_about
from bot.intent import Intent, IntentBank
from bot.smalltalk import smalltalk_reply
from bot.records import Reply
from index.encoder import Encoder
from index.records import Hit
from index.store import IndexStore
from index.text import tokenize

NUMBER = re.compile(r"\b\d+(\s*(-|to)\s*\d+)?\s*(seconds?|minutes?|hours?|days?|times|glasses)\b", re.I)
# A sentence opening with one of these leans on the one before it; quote both.
LEANS_BACK = re.compile(r"^(this|these|that|those|it|they|them|however|in these situations|in this same"
                        r"|in this position|then|hold (the|this) (position|stretch))\b", re.I)
ABOUT_ITSELF = re.compile(r"\b(this|the) (article|guide|post|page)\b", re.I)
DOCTOR = re.compile(r"\b(see your doc\w*|doctor|healthcare provider|medical evaluation|seek immediate"
                    r"|should be evaluated|consult)\b", re.I)
HEDGE = re.compile(r"(n[’']t|\bnot) enough evidence|\bno (good |clear )?evidence"
                   r"|\bnot (yet )?been (successfully )?determined|\b(unclear|disputed|debated)\b", re.I)
HEDGE_TOPICS = frozenset({"causes", "hydration", "food_drink", "prevention"})
# Stems too general to show that a doubt is about the same thing as the answer.
GENERIC_STEMS = frozenset({"cramp", "hamstr", "muscl", "caus", "leg", "pain", "result"})
DOCTOR_TOPICS = frozenset({"relief", "stretch", "heat_cold", "massage", "duration", "strain",
                           "symptoms"})


@dataclass(frozen=True)
class AnswerConfig:
    """How many points an answer makes and how relevant a sentence must be to be quoted."""

    max_points: int = 4
    pool_hits: int = 6  # the passages whose sentences compete to be quoted
    min_relevance: float = 0.2  # best passage cosine below this: the articles do not cover it
    min_intent: float = 0.4  # a question this close to an example question is on topic
    min_sentence_score: float = 0.3
    keep_ratio: float = 0.7  # a point scoring under this share of the best one is left out
    same_point_cosine: float = 0.8  # two sentences this close say the same thing: one point
    doctor_cosine: float = 0.3
    # how a sentence is scored: its own cosine with the question, its passage's, the share
    # of the question's words it uses
    weight_sentence: float = 0.6
    weight_passage: float = 0.5
    weight_overlap: float = 0.15
    whole_passage_chars: int = 400  # the best passage is quoted whole when this short
    max_quote_chars: int = 800  # short beats long: points stop once this much is quoted


class Answerer:
    """Holds what answering needs besides the index: the intent bank and the vocabulary."""

    def __init__(self, store: IndexStore, encoder: Encoder,
                 config: AnswerConfig = AnswerConfig()) -> None:
        self.store = store
        self.config = config
        self.intents = IntentBank(encoder)
        self.vocabulary = Vocabulary.of_store(store)
        sentences = [(chunk, i) for chunk in store.chunks for i in range(len(chunk.sentences))]
        self._doctor = [(c, i) for c, i in sentences if DOCTOR.search(c.sentence_texts()[i])]
        self._hedges = [(c, i) for c, i in sentences if HEDGE.search(c.sentence_texts()[i])]
        # sentence stems once, here, rather than on every reply
        self._stems = {(c.id, i): frozenset(tokenize(c.sentence_texts()[i])) for c, i in sentences}

    def compose(self, message: str, query: str, query_vector: np.ndarray,
                hits: list[Hit]) -> Reply:
        """The answerer's own routes: smalltalk, off topic, not covered, or a cited answer."""
        retrieved = tuple(hits)
        small = smalltalk_reply(message)
        if small is not None:
            return Reply("smalltalk", small)
        best = max((hit.dense for hit in hits), default=0.0)
        intent = self.intents.classify(query, query_vector)
        if (best < self.config.min_relevance and intent.score < self.config.min_intent
                and not self.vocabulary.names_topic(query)):
            return Reply("out_of_scope", templates.OUT_OF_SCOPE, retrieved=retrieved)
        unknown = self.vocabulary.unknown_focus_words(asked_about(message))
        if best < self.config.min_relevance or unknown:
            what = " and ".join(unknown) if unknown else templates.NOT_COVERED_WHAT
            return Reply("no_answer", templates.NOT_COVERED.format(what=what), retrieved=retrieved)
        points = self.choose_points(query, query_vector, hits, intent)
        if not points:
            return Reply("no_answer", templates.NOT_COVERED.format(what=templates.NOT_COVERED_WHAT),
                         retrieved=retrieved)
        lead = templates.LEADS.get(intent.topic, templates.GENERIC_LEAD)
        extras = self._extras(query_vector, points, intent)
        text, citations = cite(lead, points, extras, self.store)
        return Reply("answer", text, citations, retrieved)

    def choose_points(self, query: str, query_vector: np.ndarray, hits: list[Hit],
                      intent: Intent) -> list[Point]:
        """The best sentences of the best passages; one point per passage, none said twice."""
        config = self.config
        query_stems = set(tokenize(query))
        scored = []
        for rank, hit in enumerate(hits[:config.pool_hits]):
            rows = self.store.sentence_rows(hit.chunk)
            texts = hit.chunk.sentence_texts()
            for i, cosine in enumerate(rows @ query_vector):
                if (texts[i].endswith(":") or HEDGE.search(texts[i]) or ABOUT_ITSELF.search(texts[i])
                        or len(texts[i].split()) < 5):
                    continue  # lead-ins, fragments and "this article..." say nothing alone;
                    # a doubt is said apart
                score = self._score(float(cosine), hit, rank, texts[i],
                                    self._stems[hit.chunk.id, i], query_stems, intent)
                scored.append((score, hit, i, rows[i]))
        scored.sort(key=lambda item: -item[0])
        if not scored or scored[0][0] < config.min_sentence_score:
            return []
        floor = max(config.min_sentence_score, scored[0][0] * config.keep_ratio)
        points: dict[str, Point] = {}
        chosen: list[tuple[np.ndarray, str]] = []
        for score, hit, i, vector in scored:
            if score < floor:
                break
            if chosen:
                similarity = np.stack([v for v, _ in chosen]) @ vector
                nearest = int(np.argmax(similarity))
                if float(similarity[nearest]) >= config.same_point_cosine:
                    # another passage says the same: one point, citing both
                    owner = chosen[nearest][1]
                    points[owner] = points[owner].agreeing(hit, hit.chunk.sentences[i])
                    continue
            point = points.get(hit.chunk.id)
            if point is None and len(points) >= config.max_points:
                continue
            spans = _with_context(hit.chunk, i)
            points[hit.chunk.id] = (point.extend(spans) if point
                                    else Point(hit, spans, score))
            chosen.append((vector, hit.chunk.id))
        ordered = list(points.values())
        if ordered and len(ordered[0].hit.chunk.text) <= config.whole_passage_chars:
            # a short passage that answers best is read whole: steps stay together
            best = ordered[0]
            ordered[0] = best.extend(tuple(s for s in best.hit.chunk.sentences
                                           if not HEDGE.search(best.hit.chunk.text[s[0]:s[1]])))
        kept, used = [], 0
        for point in ordered:
            if kept and used + len(point.text) > config.max_quote_chars:
                break
            kept.append(point)
            used += len(point.text)
        return kept

    def _score(self, cosine: float, hit: Hit, rank: int, text: str, stems: frozenset[str],
               query_stems: set[str], intent: Intent) -> float:
        overlap = len(stems & query_stems) / max(len(query_stems), 1)
        config = self.config
        score = (config.weight_sentence * cosine + config.weight_passage * hit.dense
                 + config.weight_overlap * overlap - 0.02 * rank)
        if intent.wants_number and NUMBER.search(text):
            score += 0.1
        if len(text.split()) < 5:
            score -= 0.1  # a fragment of a list reads badly on its own
        return score

    def _extras(self, query_vector: np.ndarray, points: list[Point],
                intent: Intent) -> list[tuple[str, Point]]:
        """A contrary view when the articles disagree, and a doctor point where one applies."""
        extras = []
        quoted = {(p.hit.chunk.id, span) for p in points for span in p.spans}
        said = {stem for p in points for span in p.spans
                for stem in self._stems[p.hit.chunk.id, p.hit.chunk.sentences.index(span)]}
        hedge = None
        if intent.topic in HEDGE_TOPICS:
            hedge = self._best(self._hedges, query_vector, quoted, self.config.doctor_cosine,
                               must_share=said - GENERIC_STEMS)
        if hedge:
            extras.append((templates.DISAGREE, hedge))
        has_doctor = any(DOCTOR.search(p.text) for p in points)
        if intent.topic in DOCTOR_TOPICS and not has_doctor:
            doctor = self._best(self._doctor, query_vector, quoted, self.config.doctor_cosine)
            if doctor:
                extras.append((templates.SEE_DOCTOR, doctor))
        return extras

    def _best(self, pool, query_vector, quoted, threshold, must_share=None) -> Point | None:
        best, best_score = None, threshold
        for chunk, i in pool:
            span = chunk.sentences[i]
            if (chunk.id, span) in quoted:
                continue
            text = chunk.sentence_texts()[i]
            if text.endswith(":") or (must_share is not None
                                      and not self._stems[chunk.id, i] & must_share):
                continue
            score = float(self.store.sentence_rows(chunk)[i] @ query_vector)
            if score >= best_score:
                best_score = score
                best = Point(Hit(chunk, score=score, dense=score), (span,), score)
        return best


def _with_context(chunk, i: int) -> tuple[tuple[int, int], ...]:
    """The sentence, with the one before it when it opens with "This" or "These"."""
    spans = [chunk.sentences[i]]
    texts = chunk.sentence_texts()
    while i > 0 and LEANS_BACK.match(texts[i]) and len(spans) < 3:
        i -= 1
        spans.insert(0, chunk.sentences[i])
    return tuple(spans)
