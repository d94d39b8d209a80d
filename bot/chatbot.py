"""The Chatbot: a message and its history in, a Reply out."""

from __future__ import annotations

import functools
import logging
import os
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bot.answer.compose import Answerer
from bot.answer.config import AnswerConfig
from bot.answer.scope import DEFAULT_SCOPE_MODEL, ScopeModel
from bot.answer.smalltalk import smalltalk_reply
from bot.query.checks import MAX_MESSAGE_CHARS
from bot.query.language import LANGUAGE_NOTE, another_script, message_language
from bot.query.read import Query, QueryVectors, embed_query, read_message
from bot.records import Reply
from bot.wording import answers as wording
from bot.safety.output import check_reply
from bot.safety.route import Decision, route, urgent_route
from bot.safety.replies import SafetyConfig, safety_reply
from bot.safety.triage import TriageConfig
from bot.safety.bank import DEFAULT_BANK, TriageBank, load_bank
from bot.safety.model import DEFAULT_MODEL, LABELS, TriageModel, read_model
from bot.safety.ngrams import DEFAULT_NGRAMS, NgramModel
from corpus import DEFAULT_CORPUS
from corpus.load import article_files, articles_digest
from index import DEFAULT_INDEX, BuildConfig, Encoder, IndexStore, SearchConfig, open_index
from index.encoders import (DEFAULT_ENCODER_DIR, Backend, build_encoder, check_backend,
                            load_encoder)
from index.records import Hit
from index.store import SearchMode

