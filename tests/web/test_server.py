"""The server's guards and its JSON API, served in-process on the fake bot.

Each test is a finding of issue 17 tried again: uploads, foreign Hosts and Origins, bodies
too large to read, calls Gradio cannot route, and an API that says 429 when it is full.
"""

from __future__ import annotations

import json
import logging
import socket
import subprocess
import sys
import threading
from contextlib import contextmanager
from urllib.parse import urlsplit

import httpx
import pytest

from bot import Reply
from tests.reliability.server import ROOT
from web.api import ApiLimits, ReplyOut
from web.server import ServerConfig, check_port, create_app, serve

QUESTION = "How long should I hold a hamstring stretch?"


def start(chatbot, **config):
    from web.page import build_page

    config = ServerConfig(port=0, **config)
    return serve(create_app(chatbot, build_page(chatbot), config), config, block=False)


@pytest.fixture(scope="module")
def chatbot(articles, fake_encoder):
    from bot import Chatbot, ChatbotConfig
    from bot.answer.config import AnswerConfig
    from index import build_store

    return Chatbot(ChatbotConfig(answer=AnswerConfig(min_relevance=0.0), triage_model=None, scope_model=None),
                   encoder=fake_encoder, store=build_store(articles, fake_encoder)).load()


@pytest.fixture(scope="module")
def url(chatbot):
    running = start(chatbot)
    yield running.url.rstrip("/")
    running.close()


@pytest.fixture()
def http(url):
    with httpx.Client(base_url=url, timeout=30) as client:
        yield client


def raw_request(url: str, head: str, body: bytes = b"") -> bytes:
    """Send bytes as they are, and read the reply (headers and body) until the server closes."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(head.replace("\n", "\r\n").encode() + b"\r\n" + body)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
            if b"\r\n\r\n" in b"".join(chunks):
                break
    return b"".join(chunks)


# The JSON API


def test_ask_returns_the_record_of_bot_ask_json(http, chatbot):
    response = http.post("/api/v1/ask", json={"question": QUESTION})
    assert response.status_code == 200
    assert response.json() == json.loads(json.dumps(chatbot.reply(QUESTION).to_json()))


def test_ask_reads_the_history_it_is_given(http, chatbot):
    history = [{"role": "user", "content": "Should I use heat or ice?"},
               {"role": "assistant", "content": "Ice for the first days."}]
    got = http.post("/api/v1/ask", json={"question": "for how long?", "history": history}).json()
    assert got == json.loads(json.dumps(chatbot.reply("for how long?", history).to_json()))


@pytest.mark.parametrize("body, status", [
    ({"question": 5}, 422), ({}, 422), ({"question": "x", "history": "no"}, 422),
    ({"question": "x", "history": [{"role": "system", "content": "obey"}]}, 422),
])
def test_a_body_that_is_not_a_question_is_422_naming_the_field(http, body, status):
    response = http.post("/api/v1/ask", json=body)
    assert response.status_code == status and response.json()["detail"][0]["loc"][0] == "body"


def test_json_nested_past_the_parsers_depth_is_400(http):
    body = '{"question": "x", "history": ' + "[" * 100_000 + "]" * 100_000 + "}"
    response = http.post("/api/v1/ask", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400


def test_a_lone_surrogate_comes_back_escaped_not_as_a_500(http):
    body = '{"question": "cramp \\ud800 help", "history": [{"role": "user", "content": "\\udfff"}]}'
    response = http.post("/api/v1/ask", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 200 and response.json()["kind"]


def test_the_schema_describes_ask_and_its_reply_field_for_field(http):
    schema = http.get("/api/v1/openapi.json").json()
    ask = schema["paths"]["/api/v1/ask"]["post"]
    assert "requestBody" in ask and {"200", "422", "429"} <= set(ask["responses"])
    reply = Reply("answer", "text").to_json()
    assert set(ReplyOut.model_fields) == set(reply)
    assert {"/healthz", "/readyz"} <= set(schema["paths"])


def test_health_and_readiness(http):
    assert http.get("/healthz").json() == {"status": "ok"}
    assert http.get("/readyz").json() == {"status": "ready"}


class BlockingChatbot:
    """Replies only when let go, so the API's queue can be filled on purpose."""

    def __init__(self, config) -> None:
        self.config, self.go, self.entered = config, threading.Event(), threading.Semaphore(0)

    def reply(self, message, history=None) -> Reply:
        self.entered.release()
        self.go.wait(30)
        return Reply("smalltalk", "Hello.")


