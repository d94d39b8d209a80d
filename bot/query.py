"""Decide what to search for: the message alone, or the message read with earlier turns.

A message leans on the conversation when it cannot name its own subject: "and for how
long?", "what about calcium?", "which one is easiest?". A full question that starts like
a follow-up ("should I ...", "why ...") stands on its own, so a change of topic is not
dragged back to the previous one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from bot.history import parse_history
from bot.normalise import fold_lookalikes
from bot.records import Turn
from index.encoders import Encoder
from index.store import IndexStore, SearchConfig
from index.spelling import Vocabulary, correct_text
from index.text import STOPWORDS, stem, words

# A message opening like this continues the thread ("and for how long?", "what if ...").
_CONTINUATION = re.compile(
    r"^\W*(?:and|also|but|so|or|plus|then|ok(?:ay)?|what about|how about|what if|"
    r"same for|what else)\b", re.I)
# Words that point back at something said before ("it", "that one", "instead").
REFERENCES = frozenset("""
it its that this those these them they there one ones same then instead else either too
""".split())
# Words that carry no subject of their own: "how many reps tho" asks about reps of something.
FILLER = frozenset("""
actually really just ok okay though tho exactly even still cant dont im ive pls please thanks
many much
""".split())
# Words of the topic: a message naming one has a subject of its own.
TOPIC_WORDS = frozenset("""
cramp cramps cramping cramped hamstring hamstrings thigh leg legs muscle muscles spasm spasms
stretch stretches stretching massage ice heat cold warm dehydration electrolyte electrolytes
potassium magnesium calcium sodium water hydration prevent prevention cause causes doctor
""".split())
# ... compared by stem, so "massaging" counts, with a few more subjects of the articles
TOPIC_STEMS = frozenset(stem(w) for w in TOPIC_WORDS | {"knot", "roller", "drink", "salt",
                                                        "strain", "tear", "injury"})
MAX_SUBJECT_WORDS = 3  # a follow-up is short: "what if i actually tore the muscle?"
MAX_DEPTH = 3  # how many follow-ups back a chain of them is read


def content_words(message: str) -> list[str]:
    """The words that could name a subject: no stop words, references or filler."""
    return [w for w in words(message)
            if w not in STOPWORDS and w not in REFERENCES and w not in FILLER]


def is_follow_up(message: str, turns: tuple[Turn, ...]) -> bool:
    """Whether `message` leans on the earlier turns to say what it is about."""
    if not any(turn.role == "user" for turn in turns):
        return False
    content = content_words(message)
    if len(content) <= 1:  # "which electrolytes?", "how long?"
        return True
    if len(content) > MAX_SUBJECT_WORDS:
        return False
    if _CONTINUATION.match(message):  # "what if i actually tore the muscle?"
        return True
    refers_back = any(w in REFERENCES for w in words(message))
    names_topic = any(stem(w) in TOPIC_STEMS for w in content)
    return refers_back and not names_topic  # "what do they do", "can i just run it off?"


def with_context(message: str, turns: tuple[Turn, ...], depth: int = MAX_DEPTH) -> str:
    """The message after the user's previous question, itself read in context when it was a
    follow-up too ("and calcium" after "what about magnesium?" after "foods with potassium?")."""
    if depth == 0 or not is_follow_up(message, turns):
        return message
    return _after_previous(message, turns, depth)


def _after_previous(message: str, turns: tuple[Turn, ...], depth: int) -> str:
    last = max(i for i, turn in enumerate(turns) if turn.role == "user")
    previous = with_context(turns[last].content, turns[:last], depth - 1)
    # the message first: it is what is asked, and it survives the model cutting a long text
    return f"{message} {previous}"


def read_query(message: str, turns: tuple[Turn, ...],
               vocabulary: Vocabulary | None = None) -> tuple[str, bool]:
    """The text to retrieve with, and whether the message leans on earlier turns.

    A follow-up is read after the previous user question, and words the corpus does not
    know are corrected against its `vocabulary`.
    """
    # corrected first, so that "strech it" names its subject; the earlier turns with it
    text = message if vocabulary is None else correct_text(message, vocabulary)
    follow_up = is_follow_up(text, turns)
    query = _after_previous(text, turns, MAX_DEPTH) if follow_up else text
    if vocabulary is not None:
        query = correct_text(query, vocabulary)
    return query, follow_up


def search_query(message: str, turns: tuple[Turn, ...],
                 vocabulary: Vocabulary | None = None) -> str:
    """The text to retrieve with (see `read_query`)."""
    return read_query(message, turns, vocabulary)[0]


def asked_query(message: str, history: Any = None, vocabulary: Vocabulary | None = None) -> str:
    """The text the Chatbot retrieves with for a message as typed and its history (Gradio
    messages format): look-alike letters folded, then `search_query`. The evals search
    with it so that they measure what users get."""
    return search_query(fold_lookalikes(message), parse_history(history), vocabulary)


@dataclass(frozen=True)
class QueryVectors:
    """A query's embedding, and its focus's when that differs (None otherwise)."""

    query: np.ndarray
    focus: np.ndarray | None


def embed_query(encoder: Encoder, store: IndexStore, query: str,
                config: SearchConfig = SearchConfig()) -> QueryVectors:
    """The query's vector and its focus's (the query without the words most passages share;
    see IndexStore.focus_text), in one encoder call: a second text in the same batch costs
    about half of the first."""
    focus = store.focus_text(query, config)
    if focus == query:
        return QueryVectors(encoder.encode([query])[0], None)
    vectors = encoder.encode([query, focus])
    return QueryVectors(vectors[0], vectors[1])
