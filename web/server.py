"""One ASGI app: the JSON API and health checks beside the chat page, behind the guards; served
by uvicorn.

    app = create_app(chatbot, build_page(chatbot, feedback), ServerConfig())
    serve(app, ServerConfig())                    # or serve(..., block=False).close()
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import gradio as gr
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from gradio.route_utils import FnIndexInferError

from bot import Chatbot
from web.api import API_PREFIX, ApiLimits, api_router
from web.guards import MAX_BODY_BYTES, Guard, GuardConfig
from web.page import page_style, queue_page

log = logging.getLogger(__name__)

# Sessions the page keeps in memory; the least recently used goes first. Gradio's default,
# 10,000, let memory grow from 650 to 890 MB under three rounds of 100 clients (issue 17).
# A session holds at most page.MAX_EXCHANGES exchanges.
PAGE_SESSIONS = 1000


async def _refuse_call(request: Request, err: Exception) -> JSONResponse:
    """A call Gradio cannot route (an unknown API name or function index): one log line, 4xx."""
    status = 404 if isinstance(err, FnIndexInferError) else 400
    log.warning("refused %s %s: %s: %s", request.method, request.url.path[:200],
                type(err).__name__, str(err)[:200])
    return JSONResponse({"error": "no such API" if status == 404 else "a malformed call"},
                        status_code=status)


# What Gradio's routes raise for a call that names nothing the page has (they would be 500s
# with a traceback): fn_index 999 is a KeyError, api_name "nope" a FnIndexInferError.
CLIENT_ERRORS = {FnIndexInferError: _refuse_call, KeyError: _refuse_call,
                 IndexError: _refuse_call}


@dataclass(frozen=True)
class ServerConfig:
    """Where to listen and the limits every route keeps."""

    host: str = "127.0.0.1"
    port: int = 7860  # 0: any free port
    max_body_bytes: int = MAX_BODY_BYTES
    api: ApiLimits = field(default_factory=ApiLimits)
    page_sessions: int = PAGE_SESSIONS
    # Connections and requests at once, page and API together; past it uvicorn answers 503.
    max_connections: int = 1000
    # On SIGTERM, how long calls in flight may take to finish; the page's event streams
    # never do, so without a bound a stop waits on them.
    shutdown_s: float = 3.0

    def __post_init__(self) -> None:
        check_port(self.port)
        if self.page_sessions < 1 or self.max_connections < 1:
            raise ValueError(f"page_sessions and max_connections must be at least 1 (got "
                             f"page_sessions={self.page_sessions}, "
                             f"max_connections={self.max_connections})")


def check_port(port: object) -> int:
    """The port as an int, or ValueError naming the rule: a whole number from 0 to 65535."""
    try:
        number = int(str(port).strip())
    except ValueError:
        number = -1
    if not 0 <= number <= 65535:
        raise ValueError(f"port must be a whole number from 0 to 65535 (got port={port!r})")
    return number


def create_app(chatbot: Chatbot, page: gr.Blocks, config: ServerConfig = ServerConfig()) -> Guard:
    """The page at /, the JSON API at /api/v1 (its schema at /api/v1/openapi.json), /healthz
    and /readyz, all behind the guards."""
    app = FastAPI(title="Hamstring cramp helper", version="1",
                  description="Answers about hamstring cramps, quoted from trusted articles and "
                              "cited. The chat page is at /.",
                  openapi_url=f"{API_PREFIX}/openapi.json", docs_url=None, redoc_url=None)
    app.include_router(api_router(chatbot, config.api))
    # mount_gradio_app takes no session capacity; launch() sets this same attribute.
    page.state_session_capacity = config.page_sessions
    gr.mount_gradio_app(app, queue_page(page), path="/", server_name=config.host,
                        server_port=config.port, max_file_size=1, show_error=False,
                        app_kwargs={"exception_handlers": CLIENT_ERRORS}, **page_style())
    return Guard(app, GuardConfig(host=config.host, max_body_bytes=config.max_body_bytes),
                 check_call=queue_call_check(page))


def queue_call_check(page: gr.Blocks):
    """Why a call to the page's queue is malformed (too few input values for its function,
    which Gradio answers with a traceback on stderr), or None to let Gradio judge it."""
    by_name = {fn.api_name: fn for fn in page.fns.values() if isinstance(fn.api_name, str)}

    def check(path: str, call: Any) -> str | None:
        if not isinstance(call, dict) or not isinstance(call.get("data"), list):
            return None  # Gradio's schema answers 422
        if path.startswith("/gradio_api/call/"):
            fn = by_name.get(path.removeprefix("/gradio_api/call/").strip("/"))
        else:
            index = call.get("fn_index")
            fn = page.fns.get(index) if type(index) is int else by_name.get(
                str(call.get("api_name", "")).lstrip("/"))
        if fn is None or len(call["data"]) >= len(fn.inputs):
            return None  # an unknown function is Gradio's 404 or 400
        return f"{fn.name} takes {len(fn.inputs)} values (got {len(call['data'])})"

    return check


class RunningServer:
    """A server started with `serve(..., block=False)`: its URL, and `close()`."""

    def __init__(self, server: uvicorn.Server, thread: threading.Thread, url: str) -> None:
        self.server, self.thread, self.url = server, thread, url

    def close(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=self.server.config.timeout_graceful_shutdown + 5)


def serve(app: Guard, config: ServerConfig = ServerConfig(), *,
          block: bool = True) -> RunningServer | None:
    """Serve `app` on config.host:config.port until stopped (SIGINT, SIGTERM).

    `block=False` returns a RunningServer once the port takes connections.

    Raises:
        OSError: the port is taken, or the address is not this machine's.
    """
    family = socket.AF_INET6 if ":" in config.host else socket.AF_INET
    # IPPROTO_TCP said outright: asyncio sets TCP_NODELAY only on sockets that name it, and
    # without it a reply's headers and body, written apart, wait out a delayed ACK (~40 ms).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((config.host.strip("[]"), config.port))  # here, so a taken port is an OSError
    except OSError:
        sock.close()
        raise
    port = sock.getsockname()[1]
    host = f"[{config.host.strip('[]')}]" if family == socket.AF_INET6 else config.host
    url = f"http://{'127.0.0.1' if config.host == '0.0.0.0' else host}:{port}/"
    server = uvicorn.Server(uvicorn.Config(
        app, log_config=None, access_log=False, lifespan="on",
        limit_concurrency=config.max_connections, timeout_keep_alive=5,
        timeout_graceful_shutdown=config.shutdown_s))
    if block:
        log.info("serving on %s", url)
        server.run(sockets=[sock])
        return None
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True,
                              name="uvicorn")
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise OSError(f"the server did not start on {url}")
        time.sleep(0.01)
    return RunningServer(server, thread, url)
