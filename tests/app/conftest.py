"""The chat page as a user gets it: `python app.py` in a subprocess, started once per session,
and a Chromium to look at it with, one per test module (closed before other suites run)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.app.browser import ARGS, CHROMIUM
from tests.reliability.server import running_app


@dataclass(frozen=True)
class Server:
    url: str
    port: int
    feedback: Path
    log: Path


@pytest.fixture(scope="session")
def server(tmp_path_factory) -> Iterator[Server]:
    """The real app on a free port, with a fresh index and feedback file in a temporary dir."""
    work = tmp_path_factory.mktemp("app")
    with running_app(work) as (url, log):
        yield Server(url, urlsplit(url).port, work / "feedback.jsonl", log)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()
