"""Frame sentences quoted from the retrieved passages into a short, cited answer.

Nothing medical is written here: the template lines come from `bot/wording/answers.py`, and every
other sentence of an answer is a verbatim sentence of a cited passage.
"""

from __future__ import annotations

import re

import numpy as np

from bot.wording import answers as wording
from bot.answer.config import AnswerConfig
from bot.answer.candidates import HEDGE, Candidate, SentenceTable
from bot.answer.cite import Point, cite
from bot.answer.scope import ScopeModel, overrule
from bot.answer.uncovered import uncovered_subject, uncovered_words
from bot.answer.coverage import (asked_about, names_topic, other_body_part, other_subject,
                                 unknown_words, weighs_amount)
from bot.query.intent import Intent, IntentBank
from bot.query.language import LANGUAGE_NOTE, message_language
from bot.query.normalise import normalise
from bot.query.topic import CRAMP_WORDS, TOPIC_ELSEWHERE
from bot.answer.smalltalk import smalltalk_reply
from bot.records import Reply
from index.encoders import Encoder
from corpus.records import Chunk, Span
from index.records import Hit
from index.text import STOPWORDS, words
from index.store import IndexStore

DOCTOR = re.compile(r"\b(see your doc\w*|doctor|healthcare provider|medical evaluation|seek immediate"
                    r"|should be evaluated|consult)\b", re.I)
# "What percentage of runners ...?" asks for a rate; a passage giving one has a figure like these
FIGURE_ASKED = re.compile(r"\b(percent(age)?|proportion|statistics?|how many (people|adults|runners"
                          r"|athletes|women|men|children))\b", re.I)
FIGURE = re.compile(r"\d\s*%|\bpercent\b|\b(\d+|one|two|three) (in|out of) (\d+|ten|every)\b", re.I)
HEDGE_TOPICS = frozenset({"causes", "hydration", "food_drink", "prevention"})
# A question about a cramp that lingers, returns or worries: where "when to see a doctor"
# belongs beside the answer even when it was not asked for by name.
DOCTOR_ASKED = re.compile(r"\b((won'?t|doesn'?t|does not|not|never) (go away|stop|ease|get better"
                          r"|subside)|keeps? (coming back|happening|returning)|still (hurts?|sore"
                          r"|painful|there)|every (day|night)|worse|serious|worr\w*|normal|days? later"
                          r"|should i see|see a|doctor|gp|physio\w*)\b", re.I)
# Stems too general to show that a doubt is about the same thing as the answer.
GENERIC_STEMS = frozenset({"cramp", "hamstr", "muscl", "caus", "leg", "pain", "result"})
# questions answered by steps, which read best in full
HOW_TO_TOPICS = frozenset({"relief", "stretch", "massage", "heat_cold"})
# What every passage is about; a sentence is chosen for what it says beyond this.
TOPIC_TEXT = "hamstring cramps"