log = logging.getLogger(__name__)



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
    triage_bank: Path | None = DEFAULT_BANK  # example messages for triage; None: leave out
    triage_model: Path | None = DEFAULT_MODEL  # triage's fitted model; None: leave it out
    # read beside it, over the message's letters (bot/safety/ngrams.py); None: the model alone
    triage_ngrams: Path | None = DEFAULT_NGRAMS
    # what the articles cover, learned (bot/answer/scope.py); None: the word checks alone
    scope_model: Path | None = DEFAULT_SCOPE_MODEL
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
    """Holds the encoder, the index and what answering needs; safe to call from several threads.

    `reply` runs the stages in order: `prepare` reads the message, `embed` embeds what it
    searches with, `route` triages it, `retrieve` and `compose` answer it where the route
    allows quoting the articles. Evaluators call the same stages, so they measure what users
    get. The encoder and index load on first use (or `load()`), the answerer and triage's
    bank and models when a stage first needs them; a `model` (or `ngrams`) given here is used
    instead of the configured file.
    """

    def __init__(self, config: ChatbotConfig = ChatbotConfig(), *,
                 encoder: Encoder | None = None, store: IndexStore | None = None,
                 model: TriageModel | None = None, ngrams: NgramModel | None = None) -> None:
        self.config = config
        self._encoder = encoder
        self._store = store
        self._answerer: Answerer | None = None
        self._bank: TriageBank | None = None
        self._bank_loaded = False
        self._model = model
        self._model_loaded = model is not None
        self._ngrams = ngrams
        self._ngrams_loaded = ngrams is not None
        self._lock = threading.RLock()
        # lru_cache is thread-safe; two threads missing on one query both encode it, harmlessly
        self._embed = functools.lru_cache(maxsize=config.query_cache)(self._embed_uncached)

    def load(self) -> Chatbot:
        """Load everything now (else each part loads when a reply first needs it)."""
        self._load_index()
        self._load_answerer()
        self._load_bank()
        self._load_model()
        self._load_ngrams()
        return self

    def _load_index(self) -> None:
        if self._encoder is not None and self._store is not None:
            return
        with self._lock:
            if self._encoder is None:
                self._encoder = load_encoder(self.config.encoder, self.config.encoder_dir,
                                             threads=self.config.encoder_threads)
            if self._store is None:
                # passages are embedded in float32 even when questions are in int8
                builder = (self._encoder if self.config.encoder != "onnx-int8" else
                           build_encoder(self.config.encoder, self.config.encoder_dir,
                                         threads=os.cpu_count() or 1))
                self._store = open_index(self.config.index_dir, self.config.corpus_dir,
                                         builder, self.config.build,
                                         rebuild=self.config.rebuild)
                import faiss

                # One OpenMP thread per search (after any rebuild, which uses them all): one
                # query gains nothing from more, and on a busy machine the rest wait for a
                # core (benchmarks/search.py measured 28 ms against 0.6 ms).
                faiss.omp_set_num_threads(1)

    def _load_answerer(self) -> Answerer:
        if self._answerer is None:
            self._load_index()
            with self._lock:
                if self._answerer is None:
                    self._answerer = Answerer(self._store, self._encoder, self.config.answer,
                                              scope=self._read_scope())
        return self._answerer

    def _read_scope(self) -> ScopeModel | None:
        """The scope model, where one is configured and was fitted for these articles."""
        if self.config.scope_model is None:
            return None
        model = ScopeModel.read(self.config.scope_model, encoder=self._encoder.name,
                                dimension=self._encoder.dimension)
        # the articles of the corpus folder, and an index built from them (not one given
        # ready-made, built from other documents, as MedQuAD's is)
        served = {chunk.article_id for chunk in self._store.chunks}
        if (model.articles != articles_digest(self.config.corpus_dir)
                or served != {path.stem for path in article_files(self.config.corpus_dir)}):
            log.warning("the scope model %s was fitted for other articles than those in %s: "
                        "what they cover is judged by their words alone (refit it with `%s` "
                        "on labelled questions about these articles)", self.config.scope_model,
                        self.config.corpus_dir, ScopeModel.REFIT)
            return None
        return model

    def _load_bank(self) -> TriageBank | None:
        if not self._bank_loaded:
            self._load_index()
            with self._lock:
                if not self._bank_loaded and self.config.triage_bank is not None:
                    self._bank = load_bank(self._encoder, self.config.triage_bank)
                self._bank_loaded = True
        return self._bank

    def _load_model(self) -> TriageModel | None:
        if not self._model_loaded:
            self._load_index()
            with self._lock:
                if not self._model_loaded and self.config.triage_model is not None:
                    self._model = read_model(self.config.triage_model,
                                             encoder=self._encoder.name,
                                             dimension=self._encoder.dimension)
                self._model_loaded = True
        return self._model

    def _load_ngrams(self) -> NgramModel | None:
        if not self._ngrams_loaded:
            with self._lock:
                if not self._ngrams_loaded and self.config.triage_ngrams is not None:
                    self._ngrams = NgramModel.read(self.config.triage_ngrams, LABELS)
                self._ngrams_loaded = True
        return self._ngrams

    @property
    def store(self) -> IndexStore:
        self._load_index()
        return self._store

    @property
    def encoder(self) -> Encoder:
        self._load_index()
        return self._encoder

    def reply(self, message: Any, history: Any = None) -> Reply:
        """Answer one message, given the conversation so far (Gradio messages format)."""
        started = time.perf_counter()
        if self.config.log_messages:
            log.info("message %r", message)
        query = self.prepare(message, history)
        vectors = None if query.problem else self.embed(query)
        decision = self.route(query, vectors)
        if query.problem and decision.kind is None:
            reply = Reply("invalid_input", query.problem)
        else:
            reply = check_reply(safety_reply(decision, query.text,
                                             lambda: self._answer(query, vectors),
                                             self.config.safety))
            if reply.kind in ("emergency", "crisis"):
                reply = self._in_their_language(reply, query.text)
        if log.isEnabledFor(logging.INFO):  # its arguments cost more than some replies' steps
            log.info("reply kind=%s %s passages=%s in %.1f ms", reply.kind, "; ".join(reply.notes),
                     [c.chunk_id for c in reply.citations], (time.perf_counter() - started) * 1e3)
        return reply

    def _in_their_language(self, reply: Reply, text: str) -> Reply:
        """An urgent reply to a message in another language, with where help is in that
        language too: the reply itself is in English."""
        language = message_language(text, self.store.vocabulary)
        if language is None:
            return reply
        return replace(reply, text=f"{reply.text}\n\n{wording.OTHER_LANGUAGE_IN[language]}",
                       notes=(*reply.notes, f"{LANGUAGE_NOTE}{language}"))

    def _answer(self, query: Query, vectors: QueryVectors | None) -> Reply:
        if query.problem:  # a too-long message with an emergency in it: the safety text only
            return Reply("invalid_input", query.problem)
        return self.compose(query, vectors, self.retrieve(query, vectors))

    def prepare(self, message: Any, history: Any = None) -> Query:
        """Stage 1: the message read once (checked, folded, in context, spelling mended)."""
        return read_message(message, history, self.store.vocabulary,
                            limit=self.config.max_message_chars)

    def embed(self, query: Query) -> QueryVectors:
        """Stage 2: the vectors of what the query searches with (cached for repeated ones)."""
        return self._embed(query.search, query.clauses)

    def route(self, query: Query, vectors: QueryVectors | None = None) -> Decision:
        """Stage 3: triage. A message too long or unreadable to answer is still read for an
        emergency or a crisis, by the rules alone."""
        if query.problem:
            return urgent_route(query.text, self.config.triage)
        # a message made wholly of greetings, thanks or talk about the bot names no sign: the
        # rules read it, the learned layers would only read "doctor" or "help" in it
        social = smalltalk_reply(query.text) is not None
        # nor one in a script the encoder reads letter by letter: its vector names the script
        unread = another_script(query.text)
        return route(query.text, query.turns,
                     query_vector=None if vectors is None or social or unread else vectors.query,
                     clause_vectors=None if vectors is None else vectors.clauses,
                     follow_up=query.follow_up, bank=self._load_bank(), model=self._load_model(),
                     ngrams=self._load_ngrams(), clauses=query.clauses, config=self.config.triage,
                     known=self.store.vocabulary)

    def retrieve(self, query: Query, vectors: QueryVectors, *,
                 mode: SearchMode | None = None) -> list[Hit]:
        """Stage 4: the top passages for the query (`mode` overrides the configured one)."""
        search = self.config.search if mode is None else replace(self.config.search, mode=mode)
        return self.store.search(vectors.query, query.search, k=self.config.top_k,
                                 config=search, focus_vector=vectors.focus)

    def compose(self, query: Query, vectors: QueryVectors, hits: list[Hit]) -> Reply:
        """Stage 5: the answerer's reply (small talk, off topic, not covered, or cited)."""
        return self._load_answerer().compose(query.text, query.search, vectors.query, hits,
                                             alone=not query.turns)

    def _embed_uncached(self, search: str, clauses: tuple[str, ...] = ()) -> QueryVectors:
        vectors = embed_query(self.encoder, self.store, search, self.config.search,
                              clauses=clauses)
        for vector in (vectors.query, vectors.focus, vectors.clauses):
            if vector is not None:
                vector.setflags(write=False)  # shared by every later reply to the same words
        return vectors
