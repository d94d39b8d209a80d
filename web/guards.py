"""What every request passes before the page or the API sees it: an ASGI middleware.

It refuses a Host header that is not this machine's when the app is bound to loopback (DNS
rebinding), a write from another site's page (its Origin), Gradio's upload route (the page
has no upload), and a body past `max_body_bytes`, whether it says its length or streams it.
A request that fails inside the app is one log line, never a traceback, and its reply a
short JSON error.
"""

from __future__ import annotations

import ipaddress
import json
import logging
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

log = logging.getLogger(__name__)

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1", "[::1]")
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
# Gradio's upload routes; the page has no upload component, so nothing may be put there.
UPLOAD_PATHS = ("/gradio_api/upload", "/gradio_api/upload_progress", "/upload")
LOGGED_CHARS = 200  # of an error's message, so one request's log line stays short
MAX_BODY_BYTES = 1 << 20  # the page's calls and the API's questions take a few kilobytes


@dataclass(frozen=True)
class GuardConfig:
    """The rules: the address bound (loopback gets the Host check) and the body limit."""

    host: str = "127.0.0.1"
    max_body_bytes: int = MAX_BODY_BYTES

    def __post_init__(self) -> None:
        if self.max_body_bytes < 1:
            raise ValueError(f"max_body_bytes must be positive (got "
                             f"max_body_bytes={self.max_body_bytes})")

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)


def is_loopback(host: str) -> bool:
    """True for localhost and the 127.0.0.0/8 and ::1 addresses."""
    if host.strip("[]").lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# Checks a call's parsed JSON body; returns why it is malformed, or None.
CallCheck = Callable[[str, Any], "str | None"]
CHECKED_PATHS = ("/gradio_api/queue/join", "/gradio_api/call/")


class Guard:
    """Wraps the whole app (page, API, Gradio's routes) in the rules of a GuardConfig.

    `check_call` reads the body of the page's queue calls first (they are small): Gradio
    prints a traceback for a call that is short of inputs, so such a call is refused here.
    """

    def __init__(self, app: ASGIApp, config: GuardConfig = GuardConfig(), *,
                 check_call: CallCheck | None = None) -> None:
        self.app = app
        self.config = config
        self.check_call = check_call

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        refusal = self.refusal(scope, headers)
        if refusal:
            status, message = refusal
            log.warning("refused %s %s: %s", scope["method"], _short(scope["path"]), message)
            await respond(send, status, message)
            return
        limit = self.config.max_body_bytes
        if self.check_call and scope["method"] == "POST" and \
                scope["path"].startswith(CHECKED_PATHS):
            body = await read_body(receive, limit)
            problem = (f"the body is over {limit} bytes" if body is None
                       else self.check_call(scope["path"], _json_or_none(body)))
            if problem:
                log.warning("refused %s %s: %s", scope["method"], _short(scope["path"]), problem)
                await respond(send, 413 if body is None else 422, problem)
                return
            receive = replay(body, receive)
        received = 0
        refused = started = finished = False

        async def bounded_receive() -> dict[str, Any]:
            # A streamed body past the limit is answered 413 here; the app is told the client
            # left (every framework handles that quietly) and what it sends next is dropped.
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    refused = True
                    log.warning("refused %s %s: a body over %d bytes", scope["method"],
                                _short(scope["path"]), limit)
                    if not started:
                        await respond(send, 413, f"the body is over {limit} bytes")
                    return {"type": "http.disconnect"}
            return message

        async def app_send(message: dict[str, Any]) -> None:
            nonlocal started, finished
            if refused:
                return
            started = started or message["type"] == "http.response.start"
            finished = message["type"] == "http.response.body" and not message.get("more_body")
            await send(message)

        try:
            await self.app(scope, bounded_receive, app_send)
        except Exception as err:  # anything the app let through: one line, no traceback
            if refused:
                return
            # After the reply began (Gradio's event stream re-raises what it already told
            # the client), the stream is ended cleanly; before, the client gets a 500.
            log.log(logging.WARNING if started else logging.ERROR, "%s %s failed: %s: %s",
                    scope["method"], _short(scope["path"]), type(err).__name__,
                    _short(str(err)))
            if not started:
                await respond(send, 500, "something went wrong on the server")
            elif not finished:
                await send({"type": "http.response.body", "body": b"", "more_body": False})

    def refusal(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str] | None:
        """(status, why) when the request is refused before the app sees it, else None."""
        host = headers.get("host", "")
        if self.config.loopback and _hostname(host) not in LOOPBACK_NAMES:
            return 400, f"this server answers only to localhost (got Host {_short(host, 60)!r})"
        path = scope["path"]
        if path.rstrip("/") in UPLOAD_PATHS:
            return 403, "this app takes no uploads"
        origin = headers.get("origin")
        if scope["method"] not in SAFE_METHODS and origin is not None and \
                origin.partition("://")[2].lower() != host.lower():
            return 403, "a write from another site's page is refused"
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.config.max_body_bytes:
            return 413, f"the body is over {self.config.max_body_bytes} bytes"
        return None


async def read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole request body, or None past `limit` bytes (or when the client left)."""
    body = b""
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None
        body += message.get("body", b"")
        if len(body) > limit:
            return None
        if not message.get("more_body"):
            return body


def replay(body: bytes, receive: Receive) -> Receive:
    """A receive() that gives `body` once, then whatever the client sends next."""
    sent = False

    async def again() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return again


def _json_or_none(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return None  # Gradio's own parsing answers 422 for it


def _hostname(host: str) -> str:
    """The Host header without its port: 'localhost:7860' -> 'localhost', '[::1]:80' -> '[::1]'."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[:host.find("]") + 1]
    return host.partition(":")[0]


def _short(text: str, limit: int = LOGGED_CHARS) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


async def respond(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