class Answerer:
    """Holds what answering needs besides the index: the intent bank, the vocabulary and the
    scope model."""

    def __init__(self, store: IndexStore, encoder: Encoder,
                 config: AnswerConfig = AnswerConfig(), scope: ScopeModel | None = None) -> None:
        self.store = store
        self.config = config
        self.scope = scope  # None: the word checks alone decide what is covered
        self.intents = IntentBank(encoder)
        self._doctor = _pool(store, DOCTOR)
        self._hedges = _pool(store, HEDGE)
        # sentence stems once, here, rather than on every reply
        self.sentences = SentenceTable(store, encoder.encode([TOPIC_TEXT])[0])

    def compose(self, message: str, query: str, query_vector: np.ndarray,
                hits: list[Hit], *, alone: bool = True) -> Reply:
        """The answerer's own routes: smalltalk, off topic, not covered, or a cited answer.

        `alone`: the message opens the conversation. The scope model learned from messages
        that stand alone, so it judges only those: "when should I see a doctor then?" after
        a question about cramps is about cramps, whatever its words alone suggest.
        """
        retrieved = tuple(hits)
        small = smalltalk_reply(message)
        if small is not None:
            return Reply("smalltalk", small)
        language = message_language(message, self.store.vocabulary)
        if language is not None:  # read by nothing here: said so, with where help is
            # a cramp named in it is on topic, only unanswerable here: not covered, not off topic
            on_topic = TOPIC_ELSEWHERE.search(normalise(message)) is not None
            return Reply("no_answer" if on_topic else "out_of_scope",
                         f"{wording.OTHER_LANGUAGE_ON_TOPIC if on_topic else wording.OTHER_LANGUAGE}"
                         f"\n\n{wording.OTHER_LANGUAGE_IN[language]}",
                         notes=(f"{LANGUAGE_NOTE}{language}",))
        intent = self.intents.classify(query, query_vector)
        refusal, firm = self._refusal(message, query, hits, intent)
        if self.scope is not None and alone and not firm:  # the model's say, where it is sure
            kind = refusal.kind if refusal is not None else "answer"
            judged = overrule(kind, self.scope.probabilities(query_vector[None])[0], self.config)
            if judged == "answer":
                refusal = None
            elif judged != kind:
                text = (wording.OUT_OF_SCOPE if judged == "out_of_scope" else
                        wording.NOT_COVERED.format(what=wording.NOT_COVERED_WHAT))
                return Reply(judged, text, retrieved=retrieved, notes=("scope model",))
        if refusal is not None:
            return refusal
        points = self.choose_points(query, query_vector, hits, intent)
        if not points:
            return Reply("no_answer", wording.NOT_COVERED.format(what=wording.NOT_COVERED_WHAT),
                         retrieved=retrieved)
        # a lead that names the wrong topic reads worse than one that names none
        lead = (wording.LEADS.get(intent.topic, wording.GENERIC_LEAD)
                if intent.margin >= self.config.min_lead_margin else wording.GENERIC_LEAD)
        extras = self._extras(query, query_vector, points, intent)
        text, citations = cite(lead, points, extras, self.store)
        return Reply("answer", text, citations, retrieved)

    def _refusal(self, message: str, query: str, hits: list[Hit],
                 intent: Intent) -> tuple[Reply | None, bool]:
        """The word checks' reply when the message is off topic or not covered (else None),
        and whether the checks are firm about it, settled by what the articles are about
        rather than by the words they happen to use: another subject or part of the body,
        or too much or too little of something, which the articles weigh. No model overrules
        a firm decision."""
        retrieved = tuple(hits)
        if other_subject(message):  # period cramps, a ham sandwich, a dog's cramps
            return Reply("out_of_scope", wording.OUT_OF_SCOPE, retrieved=retrieved), True
        elsewhere = other_body_part(message)
        if elsewhere is not None:  # a sprained ankle, a calf cramp: not what the articles cover
            # (people who wrote blind sets called a cramp elsewhere off topic, 42 to 1)
            text = (wording.OUT_OF_SCOPE_ELSEWHERE.format(part=elsewhere)
                    if any(w in CRAMP_WORDS for w in words(message)) else wording.OUT_OF_SCOPE)
            return Reply("out_of_scope", text, retrieved=retrieved), True
        subject = asked_about(message)
        unknown = unknown_words(subject, self.store.vocabulary)
        untold = uncovered_subject(message)
        if untold is not None and not unknown and asks_about_a_named_thing(subject, message):
            untold = None  # "can low carbs cause cramps? (cut them to lose weight)": carbs asked
        if untold is not None:  # coffee, a period, a scan: the articles never name them
            return (Reply("no_answer", wording.NOT_COVERED.format(what=untold),
                          retrieved=retrieved), True)
        best = max((hit.dense for hit in hits), default=0.0)
        if (best < self.config.min_relevance and intent.score < self.config.min_intent
                and not names_topic(query)):
            return Reply("out_of_scope", wording.OUT_OF_SCOPE, retrieved=retrieved), False
        pool = hits[:self.config.pool_hits]  # the passages an answer could quote
        if FIGURE_ASKED.search(message) and not any(FIGURE.search(hit.chunk.text) for hit in pool):
            unknown.append(wording.NOT_COVERED_FIGURES)  # a rate the passages never give
        if best < self.config.min_relevance or unknown:
            what = " and ".join(unknown) if unknown else wording.NOT_COVERED_WHAT
            return (Reply("no_answer", wording.NOT_COVERED.format(what=what), retrieved=retrieved),
                    False)
        return None, weighs_amount(subject)

    def choose_points(self, query: str, query_vector: np.ndarray, hits: list[Hit],
                      intent: Intent) -> list[Point]:
        """The best sentences of the best passages, each saying something not said yet.

        Sentences are taken best first; one that says what a chosen one says (cosine) cites
        its passage beside it instead, and one whose words were all said already is left
        out. Sentences of one passage make one point, in the passage's order.
        """
        config = self.config
        candidates = self.sentences.candidates(query, query_vector, hits,
                                               wants_number=intent.wants_number, config=config)
        if not candidates or candidates[0].score < config.min_sentence_score:
            return []
        margin = config.several_margin if intent.wants_several else config.keep_margin
        floor = max(config.min_sentence_score, candidates[0].score - margin)
        limit = config.several_points if intent.wants_several else config.max_points
        points: dict[str, Point] = {}
        chosen: list[Candidate] = []
        # the vectors of `chosen`, row by row: filled in place rather than stacked anew
        chosen_rows = np.empty((len(candidates), *candidates[0].vector.shape),
                               dtype=candidates[0].vector.dtype)
        said: set[str] = set()
        used = 0
        steps = None
        for candidate in candidates:
            if candidate.score < floor:
                break
            hit, i = candidate.hit, candidate.index
            new = self.sentences.new_share(candidate.sentence, said)
            if chosen:
                similarity = chosen_rows[:len(chosen)] @ candidate.vector
                nearest = int(similarity.argmax())
                if float(similarity[nearest]) >= config.same_point_cosine and new < config.agree_new:
                    # another passage says the same: one point, citing both
                    owner = chosen[nearest].hit.chunk.id
                    points[owner] = points[owner].agreeing(hit, hit.chunk.sentences[i])
                    continue
                if new < config.min_new:
                    continue  # the same advice in other words
            point = points.get(hit.chunk.id)
            if point is None and len(points) >= limit:
                continue
            spans = candidate.spans
            if (point is None and hit.chunk.id == hits[0].chunk.id and intent.topic in HOW_TO_TOPICS
                    and not intent.wants_number  # "how many reps" wants the number, not the routine
                    and len(hit.chunk.text) <= config.whole_passage_chars):
                # the best passage, when short, is read whole and first: steps stay together
                spans = whole_passage(hit.chunk)
                steps = hit.chunk.id
            grown = point.extend(spans) if point else Point(hit, spans, candidate.score)
            added = len(grown.text) - (len(point.text) if point else 0)
            if chosen and used + added > config.max_quote_chars:
                continue  # short beats long: a shorter point further down may still fit
            points[hit.chunk.id] = grown
            used += added
            chosen_rows[len(chosen)] = candidate.vector
            chosen.append(candidate)
            said |= candidate.stems if spans is candidate.spans else {
                stem for span in spans
                for stem in self.sentences.stems[hit.chunk.id, hit.chunk.sentences.index(span)]}
        return sorted(points.values(), key=lambda p: p.hit.chunk.id != steps)

    def _extras(self, query: str, query_vector: np.ndarray, points: list[Point],
                intent: Intent) -> list[tuple[str, Point]]:
        """A contrary view and a doctor point, each only where it concerns what was asked.

        The doubt ("there isn't enough evidence that dehydration causes cramps") is added to
        a question about causes, drinks or prevention that names what the doubt is about;
        the doctor point to a question about a cramp that lingers, returns or worries.
        Each counts against the answer's precision like any quote, so neither is routine.
        """
        extras = []
        quoted = {(p.hit.chunk.id, span) for p in points for span in p.spans}
        if intent.topic in HEDGE_TOPICS:
            asked = self.sentences.known_stems(query) - GENERIC_STEMS
            hedge = self._best(self._hedges, query_vector, quoted, self.config.doctor_cosine,
                               must_share=asked)
            if hedge:
                extras.append((wording.DISAGREE, hedge))
        if DOCTOR_ASKED.search(query) and not any(DOCTOR.search(p.text) for p in points):
            doctor = self._best(self._doctor, query_vector, quoted, self.config.doctor_cosine)
            if doctor:
                extras.append((wording.SEE_DOCTOR, doctor))
        return extras

    def _best(self, pool, query_vector, quoted, threshold, must_share=None) -> Point | None:
        best, best_score = None, threshold
        for chunk, i, span, row in pool:
            if (chunk.id, span) in quoted or (must_share is not None
                                              and not self.sentences.stems[chunk.id, i] & must_share):
                continue
            score = float(row @ query_vector)
            if score >= best_score:
                best_score = score
                best = Point(Hit(chunk, score=score, dense=score), (span,), score)
        return best


