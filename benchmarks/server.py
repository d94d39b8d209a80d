"""Throughput through the real server: `app.py` as a child process, questions from 8 threads.

Requests go to 127.0.0.1 only, through gradio_client, bounded by a count and a deadline.
One client at a time first (latency without queueing), then 8 at once (throughput).
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from benchmarks.reply import BENCH_INDEX, load_questions
from benchmarks.timing import rss_mb, summary_ms

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
THREADS = 8


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, child: subprocess.Popen, deadline_s: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < deadline_s:
        if child.poll() is not None:
            raise RuntimeError(f"app.py exited with {child.returncode} before serving")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return time.perf_counter() - started
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"app.py did not listen on port {port} within {deadline_s:.0f} s")


def pick_endpoint(client) -> str:
    """`/ask` (message, history) -> reply JSON when the app has it, else `/chat`."""
    named = client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    for name in ("/ask", "/chat"):
        if name in named:
            return name
    raise RuntimeError(f"the app has neither /ask nor /chat (it has {', '.join(named)})")


def run(*, requests: int = 200, deadline_s: float = 120.0, index_dir: Path = BENCH_INDEX) -> dict[str, Any]:
    from gradio_client import Client

    port = free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False"}
    log_file = tempfile.NamedTemporaryFile(prefix="bench-server-", suffix=".log", delete=False)
    spawned = time.perf_counter()
    child = subprocess.Popen([sys.executable, "app.py", "--port", str(port), "--index",
                              str(index_dir), "--no-feedback"], cwd=ROOT, env=env,
                             stdout=log_file, stderr=subprocess.STDOUT)
    try:
        start_s = wait_for_port(port, child, deadline_s=600)
        url = f"http://127.0.0.1:{port}/"
        questions = load_questions()
        local = threading.local()

        def client() -> Client:
            if not hasattr(local, "client"):
                local.client = Client(url, verbose=False)
            return local.client

        endpoint = pick_endpoint(client())

        def ask(i: int) -> float:
            started = time.perf_counter()
            client().predict(questions[i % len(questions)], [], api_name=endpoint)
            return time.perf_counter() - started

        sequential = [ask(0)]
        first_answer_s = time.perf_counter() - spawned  # what the first visitor waits at most
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
        memory = rss_mb(child.pid)
    finally:
        child.terminate()
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()
        log_file.close()
    result = {
        "endpoint": endpoint, "threads": THREADS, "completed": len(latencies),
        "requested": requests, "seconds": round(elapsed, 2),
        "replies_per_s": round(len(latencies) / elapsed, 2),
        "latency": summary_ms(latencies), "sequential": summary_ms(sequential),
        "server_start_to_listening_s": round(start_s, 2),
        "server_start_to_first_answer_s": round(first_answer_s, 2),
        "server_rss_mb": memory["rss_mb"], "server_peak_rss_mb": memory["peak_rss_mb"],
        "server_log": log_file.name,
    }
    log.info("server: %s", result)
    return result
