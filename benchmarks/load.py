"""Many clients at once against `python app.py`: the JSON API, then the page's own API.

`python -m benchmarks --only load`. Everything goes to 127.0.0.1; each round is bounded by a
deadline and a request count, and stops by itself. 100 clients (asyncio connections kept
alive, so the client side costs little of the two cores) send one question after another;
a 429 is honoured by waiting its Retry-After. Every question is distinct (a question of the
eval sets and a number), so each reply embeds its question: the cost of the work, not of the
query cache. The in-process rate, `Chatbot.reply` on one thread over questions made the same
way, is measured in the same run, so the ratio compares like with like.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from benchmarks.app_process import running_app
from benchmarks.reply import BENCH_INDEX, load_questions
from benchmarks.timing import rss_mb, summary_ms

log = logging.getLogger(__name__)

CLIENTS = 100
ALONE_SECONDS = 5.0  # one client by itself, before and after the rounds
DRAIN_SECONDS = 5.0  # a full Gradio queue (64) takes about 2 s to empty
MAX_REQUESTS = 200_000  # per round, whatever the deadline: the loop is bounded twice


def distinct_questions(start: int) -> Iterator[str]:
    """Questions no one asked before in this run: an eval question and a number."""
    questions = load_questions()
    n = start
    while True:
        yield f"{questions[n % len(questions)]} (#{n})"
        n += 1


def in_process_rate(index_dir: Path, *, replies: int = 300) -> dict[str, Any]:
    """Chatbot.reply on one thread, as the server's replies run, over distinct questions."""
    from bot import Chatbot, ChatbotConfig

    chatbot = Chatbot(ChatbotConfig(index_dir=index_dir)).load()
    questions = distinct_questions(10_000_000)  # numbers the server never gets
    for _ in range(20):
        chatbot.reply(next(questions))  # first-use costs out of the way
    times = []
    started = time.perf_counter()
    for _ in range(replies):
        begun = time.perf_counter()
        chatbot.reply(next(questions))
        times.append(time.perf_counter() - begun)
    elapsed = time.perf_counter() - started
    return {"replies": replies, "replies_per_s": round(replies / elapsed, 1),
            "latency": summary_ms(times)}


class Connection:
    """One kept-alive HTTP/1.1 connection: a request, then its whole reply (length or chunked)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, path: str, body: bytes = b"") -> tuple[int, dict, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        head = (f"{method} {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n")
        self.writer.write(head.encode() + body)
        status = int((await self.reader.readline()).split()[1])
        headers = {}
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            data = await self.reader.readexactly(int(headers["content-length"]))
        else:
            data = await self._chunked()
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status, headers, data

    async def _chunked(self) -> bytes:
        parts = []
        while size := int((await self.reader.readline()).split(b";")[0], 16):
            parts.append(await self.reader.readexactly(size))
            await self.reader.readline()
        await self.reader.readline()
        return b"".join(parts)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


@dataclass
class Round:
    """What one round saw: latencies of the replies, and every status counted."""

    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    inside: list[float] = field(default_factory=list)  # of those, seconds in the API (Server-Timing)
    statuses: Counter = field(default_factory=Counter)

    def summary(self) -> dict[str, Any]:
        replies = len(self.latencies)
        errors = {str(k): v for k, v in self.statuses.items() if k not in (200, 429, 503)}
        return {"seconds": round(self.seconds, 1), "replies": replies,
                "replies_per_s": round(replies / self.seconds, 1) if self.seconds else 0.0,
                "latency": summary_ms(self.latencies), "in_api": summary_ms(self.inside),
                "busy_429": self.statuses[429],
                "busy_503": self.statuses[503], "errors": errors}


async def ask_api(connection: Connection, question: str) -> tuple[int, dict]:
    body = json.dumps({"question": question}).encode()
    status, headers, data = await connection.request("POST", "/api/v1/ask", body)
    if status == 200 and "kind" not in json.loads(data):
        status = -1  # a 200 that is not a reply is an error too
    return status, headers


async def ask_page(connection: Connection, question: str) -> tuple[int, dict]:
    """The page's /ask through Gradio's queue: join, then read the event's stream to its end."""
    body = json.dumps({"data": [question, []]}).encode()
    status, headers, data = await connection.request("POST", "/gradio_api/call/ask", body)
    if status != 200:
        return status, headers
    event = json.loads(data)["event_id"]
    status, headers, stream = await connection.request("GET", f"/gradio_api/call/ask/{event}")
    if b"event: complete" not in stream:
        full = b"queue is full" in stream.lower() or b"queue_full" in stream.lower()
        return (503 if full else -1), headers
    return status, headers