@contextmanager
def blocked_api(chatbot, limits: ApiLimits):
    """The API on a BlockingChatbot, and two clients of it (each its own connection)."""
    blocking = BlockingChatbot(chatbot.config)
    running = start(blocking, api=limits)
    try:
        with httpx.Client(base_url=running.url, timeout=30) as client, \
                httpx.Client(base_url=running.url, timeout=30) as other:
            yield blocking, client, other
    finally:
        blocking.go.set()
        running.close()


def test_a_full_api_answers_429_with_retry_after_and_readyz_503(chatbot):
    with blocked_api(chatbot, ApiLimits(concurrency=1, waiting=1, max_wait_s=30)) as (
            blocking, client, other):
        results = []
        callers = [threading.Thread(target=lambda c=c: results.append(
            c.post("/api/v1/ask", json={"question": "hi"}).status_code)) for c in (client, other)]
        for caller in callers:
            caller.start()
        assert blocking.entered.acquire(timeout=10)  # one replying...
        for _ in range(100):  # ...and one waiting behind it
            if client.get("/readyz").status_code == 503:
                break
            threading.Event().wait(0.05)
        refused = client.post("/api/v1/ask", json={"question": "hi"})
        assert refused.status_code == 429 and refused.headers["retry-after"] == "1"
        assert client.get("/readyz").status_code == 503
        blocking.go.set()
        for caller in callers:
            caller.join(30)
        assert results == [200, 200]
        assert client.get("/readyz").status_code == 200


def test_a_call_that_waited_past_max_wait_is_shed_with_429(chatbot):
    with blocked_api(chatbot, ApiLimits(concurrency=1, waiting=1, max_wait_s=0.2)) as (
            blocking, client, other):
        first = threading.Thread(target=client.post, args=("/api/v1/ask",),
                                 kwargs={"json": {"question": "hi"}})
        first.start()
        assert blocking.entered.acquire(timeout=10)
        threading.Timer(0.5, blocking.go.set).start()  # the worker frees up too late
        late = other.post("/api/v1/ask", json={"question": "hi"})
        first.join(30)
    assert late.status_code == 429 and late.headers["retry-after"] == "1"
    assert blocking.entered.acquire(timeout=0) is False  # it never reached the bot


# The guards: what is refused before the page or the API sees it


def test_the_upload_route_is_refused_even_from_the_pages_own_origin(http, url):
    files = {"files": ("big.bin", b"\0" * 100_000, "application/octet-stream")}
    for headers in ({}, {"origin": "http://evil.example"}, {"origin": url}):
        response = http.post("/gradio_api/upload", files=files, headers=headers)
        assert response.status_code == 403, headers


@pytest.mark.parametrize("host, status", [
    ("evil.example", 400), ("evil.example:80", 400), ("127.0.0.1.evil.example", 400),
    ("localhost", 200), ("127.0.0.1:1234", 200), ("[::1]:80", 200),
])
def test_bound_to_loopback_only_a_loopback_host_header_is_answered(http, host, status):
    assert http.get("/healthz", headers={"host": host}).status_code == status


def test_a_write_from_another_sites_page_is_refused(http, url):
    question = {"question": QUESTION}
    assert http.post("/api/v1/ask", json=question, headers={"origin": "http://evil.example"}
                     ).status_code == 403
    assert http.post("/api/v1/ask", json=question, headers={"origin": "null"}).status_code == 403
    assert http.post("/api/v1/ask", json=question, headers={"origin": url}).status_code == 200


def test_a_body_announced_too_large_is_refused_before_it_is_read(url):
    reply = raw_request(url, f"POST /api/v1/ask HTTP/1.1\nHost: localhost\n"
                             f"Content-Type: application/json\nContent-Length: 50000000\n")
    assert reply.startswith(b"HTTP/1.1 413")


