"""Cold start: process start to the first answer on the command line, beside a bare
sentence-transformers process (import, load the model, encode one sentence).

The three commands take turns, run after run, so a busy spell on the machine hits all
of them. Each child's peak memory comes from os.wait4, which reports it per process.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.reply import BENCH_INDEX

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "How long should I hold a hamstring stretch?"
BARE = """
from sentence_transformers import SentenceTransformer
from index.encoders import bundled_model_path
SentenceTransformer(bundled_model_path(), device="cpu").encode(
    [{question!r}], normalize_embeddings=True)
"""


def timed_child(command: list[str]) -> dict[str, float]:
    """Wall seconds from spawning `command` to its exit, and its own peak resident memory.

    The command is forked by the small benchmarks.peak launcher, not by this process,
    whose torch would otherwise count in the child's peak (see benchmarks/peak.py).
    """
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    launcher = subprocess.run([sys.executable, "-m", "benchmarks.peak", *command], cwd=ROOT,
                              env=env, capture_output=True, text=True)
    try:
        result = json.loads(launcher.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        result = {"returncode": launcher.returncode}
    if launcher.returncode != 0 or result["returncode"] != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {result['returncode']}: "
                           f"{launcher.stderr[-2000:]}")
    return {"seconds": result["seconds"], "peak_rss_mb": result["peak_rss_mb"]}


def summary_s(rows: list[dict[str, float]]) -> dict[str, float]:
    seconds = [r["seconds"] for r in rows]
    return {"n": len(rows), "p50_s": round(float(np.median(seconds)), 3),
            "max_s": round(max(seconds), 3),
            "peak_rss_mb": round(max(r["peak_rss_mb"] for r in rows), 1)}


def run(*, runs: int = 3, index_dir: Path = BENCH_INDEX) -> dict[str, Any]:
    python = sys.executable
    ask = [python, "-m", "bot", "--index", str(index_dir), "ask", QUESTION]
    timed_child(ask)  # builds the index if missing, and warms the page cache for every side
    bare = [python, "-c", BARE.format(question=QUESTION)]
    rows: dict[str, list] = {"cli_ask": [], "cli_ask_rebuild": [], "bare_sentence_transformers": []}
    for run_number in range(runs):
        fresh = Path(tempfile.mkdtemp(prefix="bench-fresh-index-"))
        try:
            sides = {"cli_ask": ask,
                     "cli_ask_rebuild": [python, "-m", "bot", "--index", str(fresh / "index"),
                                         "ask", QUESTION],
                     "bare_sentence_transformers": bare}
            order = list(sides) if run_number % 2 == 0 else list(sides)[::-1]
            for name in order:
                rows[name].append(timed_child(sides[name]))
        finally:
            shutil.rmtree(fresh, ignore_errors=True)
    result: dict[str, Any] = {name: summary_s(r) for name, r in rows.items()}
    base = result["bare_sentence_transformers"]["p50_s"]
    result["ratio_cli_ask_to_bare_p50"] = round(result["cli_ask"]["p50_s"] / base, 3)
    result["ratio_cli_rebuild_to_bare_p50"] = round(result["cli_ask_rebuild"]["p50_s"] / base, 3)
    result["commands"] = {"cli_ask": " ".join(ask[1:]), "bare": "python -c <import, load, encode one>"}
    log.info("cold start: %s", result)
    return result
