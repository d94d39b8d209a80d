"""Start `python app.py` as a user would, on a free loopback port, and stop it again.

Used by the server benchmark and by the tests that drive the real page.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass(frozen=True)
class RunningApp:
    url: str
    log: Path
    process: subprocess.Popen
    spawned: float  # time.perf_counter() when the process was started
    listening_s: float  # seconds from then until the port took connections


@contextmanager
def running_app(index: Path, log: Path, *, feedback: Path | None = None,
                timeout: float = 600) -> Iterator[RunningApp]:
    """app.py serving `index` (built there if missing), its output in `log`, while in the block.

    Args:
        feedback: the ratings file; None starts the page with --no-feedback.
        timeout: seconds to wait for the port before giving up with the log's tail.
    """
    port = free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "GRADIO_ANALYTICS_ENABLED": "False", "TOKENIZERS_PARALLELISM": "false"}
    ratings = ["--no-feedback"] if feedback is None else ["--feedback", str(feedback)]
    with log.open("w") as out:
        spawned = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "app.py", "--port", str(port), "--index", str(index), *ratings],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"app.py exited with {process.returncode}:\n{log.read_text()[-3000:]}")
            if time.perf_counter() - spawned > timeout:
                raise RuntimeError(f"app.py did not answer in {timeout} s:\n{log.read_text()[-3000:]}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        yield RunningApp(f"http://127.0.0.1:{port}/", log, process, spawned,
                         time.perf_counter() - spawned)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