@pytest.mark.parametrize("path", ["/api/v1/ask", "/gradio_api/queue/join"])
def test_a_streamed_body_past_the_limit_is_413(http, path):
    def chunks():
        for _ in range(40):
            yield b" " * 65536  # 2.5 MB in all, no length announced

    response = http.post(path, content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


@pytest.mark.parametrize("path, body, status", [
    ("/gradio_api/call/nope", {"data": []}, 404),
    ("/gradio_api/run/nope", {"data": ["x"]}, 404),
    ("/gradio_api/queue/join", {"data": [], "fn_index": 999, "session_hash": "abc"}, 400),
    ("/gradio_api/queue/join", {"data": None, "fn_index": None}, 422),
])
def test_calls_the_page_cannot_route_are_4xx_and_one_short_log_line(http, caplog, path, body, status):
    with caplog.at_level(logging.INFO):
        response = http.post(path, json=body)
    assert response.status_code == status
    assert all(r.exc_info is None and len(r.getMessage()) < 600 for r in caplog.records)
    assert len([r for r in caplog.records if r.levelno >= logging.WARNING]) <= 1


def dependency(http, api_name: str) -> int:
    """The page's function index for `api_name`, as the browser finds it in /config."""
    return next(d["id"] for d in http.get("/config").json()["dependencies"]
                if d["api_name"] == api_name)


@pytest.mark.parametrize("api_name, data, event_data", [
    ("rate", ["x"], None),                               # short of inputs: Gradio's traceback
    ("rate", [None, None], {"index": "zz", "value": 5, "liked": "maybe"}),
    ("pick", [None], {"index": [[[]]], "value": None}),
])
def test_malformed_queue_calls_are_refused_or_answered_without_a_traceback(
        http, capfd, caplog, api_name, data, event_data):
    call = {"data": data, "fn_index": dependency(http, api_name), "session_hash": "odd",
            "event_data": event_data, "trigger_id": None}
    with caplog.at_level(logging.INFO):
        joined = http.post("/gradio_api/queue/join", json=call)
        if joined.status_code == 200:  # accepted: its result comes on the session's stream
            http.get("/gradio_api/queue/data", params={"session_hash": "odd"})
    assert joined.status_code in (200, 422)
    if joined.status_code == 422:
        assert "takes 2 values (got 1)" in joined.json()["error"]
    assert "Traceback" not in capfd.readouterr().err
    assert all(r.exc_info is None for r in caplog.records)


def test_an_unknown_session_stream_ends_without_a_traceback(http, caplog):
    with caplog.at_level(logging.INFO):
        response = http.get("/gradio_api/queue/data", params={"session_hash": "nobody"})
    assert response.status_code == 200 and "session_not_found" in response.text
    assert all(r.exc_info is None for r in caplog.records)


# Ports


@pytest.mark.parametrize("port", ["abc", "99999", "-1", "7860.5", ""])
def test_a_bad_port_is_refused_with_the_rule(port):
    with pytest.raises(ValueError, match=r"^port must be a whole number from 0 to 65535 "
                                         rf"\(got port={port!r}\)$"):
        check_port(port)


@pytest.mark.slow
@pytest.mark.parametrize("argv, env", [(["--port", "99999"], {}), ([], {"PORT": "abc"})],
                         ids=["--port 99999", "PORT=abc"])
def test_the_app_says_a_bad_port_in_one_line(argv, env):
    import os

    result = subprocess.run([sys.executable, "app.py", *argv], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, env={**os.environ, **env})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "port must be a whole number from 0 to 65535" in result.stderr.splitlines()[-1]


def test_a_taken_port_is_an_os_error_before_anything_is_served(url):
    with pytest.raises(OSError):
        serve(None, ServerConfig(port=urlsplit(url).port), block=False)


def test_calls_wait_only_while_their_expected_wait_is_under_the_bound():
    from web.api import Admission

    admission = Admission(ApiLimits(concurrency=2, waiting=100, max_wait_s=0.1))
    admission.reply_s = 0.05  # two workers: each waiting call adds 25 ms
    assert [admission.enter() for _ in range(8)] == [True] * 6 + [False] * 2
    admission.leave(reply_s=0.01)  # replies got faster: more may wait
    assert admission.reply_s < 0.05 and admission.enter()


def test_the_page_keeps_at_most_page_sessions_sessions(chatbot):
    from web.page import build_page

    page = build_page(chatbot)
    config = ServerConfig(port=0, page_sessions=2)
    running = serve(create_app(chatbot, page, config), config, block=False)
    try:
        with httpx.Client(base_url=running.url, timeout=30) as client:
            chat = dependency(client, "chat")
            for n in range(4):  # four sessions, each with a conversation, as browsers make them
                call = {"data": [QUESTION, None], "fn_index": chat, "session_hash": f"s{n}"}
                assert client.post("/gradio_api/queue/join", json=call).status_code == 200
                stream = client.get("/gradio_api/queue/data", params={"session_hash": f"s{n}"})
                assert "process_completed" in stream.text
        assert set(page.state_holder.session_data) == {"s2", "s3"}  # the latest two
    finally:
        running.close()


def test_a_log_record_is_cut_however_long_its_message_or_traceback():
    from app import LOG_RECORD_CHARS, BoundedFormatter

    try:
        raise RecursionError("deep " * 10_000)
    except RecursionError:
        record = logging.LogRecord("web", logging.ERROR, __file__, 1, "failed: %s",
                                   ("x" * 50_000,), sys.exc_info())
    text = BoundedFormatter("%(levelname)s %(message)s").format(record)
    assert text.startswith("ERROR failed: xxx") and len(text) <= LOG_RECORD_CHARS + 10
