"""Thumbs up and down on answers, appended to a local JSON-lines file."""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from bot import Reply

Rating = Literal["up", "down"]
DEFAULT_FEEDBACK = Path(__file__).resolve().parent.parent / "var" / "feedback.jsonl"


@dataclass(frozen=True)
class Feedback:
    """One rating: only what is needed to study it later, never the answer text or the person."""

    rating: Rating
    question: str
    kind: str
    chunk_ids: tuple[str, ...]
    answer_id: str | None = None  # random per answer: a later rating of it replaces this one

    @classmethod
    def of(cls, rating: Rating, question: str, reply: Reply, *,
           answer_id: str | None = None) -> Feedback:
        return cls(rating, question, reply.kind, tuple(c.chunk_id for c in reply.citations),
                   answer_id)

    def to_json(self) -> dict[str, Any]:
        return {"time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "rating": self.rating,
                "question": self.question, "kind": self.kind, "chunk_ids": list(self.chunk_ids),
                "answer": self.answer_id}


class FeedbackStore:
    """Appends one JSON line per rating; each line reaches the disk before `record` returns."""

    def __init__(self, path: Path = DEFAULT_FEEDBACK) -> None:
        self.path = path
        self._lock = threading.Lock()

    def record(self, feedback: Feedback) -> None:
        # A lone surrogate (possible through the API) is written as its JSON escape, not refused.
        line = (json.dumps(feedback.to_json(), ensure_ascii=False) + "\n").encode(
            "utf-8", "backslashreplace")
        with self._lock:
            created = not self.path.exists()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # One write() on an O_APPEND descriptor: lines from several processes never interleave,
            # and a crash loses at most the line being written, never an earlier one.
            fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                size = os.fstat(fd).st_size
                if size and os.pread(fd, 1, size - 1) != b"\n":  # a line torn by a crash
                    line = b"\n" + line
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)
            if created:
                _fsync_dir(self.path.parent)

    def read(self) -> list[dict[str, Any]]:
        """The ratings so far; a torn last line (a crash mid-write) is skipped."""
        if not self.path.exists():
            return []
        records = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                continue
        return records


def latest(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ratings that stand: where one answer was rated more than once, its last rating."""
    last = {record.get("answer") or ("line", n): n for n, record in enumerate(records)}
    return [records[n] for n in sorted(last.values())]


def _fsync_dir(path: Path) -> None:
    """Make a new file's directory entry durable too (a no-op where directories can't be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
