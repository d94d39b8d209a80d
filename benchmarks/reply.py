"""Reply latency through Chatbot.reply beside a bare sentence-transformers encode, per question.

The bare encode is what a plain retrieval pipeline spends before it can even search, so
reply p50 / encode p50 says how the whole reply compares with that. The questions are
distinct: the evaluation questions and the probes' questions about cramps, some 400. The
chatbot runs as it serves (the ONNX encoder on `encoder_threads` threads) but answers each
question fresh: its query cache is off and the caches keyed on a whole message are emptied
before every reply, so no reply is served from a cache. Repeated questions, answered from
the query cache, are timed apart. The
chatbot's encoder and its store's search are wrapped to time their calls, which splits
each reply into the query embedding, retrieval and everything else (triage, answer,
citations).
"""

from __future__ import annotations

import cProfile
import io
import json
import logging
import pstats
import re
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.timing import interleave, peak_rss_mb, summary_ms

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
QUESTION_FILES = (ROOT / "evaluation" / "data" / "questions.jsonl", ROOT.parent / "shared" / "eval" / "dev_questions.jsonl")
# Probes that expect an answer (or a plain "not covered"): questions people ask about cramps.
# Not the blind sets: what judges triage is not read by anything else.
PROBE_FILES = (ROOT / "evaluation" / "data" / "probes.jsonl",
               ROOT / "evaluation" / "data" / "probes_families.jsonl")
ASKED = ("answer", "no_answer")
BENCH_INDEX = ROOT / "reports" / "bench-index"


class TimedEncoder:
    """An encoder that adds the seconds spent in each call to a running total."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.name = inner.name
        self.dimension = inner.dimension
        self.seconds = 0.0
        self._lock = threading.Lock()

    def load(self) -> TimedEncoder:
        self.inner.load()
        return self

    def encode(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        started = time.perf_counter()
        try:
            return self.inner.encode(texts, progress=progress)
        finally:
            with self._lock:
                self.seconds += time.perf_counter() - started


def load_questions(paths=QUESTION_FILES, probe_paths=PROBE_FILES) -> list[str]:
    """Distinct questions, in file order: each set's questions, then the probes' questions
    that stand alone (no earlier turns) and expect an answer."""
    rows = [row for path in paths for row in _rows(path)]
    questions = [row["question"] for row in rows]
    questions += [row["message"] for path in probe_paths for row in _rows(path)
                  if row["expect"][0] in ASKED and not row.get("history")]
    return list(dict.fromkeys(questions))


def _rows(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def time_calls(obj: Any, method: str) -> list[float]:
    """Wrap `obj.method` so each call's seconds accumulate into the returned one-item list."""
    total = [0.0]
    inner = getattr(obj, method)

    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            total[0] += time.perf_counter() - started

    setattr(obj, method, timed)
    return total


