"""The Chatbot: a message and its history in, a Reply out."""

from __future__ import annotations

import functools
import logging
import os
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.answer import AnswerConfig, Answerer
from bot.history import parse_history, without_surrogates
from bot.normalise import fold_lookalikes
from bot.output_checks import check_reply
from bot.records import Reply
from bot.query import QueryVectors, embed_query, read_query
from bot.route import route, urgent_route
from bot.safety import SafetyConfig, safety_reply
from bot.triage import TriageConfig, rule_gate
from bot.triage_bank import DEFAULT_BANK, TriageBank, load_bank
from corpus import DEFAULT_CORPUS
from index import DEFAULT_INDEX, BuildConfig, Encoder, IndexStore, SearchConfig, open_index
from index.encoders import DEFAULT_ENCODER_DIR, Backend, check_backend, load_encoder

log = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 2000
_TERMINAL_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])")


@dataclass(frozen=True)
class ChatbotConfig:
    """Where the articles and the index live, and how the bot retrieves and answers."""

    corpus_dir: Path = DEFAULT_CORPUS
    index_dir: Path = DEFAULT_INDEX
    rebuild: bool = True  # rebuild a missing or stale index on load instead of refusing
    encoder: Backend = "onnx"  # or "sentence-transformers": the same vectors, slower, more memory
    encoder_dir: Path = DEFAULT_ENCODER_DIR  # where the ONNX export is kept
    # Two threads per question where there are two cores: a reply takes ~6 ms instead of
    # ~7.5 (a question and its focus embedded together), at ~12% fewer embeddings per
    # second for two users at once, far more than the page serves anyway.
    encoder_threads: int = min(2, os.cpu_count() or 1)
    query_cache: int = 1024  # query vectors kept for repeated questions (LRU); 0 turns it off
    top_k: int = 10
    max_message_chars: int = MAX_MESSAGE_CHARS
    search: SearchConfig = field(default_factory=SearchConfig)
    answer: AnswerConfig = field(default_factory=AnswerConfig)
    build: BuildConfig = field(default_factory=BuildConfig)
    triage: TriageConfig = field(default_factory=TriageConfig)
    safety: SafetyConfig = field(default_factory=SafetyConfig)  # emergency number, crisis line
    triage_bank: Path | None = DEFAULT_BANK  # example messages for triage; None: rules only
    log_messages: bool = False  # for debugging only: also log the words people type

    def __post_init__(self) -> None:
        if self.top_k < 1:
            raise ValueError(f"top_k must be at least 1 (got top_k={self.top_k})")
        check_backend(self.encoder, name="encoder")
        if self.encoder_threads < 1:
            raise ValueError(f"encoder_threads must be at least 1 "
                             f"(got encoder_threads={self.encoder_threads})")
        if self.query_cache < 0:
            raise ValueError(f"query_cache must not be negative (got query_cache={self.query_cache})")
        if self.max_message_chars < 1:
            raise ValueError(f"max_message_chars must be positive "
                             f"(got max_message_chars={self.max_message_chars})")


