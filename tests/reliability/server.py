"""Start `python app.py` as a user would, with its index and ratings under one folder."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.app_process import ROOT, free_port, running_app as _running_app

__all__ = ["ROOT", "free_port", "running_app"]


@contextmanager
def running_app(work: Path, *, timeout: float = 600) -> Iterator[tuple[str, Path]]:
    """The app's URL and its log file while it runs; its index and feedback live under `work`."""
    with _running_app(work / "index", work / "app.log", feedback=work / "feedback.jsonl",
                      timeout=timeout) as app:
        yield app.url, app.log