def run(*, rounds: int = 3, index_dir: Path = BENCH_INDEX) -> dict[str, Any]:
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from bot import Chatbot, ChatbotConfig
    from bot.query.normalise import normalise
    from bot.safety.triage import rule_triage
    from index.encoders import bundled_model_path, load_encoder

    questions = load_questions()
    config = ChatbotConfig(index_dir=index_dir, query_cache=0)  # every reply embeds its question
    encoder = TimedEncoder(load_encoder(config.encoder, config.encoder_dir,
                                        threads=config.encoder_threads))
    chatbot = Chatbot(config, encoder=encoder).load()
    search_seconds = time_calls(chatbot.store, "search")
    chatbot.reply(questions[0])  # first-use costs (lazy vocabularies, caches) out of the way
    serving_peak = peak_rss_mb()  # before sentence-transformers and torch come in for the bare side
    import faiss
    import torch
    from sentence_transformers import SentenceTransformer

    bare = SentenceTransformer(bundled_model_path(), device="cpu")  # as a plain pipeline loads it
    bare.encode([questions[0]], normalize_embeddings=True)
    # torch and faiss share one OpenMP thread setting in this process, and the Chatbot set it
    # to one. A plain pipeline would run torch on every core; on a busy machine one thread
    # can be faster. Both are timed and the faster is the baseline: the harder comparison.
    cores = os.cpu_count() or 1

    def bare_encode(threads: int):
        def run(i: int) -> None:
            torch.set_num_threads(threads)
            bare.encode([questions[i]], normalize_embeddings=True)
        return run

    beyond, searches = [], []

    def reply(i: int) -> None:
        faiss.omp_set_num_threads(1)  # as Chatbot.load leaves it
        # Whole-message caches serve a repeated message, as the query cache (off here) does:
        # every round must do a first reply's work.
        normalise.cache_clear()
        rule_triage.cache_clear()
        encoder.seconds, search_seconds[0] = 0.0, 0.0
        started = time.perf_counter()
        chatbot.reply(questions[i])
        beyond.append(time.perf_counter() - started - encoder.seconds)
        searches.append(search_seconds[0])

    # The int8 copy of the export (index/encoders/quantize.py), an opt-in for questions: its
    # replies and its encode beside the rest, on the same store.
    int8 = load_encoder("onnx-int8", config.encoder_dir, threads=config.encoder_threads)
    int8_chatbot = Chatbot(config, encoder=int8, store=chatbot.store).load()
    int8_chatbot.reply(questions[0])

    def int8_reply(i: int) -> None:
        normalise.cache_clear()
        rule_triage.cache_clear()
        int8_chatbot.reply(questions[i])

    times = interleave(rounds, {
        "reply": reply,
        "reply_int8": int8_reply,
        "int8_encode": lambda i: int8.encode([questions[i]]),
        f"encode_{cores}_threads": bare_encode(cores),
        "encode_1_thread": bare_encode(1),
        "our_encode": lambda i: encoder.inner.encode([questions[i]]),  # one text, as bare does
    }, len(questions))
    encodes = {name: summary_ms(times[name]) for name in (f"encode_{cores}_threads", "encode_1_thread")}
    faster = min(encodes, key=lambda name: encodes[name]["p50_ms"])
    # The same replies back to back, with no bare encode between them to empty the CPU's
    # caches: what beyond-the-embedding costs when a reply follows a reply.
    alone = []

    def reply_alone(i: int) -> None:
        reply(i)
        alone.append(beyond.pop())
        searches.pop()  # the search figures stay those of the interleaved replies

    interleave(1, {"reply": reply_alone}, len(questions))
    cached = Chatbot(ChatbotConfig(index_dir=index_dir), encoder=encoder.inner,
                     store=chatbot.store).load()
    for question in questions:
        cached.reply(question)
    repeat = interleave(1, {"repeat": lambda i: cached.reply(questions[i])}, len(questions))
    result = {
        "encoder": type(encoder.inner).__name__,
        "questions": len(questions), "rounds": rounds,
        "reply": summary_ms(times["reply"]), "encode": encodes[faster], "encode_sides": encodes,
        "encode_baseline": faster, "our_encode": summary_ms(times["our_encode"]),
        "reply_int8": summary_ms(times["reply_int8"]), "int8_encode": summary_ms(times["int8_encode"]),
        "beyond_encoder": summary_ms(beyond), "beyond_encoder_back_to_back": summary_ms(alone),
        "repeated_question": summary_ms(repeat["repeat"]),  # its vector from the LRU cache
        "search": summary_ms([s for s in searches if s > 0]),
        "replies_with_search": sum(s > 0 for s in searches),
        "peak_rss_mb": serving_peak, "peak_rss_with_bare_model_mb": peak_rss_mb(),
    }
    result["ratio_reply_to_encode_p50"] = round(result["reply"]["p50_ms"] / result["encode"]["p50_ms"], 3)
    result["profile_beyond_encoder"] = profile(chatbot, questions)
    log.info("reply: %s", {k: v for k, v in result.items() if k != "profile_beyond_encoder"})
    return result


def profile(chatbot, questions: list[str], top: int = 15) -> list[str]:
    """Where a round of replies spends its time, by cumulative time, our code only."""
    profiler = cProfile.Profile()
    profiler.enable()
    for question in questions:
        chatbot.reply(question)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).sort_stats("cumulative")
    root = str(Path(__file__).resolve().parent.parent)
    stats.print_stats(re.escape(root) + r"/(bot|index|corpus)/", top)
    return [line.rstrip() for line in out.getvalue().splitlines()
            if root in line or "ncalls" in line]
