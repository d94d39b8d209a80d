"""`python -m benchmarks.peak COMMAND...`: run COMMAND, print its seconds and peak memory.

Linux starts a child's peak-memory count (ru_maxrss) at what its parent held when it
forked, so every child of a benchmark that has loaded torch reports torch's 700 MB. Forked
from this small process instead, a command's peak is its own (give or take this
launcher's ~10 MB). Output: one JSON line on stdout; the command's stderr passes through.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def main(command: list[str]) -> int:
    if not command:
        print("usage: python -m benchmarks.peak COMMAND [ARGS...]", file=sys.stderr)
        return 2
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    print(json.dumps({"seconds": seconds, "peak_rss_mb": usage.ru_maxrss / 1024,
                      "returncode": code}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
