"""Read a message once: checked, folded, read against its conversation, spelling mended.

Everything after this step (triage, retrieval, the answer) takes the `Query` it makes, so
no later step reads the message its own way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from bot.query.checks import MAX_MESSAGE_CHARS, invalid_reason
from bot.query.clauses import split_clauses
from bot.query.context import MAX_DEPTH, after_previous, is_follow_up
from bot.query.history import parse_history, without_surrogates
from bot.query.normalise import fold_lookalikes
from bot.records import Turn
from index.encoders import Encoder
from index.spelling import correct_text
from index.vocabulary import Vocabulary
from index.store import IndexStore, SearchConfig


@dataclass(frozen=True)
class Query:
    """A message as the bot reads it.

    `message` is what was typed ("" when it was not text), `text` the same with look-alike
    letters folded (what triage and the answer read), `search` what retrieval searches with:
    spelling mended and, for a follow-up, the earlier question it leans on appended.
    `clauses` are the sentences of a long message that stands alone, which triage's example
    bank compares one by one. `problem` says why the message cannot be answered at all
    (empty, too long, not text).
    """

    message: str
    text: str
    turns: tuple[Turn, ...] = ()
    search: str = ""
    follow_up: bool = False
    problem: str | None = None
    clauses: tuple[str, ...] = ()



def read_message(message: Any, history: Any = None, vocabulary: Vocabulary | None = None, *,
                 limit: int = MAX_MESSAGE_CHARS) -> Query:
    """The `Query` for a message as typed and its history (Gradio messages format).

    Words the corpus does not know are corrected against its `vocabulary` (None: not at all).
    """
    if isinstance(message, str):
        message = without_surrogates(message)
    problem = invalid_reason(message, limit,
                             known=vocabulary.counts if vocabulary is not None else frozenset())
    if not isinstance(message, str):
        return Query("", "", problem=problem)
    text = fold_lookalikes(message)  # a Cyrillic "а" in "hаmstring" must still match
    turns = parse_history(history)
    if problem:
        return Query(message, text, turns, problem=problem)
    # corrected first, so that "strech it" names its subject; the earlier turns with it
    corrected = text if vocabulary is None else correct_text(text, vocabulary)
    follow_up = is_follow_up(corrected, turns)
    search = after_previous(corrected, turns, MAX_DEPTH) if follow_up else corrected
    if vocabulary is not None and follow_up:
        search = correct_text(search, vocabulary)
    clauses = () if follow_up else split_clauses(corrected)
    return Query(message, text, turns, search, follow_up, clauses=clauses)


@dataclass(frozen=True)
class QueryVectors:
    """A query's embedding, its focus's when that differs (None otherwise), and one row per
    clause of a long message (None for a short one)."""

    query: np.ndarray
    focus: np.ndarray | None
    clauses: np.ndarray | None = None


def embed_query(encoder: Encoder, store: IndexStore, search: str,
                config: SearchConfig = SearchConfig(), *,
                clauses: tuple[str, ...] = ()) -> QueryVectors:
    """The search text's vector, its focus's (the text without the words most passages
    share; see IndexStore.focus_text) and its clauses', in one encoder call: a second text
    in the same batch costs about half of the first."""
    focus = store.focus_text(search, config)
    texts = [search, *([] if focus == search else [focus]), *clauses]
    vectors = encoder.encode(texts)
    return QueryVectors(vectors[0], None if focus == search else vectors[1],
                        vectors[len(texts) - len(clauses):] if clauses else None)
