"""The plain JSON API beside the page: POST /api/v1/ask, GET /healthz and /readyz.

Stateless: a call carries its own history, so any copy of the app behind a load balancer
can answer it. It runs outside the page's queue, with a bounded queue of its own: at most
`concurrency` replies at once and `waiting` more; past that a call gets 429 at once, with
Retry-After, instead of waiting longer than a client would.
"""

from __future__ import annotations

import asyncio
import json
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from bot import REPLY_KINDS, Chatbot
from web.page import safe_reply

API_PREFIX = "/api/v1"


@dataclass(frozen=True)
class ApiLimits:
    """How much of the machine the API may hold at once.

    `waiting` bounds the wait: a reply takes a few milliseconds, so 32 waiting on two
    cores keep a call well under half a second (docs/benchmarks.md measures it).
    """

    concurrency: int = os.cpu_count() or 1  # replies run side by side
    waiting: int = 32  # calls queued behind them before the next gets 429
    retry_after_s: int = 1

    def __post_init__(self) -> None:
        if self.concurrency < 1 or self.waiting < 0 or self.retry_after_s < 0:
            raise ValueError(f"concurrency must be at least 1, waiting and retry_after_s at "
                             f"least 0 (got concurrency={self.concurrency}, "
                             f"waiting={self.waiting}, retry_after_s={self.retry_after_s})")


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
    """A count of calls inside (replying or waiting), touched only from the event loop."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.inside = 0

    def enter(self) -> bool:
        if self.inside >= self.capacity:
            return False
        self.inside += 1
        return True

    def leave(self) -> None:
        self.inside -= 1

    @property
    def full(self) -> bool:
        return self.inside >= self.capacity


class JsonResponse(JSONResponse):
    """JSON whose lone surrogates (possible in JSON escapes) go out escaped, never as a 500."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode(
            "utf-8", "backslashreplace")


def api_router(chatbot: Chatbot, limits: ApiLimits = ApiLimits()) -> APIRouter:
    """The routes of the JSON API, answering from `chatbot` (loaded before serving)."""
    router = APIRouter()
    pool = ThreadPoolExecutor(limits.concurrency, thread_name_prefix="api-reply")
    admission = Admission(limits.concurrency + limits.waiting)
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
        try:
            history = [turn.model_dump() for turn in request.history]
            reply = await asyncio.wrap_future(pool.submit(safe_reply, chatbot, request.question,
                                                          history))
        finally:
            admission.leave()
        return JsonResponse(reply.to_json())

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
