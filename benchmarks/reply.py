"""Reply latency through Chatbot.reply beside a bare sentence-transformers encode, per question.

The bare encode is what a plain retrieval pipeline spends before it can even search, so
reply p50 / encode p50 says how the whole reply compares with that. The chatbot's encoder
and its store's search are wrapped to time their calls, which splits each reply into the
query embedding, retrieval and everything else (triage, answer, citations).
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
QUESTION_FILES = (ROOT / "eval" / "questions.jsonl", ROOT.parent / "shared" / "eval" / "dev_questions.jsonl")
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


def load_questions(paths=QUESTION_FILES) -> list[str]:
    questions = []
    for path in paths:
        if path.is_file():
            with path.open(encoding="utf-8") as handle:
                questions += [json.loads(line)["question"] for line in handle if line.strip()]
    return questions


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
    from sentence_transformers import SentenceTransformer

    from bot import Chatbot, ChatbotConfig
    from index import SentenceEncoder
    from index.encoder import bundled_model_path

    questions = load_questions()
    encoder = TimedEncoder(SentenceEncoder())
    chatbot = Chatbot(ChatbotConfig(index_dir=index_dir), encoder=encoder).load()
    search_seconds = time_calls(chatbot.store, "search")
    chatbot.reply(questions[0])  # first-use costs (lazy vocabularies, caches) out of the way
    serving_peak = peak_rss_mb()
    bare = SentenceTransformer(bundled_model_path(), device="cpu")  # as a plain pipeline loads it
    bare.encode([questions[0]], normalize_embeddings=True)

    beyond, searches = [], []

    def reply(i: int) -> None:
        encoder.seconds, search_seconds[0] = 0.0, 0.0
        started = time.perf_counter()
        chatbot.reply(questions[i])
        beyond.append(time.perf_counter() - started - encoder.seconds)
        searches.append(search_seconds[0])

    times = interleave(rounds, {
        "reply": reply,
        "encode": lambda i: bare.encode([questions[i]], normalize_embeddings=True),
    }, len(questions))
    result = {
        "questions": len(questions), "rounds": rounds,
        "reply": summary_ms(times["reply"]), "encode": summary_ms(times["encode"]),
        "beyond_encoder": summary_ms(beyond),
        "search": summary_ms([s for s in searches if s > 0]),
        "replies_with_search": sum(s > 0 for s in searches),
        "peak_rss_mb": serving_peak, "peak_rss_with_bare_model_mb": peak_rss_mb(),
        "torch_threads": __import__("torch").get_num_threads(),
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
