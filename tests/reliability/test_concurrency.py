"""Many users at once: 50 gradio_client sessions, 500 requests, against `python app.py`.

No request fails, and every reply is exactly what its question gets when asked alone, so no
reply is lost or handed to the wrong session. Latency percentiles go to reports/load.json.
"""

from __future__ import annotations

import json
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.reliability.server import ROOT, running_app

pytestmark = [pytest.mark.slow, pytest.mark.model]
SESSIONS = 50
REQUESTS_PER_SESSION = 10
SECRET = "zebracorn"
QUESTIONS = (
    "What is a hamstring cramp?", "How long should I hold a hamstring stretch?",
    "Should I use heat or ice?", "What helps a hamstring cramp right now?",
    "When should I see a doctor?", "Does drinking water help with cramps?",
    "Can massage help a cramp?", "Why do hamstrings cramp during exercise?",
    f"My secret word is {SECRET}. Do bananas help with cramps?", "what is the capital of France",
)


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    with running_app(tmp_path_factory.mktemp("load")) as (url, log):
        yield url, log


def ask(client, endpoint: str, question: str):
    """What a fresh conversation gets back for `question`, in a comparable form."""
    if endpoint == "/ask":
        return json.dumps(client.predict(question, [], api_name="/ask"), sort_keys=True)
    client.reset_session()  # a fresh conversation, so earlier questions do not shape the reply
    return json.dumps(client.predict(question, api_name="/chat"), sort_keys=True)


def percentile(sorted_values: list[float], q: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, round(q * (len(sorted_values) - 1)))]


def test_many_sessions_at_once_lose_and_cross_no_reply(app_url):
    from gradio_client import Client

    url, log = app_url
    endpoints = sorted(set(Client(url, verbose=False).view_api(print_info=False, return_format="dict")
                           ["named_endpoints"]) & {"/chat", "/ask"})
    assert endpoints, "the app exposes neither /chat nor /ask"
    alone_client = Client(url, verbose=False)
    alone = {(e, q): ask(alone_client, e, q) for e in endpoints for q in QUESTIONS}

    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()

    def session(worker: int) -> None:
        client = Client(url, verbose=False)
        for i in range(REQUESTS_PER_SESSION):
            question = QUESTIONS[(worker + i) % len(QUESTIONS)]
            endpoint = endpoints[(worker + i) % len(endpoints)]
            started = time.perf_counter()
            try:
                got = ask(client, endpoint, question)
            except Exception as err:  # every failure is reported, not just the first
                got = f"{type(err).__name__}: {err}"
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if got != alone[endpoint, question]:
                    failures.append(f"session {worker} {endpoint} {question!r}: {got[:300]}")

    started = time.perf_counter()
    with ThreadPoolExecutor(SESSIONS) as pool:
        list(pool.map(session, range(SESSIONS)))
    wall = time.perf_counter() - started

    ordered = sorted(latencies)
    report = {
        "sessions": SESSIONS, "requests": len(latencies), "endpoints": endpoints,
        "failures": len(failures), "wall_seconds": round(wall, 2),
        "throughput_per_second": round(len(latencies) / wall, 2),
        "latency_seconds": {name: round(percentile(ordered, q), 3) for name, q in
                            (("p50", 0.5), ("p90", 0.9), ("p95", 0.95), ("p99", 0.99), ("max", 1.0))}
                           | {"mean": round(statistics.fmean(ordered), 3)},
    }
    out = ROOT / "reports" / "load.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nload: {json.dumps(report)}")
    assert len(latencies) == SESSIONS * REQUESTS_PER_SESSION
    assert not failures, "\n".join(failures[:10])
    assert SECRET not in Path(log).read_text(), "the server log holds a question's words"