class Chatbot:
    """Holds the encoder and the index; `reply` is safe to call from several threads."""

    def __init__(self, config: ChatbotConfig = ChatbotConfig(), *,
                 encoder: Encoder | None = None, store: IndexStore | None = None) -> None:
        self.config = config
        self._encoder = encoder
        self._store = store
        self._answerer: Answerer | None = None
        self._bank: TriageBank | None = None
        self._lock = threading.Lock()
        # lru_cache is thread-safe; two threads missing on one query both encode it, harmlessly
        self._embed = functools.lru_cache(maxsize=config.query_cache)(self._embed_uncached)

    def load(self) -> Chatbot:
        """Load the model and the index now (else the first reply does)."""
        with self._lock:
            if self._encoder is None:
                self._encoder = load_encoder(self.config.encoder, self.config.encoder_dir,
                                             threads=self.config.encoder_threads)
            if self._store is None:
                self._store = open_index(self.config.index_dir, self.config.corpus_dir,
                                         self._encoder, self.config.build,
                                         rebuild=self.config.rebuild)
                import faiss

                # One OpenMP thread per search (after any rebuild, which uses them all): one
                # query gains nothing from more, and on a busy machine the rest wait for a
                # core (benchmarks/search.py measured 28 ms against 0.6 ms).
                faiss.omp_set_num_threads(1)
            if self._answerer is None:
                self._answerer = Answerer(self._store, self._encoder, self.config.answer)
                rule_gate()  # read the triage patterns now (~40 ms), not on the first message
            if self._bank is None and self.config.triage_bank is not None:
                self._bank = load_bank(self._encoder, self.config.triage_bank)
        return self

    @property
    def store(self) -> IndexStore:
        return self.load()._store

    @property
    def encoder(self) -> Encoder:
        return self.load()._encoder

    def reply(self, message: Any, history: Any = None) -> Reply:
        """Answer one message, given the conversation so far (Gradio messages format)."""
        started = time.perf_counter()
        if isinstance(message, str):
            message = without_surrogates(message)
        if self.config.log_messages:
            log.info("message %r", message)
        reply = self._reply(message, history)
        if log.isEnabledFor(logging.INFO):  # its arguments cost more than some replies' steps
            log.info("reply kind=%s %s passages=%s in %.1f ms", reply.kind, "; ".join(reply.notes),
                     [c.chunk_id for c in reply.citations], (time.perf_counter() - started) * 1e3)
        return reply

    def _reply(self, message: Any, history: Any) -> Reply:
        problem = invalid_reason(message, self.config.max_message_chars)
        if problem:  # still, a too-long message describing an emergency gets that reply
            urgent = urgent_route(message, self.config.triage) if isinstance(message, str) else None
            if urgent is None or urgent.kind is None:
                return Reply("invalid_input", problem)
            reply = safety_reply(urgent, message, lambda: Reply("invalid_input", problem),
                                 self.config.safety)
            return check_reply(reply)
        message = fold_lookalikes(message)  # a Cyrillic "а" in "hаmstring" must still match
        turns = parse_history(history)
        query, follow_up = read_query(message, turns, self.store.vocabulary)
        vectors = self._embed(query)
        query_vector = vectors.query
        decision = route(message, turns, query_vector=query_vector, follow_up=follow_up,
                         bank=self.load()._bank, config=self.config.triage)

        def answer() -> Reply:  # retrieval only for routes that may quote the articles
            hits = self.store.search(query_vector, query, k=self.config.top_k,
                                     config=self.config.search, focus_vector=vectors.focus)
            return self.load()._answerer.compose(message, query, query_vector, hits)

        return check_reply(safety_reply(decision, message, answer, self.config.safety))

    def _embed_uncached(self, query: str) -> QueryVectors:
        vectors = embed_query(self.encoder, self.store, query, self.config.search)
        for vector in (vectors.query, vectors.focus):
            if vector is not None:
                vector.setflags(write=False)  # shared by every later reply to the same words
        return vectors


def invalid_reason(message: Any, limit: int) -> str | None:
    """Why a message cannot be answered (empty, unreadable, too long), or None if it can."""
    if not isinstance(message, str):
        return "I can only read text messages. Please type your question."
    text = _TERMINAL_ESCAPE.sub("", message)  # "\x1b[0m" is colour codes, not words
    visible = "".join(ch for ch in text if unicodedata.category(ch)[0] not in ("C", "Z"))
    if not visible:
        return "Your message looks empty. Please type a question about hamstring cramps."
    if len(message) > limit:
        return (f"Your message is {len(message):,} characters long; please keep it under "
                f"{limit:,} characters and ask one question at a time.")
    if not any(ch.isalnum() for ch in visible):
        return "I couldn't find any words in that. Please type your question in words."
    return None