async def run_round(url_host: str, port: int, ask, questions: Iterator[str], *,
                    clients: int, seconds: float) -> Round:
    result = Round()
    deadline = time.perf_counter() + seconds
    budget = [MAX_REQUESTS]

    async def client() -> None:
        connection = Connection(url_host, port)
        try:
            while time.perf_counter() < deadline and budget[0] > 0:
                budget[0] -= 1
                started = time.perf_counter()
                try:
                    status, headers = await asyncio.wait_for(
                        ask(connection, next(questions)), timeout=max(1.0, deadline - started + 5))
                except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError,
                        IndexError) as err:
                    status, headers = type(err).__name__, {}
                    connection.close()
                result.statuses[status] += 1
                if status == 200:
                    result.latencies.append(time.perf_counter() - started)
                    timing = headers.get("server-timing", "")
                    if timing.startswith("api;dur="):
                        result.inside.append(float(timing[8:].split(",")[0]) / 1e3)
                elif status in (429, 503):
                    wait = float(headers.get("retry-after", "1") or 1)
                    await asyncio.sleep(min(wait, max(0.0, deadline - time.perf_counter())))
        finally:
            connection.close()

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    result.seconds = time.perf_counter() - started
    return result


def rounds_against(app, ask, *, clients: int, seconds: float, rounds: int,
                   first_question: int) -> dict[str, Any]:
    """`rounds` rounds of `clients` at once, with one client alone before and after them (the
    issue saw one client's rate fall from 40 to 24 replies/s after three rounds)."""
    questions = distinct_questions(first_question)
    port = urlsplit(app.url).port

    def one_round(clients: int, seconds: float) -> dict[str, Any]:
        done = asyncio.run(run_round("127.0.0.1", port, ask, questions, clients=clients,
                                     seconds=seconds))
        return done.summary() | {"server_rss_mb": rss_mb(app.process.pid)["rss_mb"]}

    alone_before = one_round(1, ALONE_SECONDS)
    summaries = []
    for number in range(rounds):
        summaries.append(one_round(clients, seconds))
        log.info("load round %d: %s", number + 1, summaries[-1])
    time.sleep(DRAIN_SECONDS)  # calls the page's queue still holds from the last round
    alone_after = one_round(1, ALONE_SECONDS)
    log.info("one client alone, before and after: %s / %s replies/s",
             alone_before["replies_per_s"], alone_after["replies_per_s"])
    first, last = summaries[0]["server_rss_mb"], summaries[-1]["server_rss_mb"]
    return {"clients": clients, "rounds": summaries, "alone_before": alone_before,
            "alone_after": alone_after,
            "memory_growth": round(last / first - 1, 3) if first else None}


def run(*, seconds: float = 60.0, rounds: int = 3, page_seconds: float = 30.0,
        clients: int = CLIENTS, index_dir: Path = BENCH_INDEX) -> dict[str, Any]:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    in_process = in_process_rate(index_dir)
    log.info("in process: %s", in_process)
    fd, name = tempfile.mkstemp(prefix="bench-load-", suffix=".log")
    os.close(fd)
    with running_app(index_dir, Path(name)) as app:
        api = rounds_against(app, ask_api, clients=clients, seconds=seconds, rounds=rounds,
                             first_question=0)
        page = rounds_against(app, ask_page, clients=clients, seconds=page_seconds,
                              rounds=rounds, first_question=5_000_000)
        peak = rss_mb(app.process.pid)["peak_rss_mb"]
    log_bytes = Path(name).stat().st_size
    api_rounds = api["rounds"]
    worst_p95 = max(r["latency"]["p95_ms"] for r in api_rounds)
    lowest = min(r["replies_per_s"] for r in api_rounds)
    result = {
        "in_process": in_process, "api": api, "page": page, "server_peak_rss_mb": peak,
        "server_log": name, "server_log_bytes": log_bytes,
        "targets": {
            "api_errors": sum(sum(r["errors"].values()) for r in api_rounds),
            "api_p95_ms": worst_p95,
            "api_throughput_ratio": round(lowest / in_process["replies_per_s"], 3),
            "memory_growth": api["memory_growth"],
        },
    }
    log.info("load: %s", result["targets"])
    return result


def met(result: dict[str, Any]) -> dict[str, bool]:
    """Each target of the load benchmark, met or not."""
    t = result["targets"]
    growth = max(abs(result["api"]["memory_growth"] or 0), abs(result["page"]["memory_growth"] or 0))
    return {"no errors but 429/503": t["api_errors"] == 0, "p95 < 0.5 s": t["api_p95_ms"] < 500,
            "throughput >= 0.3x in-process": t["api_throughput_ratio"] >= 0.3,
            "memory within 10%": growth <= 0.10}
