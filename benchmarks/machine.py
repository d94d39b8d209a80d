"""What the numbers were measured on: CPU, cores, load, and the versions that matter."""

from __future__ import annotations

import os
import platform
import sys
import time
from importlib import metadata
from typing import Any


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def describe_machine() -> dict[str, Any]:
    """The CPU, cores, memory, load average and package versions, for the report header."""
    with open("/proc/meminfo") as handle:
        total_kb = int(next(line for line in handle if line.startswith("MemTotal")).split()[1])
    return {
        "cpu": cpu_model(), "cores": os.cpu_count(), "memory_gb": round(total_kb / 2**20, 1),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(), "platform": platform.platform(),
        "executable": sys.executable,
        "versions": {name: version(name) for name in (
            "torch", "sentence-transformers", "transformers", "faiss-cpu", "numpy", "bm25s",
            "gradio", "onnxruntime")},
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