def _pool(store: IndexStore, pattern: re.Pattern[str]) -> list[tuple[Chunk, int, Span, np.ndarray]]:
    """The sentences saying `pattern` (a doctor, a doubt) that can be quoted alone: not a
    lead-in (":"). Each with its span and vector, looked up once rather than per question."""
    return [(chunk, i, chunk.sentences[i], store.sentence_rows(chunk)[i])
            for chunk in store.chunks for i, text in enumerate(chunk.sentence_texts())
            if pattern.search(text) and not text.endswith(":")]


def whole_passage(chunk: Chunk) -> tuple[Span, ...]:
    """Every sentence of a passage but its doubts (said apart) and a lead-in left with
    nothing after it ("Here's a step-by-step guide:" ending a passage)."""
    spans = [span for span in chunk.sentences if not HEDGE.search(chunk.text[span[0]:span[1]])]
    while spans and chunk.text[spans[-1][0]:spans[-1][1]].endswith(":"):
        spans.pop()
    return tuple(spans)


def asks_about_a_named_thing(asked: str, message: str) -> bool:
    """Whether the thing `asked` about (one whose words the articles use) is a thing of its
    own, and not the subject they never mention that `message` also names: "can cutting carbs
    cause cramps? (i cut them to lose weight)" asks about carbs; "can my period make them
    cramp" about a period."""
    content = {w for w in words(asked) if len(w) >= 4 and w not in STOPWORDS}
    return bool(content) and not content & uncovered_words(message)
