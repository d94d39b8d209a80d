"""Driving the chat page in a real Chromium: open it, ask, read what a user or axe-core sees."""

from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
ANSWER_WAIT = 60_000  # ms
# axe-core's WCAG 2.0 and 2.1 A and AA rules, and its best practices (heading order, landmarks).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason=f"{CHROMIUM} is not installed; `apt-get install chromium` (python3 dev.py test does it)")


def open_page(browser, url: str, viewport: dict[str, int] = DESKTOP):
    """A fresh session on the page, recording every request and any dialog it opens."""
    page = browser.new_page(viewport=viewport)
    page.requests, page.dialogs = [], []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(url, wait_until="load")  # a Gradio page never goes network-idle
    page.wait_for_selector("#question textarea")
    return page


def wait_for_answer(page, turn: int) -> None:
    """Wait for answer number `turn` (1-based) to be shown in full."""
    page.wait_for_function("n => document.querySelectorAll('#chat [data-testid=bot]').length >= n",
                           arg=turn, timeout=ANSWER_WAIT)
    page.wait_for_function("() => !document.querySelector('#chat .pending')", timeout=ANSWER_WAIT)


def ask(page, question: str, turn: int) -> None:
    """Type a question, send it, and wait for answer number `turn` (1-based)."""
    page.fill("#question textarea", question)
    page.keyboard.press("Enter")
    wait_for_answer(page, turn)


def squash(text: str) -> str:
    return " ".join(text.split())


def only_local_requests(page, server) -> list[str]:
    """The requests that left the app's own server (data: and blob: URLs stay in the page)."""
    return [url for url in page.requests
            if urlsplit(url).scheme not in ("data", "blob")
            and urlsplit(url).netloc != f"127.0.0.1:{server.port}"]


def axe_problems(page) -> list[str]:
    """axe-core's serious and critical violations on the page as it is, one line per element,
    and any heading out of order."""
    from axe_playwright_python.sync_playwright import Axe

    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    violations = Axe().run(page, options=options).response["violations"]
    return [f"{v['id']} ({v['impact']}): {' '.join(node['target'])} {node['html'][:120]}"
            for v in violations if v["impact"] in ("serious", "critical") or v["id"] == "heading-order"
            for node in v["nodes"]]


def ratings(feedback: Path) -> int:
    """How many ratings the app has stored so far."""
    return feedback.read_text().count("\n") if feedback.exists() else 0


def next_rating(feedback: Path, before: int, *, timeout: float = 10) -> dict:
    """The rating stored after the first `before` ones, once the app has written it."""
    deadline = time.monotonic() + timeout
    while ratings(feedback) == before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert ratings(feedback) > before, f"no rating stored in {timeout} s"
    return json.loads(feedback.read_text().splitlines()[before])
