"""Summaries of timings and memory: medians and 95th percentiles, peak resident memory."""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np


def summary_ms(seconds: Sequence[float]) -> dict[str, float]:
    """Median, 95th percentile and count of timings given in seconds, as milliseconds."""
    if not seconds:
        return {"n": 0, "p50_ms": float("nan"), "p95_ms": float("nan")}
    values = np.asarray(seconds, dtype=np.float64) * 1e3
    return {"n": len(values), "p50_ms": round(float(np.percentile(values, 50)), 3),
            "p95_ms": round(float(np.percentile(values, 95)), 3)}


def interleave(rounds: int, sides: dict[str, Callable[[int], Any]], items: int) -> dict[str, list[float]]:
    """Time each side on each item, the sides taking turns and swapping order every item.

    Alternating which side goes first keeps cache warmth and the machine's drift from
    favouring one of them.
    """
    names = list(sides)
    times: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(rounds):
        for item in range(items):
            order = names if item % 2 == 0 else names[::-1]
            for name in order:
                started = time.perf_counter()
                sides[name](item)
                times[name].append(time.perf_counter() - started)
    return times


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB.

    VmHWM counts from this program's start; ru_maxrss would also count what the parent
    held when it forked this process (see benchmarks/peak.py).
    """
    try:
        return rss_mb()["peak_rss_mb"]
    except OSError:  # no /proc: not Linux
        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def rss_mb(pid: int | None = None) -> dict[str, float]:
    """Current and peak resident memory of a live process, from /proc (Linux)."""
    fields = {}
    with open(f"/proc/{pid or os.getpid()}/status") as handle:
        for line in handle:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = round(int(value.split()[0]) / 1024, 1)
    return {"rss_mb": fields.get("VmRSS", float("nan")), "peak_rss_mb": fields.get("VmHWM", float("nan"))}


@contextmanager
def stopwatch():
    """`with stopwatch() as elapsed: ...` then `elapsed()` is the seconds the block took."""
    started = time.perf_counter()
    end: list[float] = []
    yield lambda: (end[0] if end else time.perf_counter()) - started
    end.append(time.perf_counter())


def dir_size_mb(path) -> float:
    total = sum(os.path.getsize(os.path.join(root, f))
                for root, _, files in os.walk(path) for f in files)
    return round(total / 1e6, 2)
