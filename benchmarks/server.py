"""Throughput through the real server: `app.py` as a child process, questions from 8 threads.

Requests go to 127.0.0.1 only, through gradio_client, bounded by a count and a deadline.
One client at a time first (latency without queueing), then 8 at once (throughput).
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from benchmarks.app_process import running_app
from benchmarks.reply import BENCH_INDEX, load_questions
from benchmarks.timing import rss_mb, summary_ms

log = logging.getLogger(__name__)

THREADS = 8


def pick_endpoint(client) -> str:
    """`/ask` (message, history) -> reply JSON when the app has it, else `/chat`."""
    named = client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    for name in ("/ask", "/chat"):
        if name in named:
            return name
    raise RuntimeError(f"the app has neither /ask nor /chat (it has {', '.join(named)})")


def run(*, requests: int = 200, deadline_s: float = 120.0, index_dir: Path = BENCH_INDEX) -> dict[str, Any]:
    from gradio_client import Client

    fd, name = tempfile.mkstemp(prefix="bench-server-", suffix=".log")
    os.close(fd)
    with running_app(index_dir, Path(name)) as app:
        questions = load_questions()
        local = threading.local()

        def client() -> Client:
            if not hasattr(local, "client"):
                local.client = Client(app.url, verbose=False)
            return local.client

        endpoint = pick_endpoint(client())

        def ask(i: int) -> float:
            started = time.perf_counter()
            client().predict(questions[i % len(questions)], [], api_name=endpoint)
            return time.perf_counter() - started

        sequential = [ask(0)]
        first_answer_s = time.perf_counter() - app.spawned  # what the first visitor waits at most
        sequential += [ask(i) for i in range(1, min(20, requests))]
        latencies: list[float] = []
        stop = time.perf_counter() + deadline_s
        started = time.perf_counter()
        with ThreadPoolExecutor(THREADS) as pool:
            futures = [pool.submit(lambda i=i: ask(i) if time.perf_counter() < stop else None)
                       for i in range(requests)]
            for future in futures:
                seconds = future.result()
                if seconds is not None:
                    latencies.append(seconds)
        elapsed = time.perf_counter() - started
        memory = rss_mb(app.process.pid)
    result = {
        "endpoint": endpoint, "threads": THREADS, "completed": len(latencies),
        "requested": requests, "seconds": round(elapsed, 2),
        "replies_per_s": round(len(latencies) / elapsed, 2),
        "latency": summary_ms(latencies), "sequential": summary_ms(sequential),
        "server_start_to_listening_s": round(app.listening_s, 2),
        "server_start_to_first_answer_s": round(first_answer_s, 2),
        "server_rss_mb": memory["rss_mb"], "server_peak_rss_mb": memory["peak_rss_mb"],
        "server_log": name,
    }
    log.info("server: %s", result)
    return result
