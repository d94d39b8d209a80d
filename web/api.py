"""The plain JSON API beside the page: POST /api/v1/ask, GET /healthz and /readyz.

Stateless: a call carries its own history, so any copy of the app behind a load balancer
can answer it. It runs outside the page's queue, with a bounded queue of its own: at most
`concurrency` replies at once, and more wait only while their expected wait (those ahead
of them times the recent reply time) stays under `max_wait_s`, and never more than
`waiting`. Past that a call gets 429 at once, with Retry-After, instead of a slow reply.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from bot import REPLY_KINDS, Chatbot, Reply
from web.page import safe_reply

API_PREFIX = "/api/v1"


@dataclass(frozen=True)
class ApiLimits:
    """How much of the machine the API may hold at once, and how long a call may wait.

    The wait is bounded by time, not only by count: a reply takes 5 ms on an idle machine
    and 30 on a busy one, so a fixed count of waiting calls is either too short or too
    slow. docs/benchmarks.md measures the result under 100 clients.
    """

    concurrency: int = os.cpu_count() or 1  # replies run side by side
    waiting: int = 64  # calls queued behind them at most, however fast replies are
    max_wait_s: float = 0.2  # a call expected to wait longer gets 429 at once; one that
    # waited longer all the same (the machine slowed) gets 429 instead of its reply
    retry_after_s: int = 1

    def __post_init__(self) -> None:
        if self.concurrency < 1 or self.waiting < 0 or self.retry_after_s < 0 \
                or not self.max_wait_s > 0:
            raise ValueError(f"concurrency must be at least 1, waiting and retry_after_s at "
                             f"least 0, max_wait_s positive (got concurrency={self.concurrency}, "
                             f"waiting={self.waiting}, max_wait_s={self.max_wait_s}, "
                             f"retry_after_s={self.retry_after_s})")


class HistoryTurn(BaseModel):
    role: Literal["user", "assistant"]
    content: str


class AskRequest(BaseModel):
    """A question and, for a follow-up, the conversation before it."""

    question: str = Field(description="what the person asked; over 2,000 characters gets an "
                                      "invalid_input reply")
    history: list[HistoryTurn] = Field(default_factory=list, description=(
        "earlier turns, oldest first; only the last 20 are read"))


class CitationOut(BaseModel):
    number: int
    title: str
    source: str = Field(description="the article id: its file name without the suffix")
    publisher: str | None
    url: str | None
    section: str
    chunk_id: str
    passage: str
    quote: str = Field(description="the quoted sentences, each found verbatim in passage")
    quote_spans: list[tuple[int, int]] = Field(description="where quote lies in passage")
    score: float


class RetrievedOut(BaseModel):
    title: str
    source: str
    section: str
    chunk_id: str
    passage: str
    score: float


class ReplyOut(BaseModel):
    """The same record as `python -m bot ask --json`."""

    kind: Literal[REPLY_KINDS]  # type: ignore[valid-type]
    answer: str
    citations: list[CitationOut]
    retrieved: list[RetrievedOut]


class Problem(BaseModel):
    error: str


class Admission:
    """Who may come in: calls inside (replying or waiting) and the recent reply time.

    Touched only from the event loop, so it needs no lock.
    """

    def __init__(self, limits: ApiLimits) -> None:
        self.limits = limits
        self.inside = 0
        self.reply_s = 0.01  # a moving average of the time one reply takes, updated by each

    def expected_wait(self) -> float:
        """What the next call would wait: those ahead of it past the free workers, shared out."""
        ahead = self.inside - self.limits.concurrency + 1
        return max(0, ahead) * self.reply_s / self.limits.concurrency

    @property
    def full(self) -> bool:
        return (self.inside >= self.limits.concurrency + self.limits.waiting
                or self.expected_wait() > self.limits.max_wait_s)

    def enter(self) -> bool:
        if self.full:
            return False
        self.inside += 1
        return True

    def leave(self, reply_s: float | None = None) -> None:
        self.inside -= 1
        if reply_s is not None:
            self.reply_s += 0.1 * (reply_s - self.reply_s)


class JsonResponse(JSONResponse):
    """JSON whose lone surrogates (possible in JSON escapes) go out escaped, never as a 500."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode(
            "utf-8", "backslashreplace")


def reply_in_time(deadline: float, took: list[float], chatbot: Chatbot, question: str,
                  history: list[dict[str, str]]) -> Reply | None:
    """The reply, its seconds appended to `took`; None, unanswered, when it starts past
    `deadline` (a perf_counter time)."""
    started = time.perf_counter()
    if started > deadline:
        return None
    try:
        return safe_reply(chatbot, question, history)
    finally:
        took.append(time.perf_counter() - started)


def api_router(chatbot: Chatbot, limits: ApiLimits = ApiLimits()) -> APIRouter:
    """The routes of the JSON API, answering from `chatbot` (loaded before serving)."""
    router = APIRouter()
    pool = ThreadPoolExecutor(limits.concurrency, thread_name_prefix="api-reply")
    admission = Admission(limits)
    busy = {"Retry-After": str(limits.retry_after_s)}

    @router.post(f"{API_PREFIX}/ask", response_model=ReplyOut, tags=["ask"], responses={
        422: {"description": "the body is not a question and a history"},
        429: {"model": Problem, "description": "this copy is at its limit; retry after "
                                               "Retry-After seconds"}})
    async def ask(request: AskRequest) -> Response:
        """The bot's reply to a question: its kind, the answer, its citations and the passages
        retrieved, the same record as `python -m bot ask --json`."""
        if not admission.enter():
            return JsonResponse({"error": "busy: too many questions at once; retry shortly"},
                                status_code=429, headers=busy)
        history = [turn.model_dump() for turn in request.history]
        took: list[float] = []
        arrived = time.perf_counter()
        try:
            reply = await asyncio.wrap_future(pool.submit(
                reply_in_time, arrived + limits.max_wait_s, took, chatbot, request.question,
                history))
        finally:
            admission.leave(took[0] if took else None)
        if reply is None:  # it waited past max_wait_s (the machine slowed): shed, not late
            return JsonResponse({"error": "busy: too many questions at once; retry shortly"},
                                status_code=429, headers=busy)
        inside_ms = (time.perf_counter() - arrived) * 1e3
        # Standard Server-Timing: what the call spent here, waiting and replying (ms).
        timing = f"api;dur={inside_ms:.1f}, reply;dur={took[0] * 1e3:.1f}"
        return JsonResponse(reply.to_json(), headers={"Server-Timing": timing})

    @router.get("/healthz", tags=["health"], responses={200: {"model": Problem}})
    async def healthz() -> Response:
        """200 while the process serves (liveness)."""
        return JsonResponse({"status": "ok"})

    @router.get("/readyz", tags=["health"], responses={503: {"model": Problem}})
    async def readyz() -> Response:
        """200 when this copy can take a question now; 503 while its API queue is full."""
        if admission.full:
            return JsonResponse({"status": "busy"}, status_code=503, headers=busy)
        return JsonResponse({"status": "ready"})

    return router
