"""Run the benchmark suite: `python -m benchmarks [--scale quick|default|full] [--only PARTS]`.

Writes reports/benchmarks.json (parts not run keep their previous results) and prints a
markdown table. Parts: reply, coldstart, build, search, server, load.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python benchmarks/run.py` as well as `python -m benchmarks`
    sys.path.insert(0, str(ROOT))

from benchmarks.machine import describe_machine  # noqa: E402
from benchmarks.table import markdown  # noqa: E402

DEFAULT_OUT = ROOT / "reports" / "benchmarks.json"
PARTS = ("reply", "coldstart", "build", "search", "server", "load")
# Per scale: synthetic index sizes, MedQuAD document counts, repeats of slow things.
SCALES: dict[str, dict[str, Any]] = {
    "quick": {"search": [10_000], "medquad": [200], "cold_runs": 1, "reply_rounds": 1,
              "server_requests": 40, "load": {"seconds": 10, "rounds": 2, "page_seconds": 5}},
    "default": {"search": [10_000, 100_000], "medquad": [1_000, 4_000], "cold_runs": 3,
                "reply_rounds": 2, "server_requests": 200,
                "load": {"seconds": 60, "rounds": 3, "page_seconds": 30}},
    "full": {"search": [10_000, 100_000, 1_000_000], "medquad": [1_000, 4_000], "cold_runs": 3,
             "reply_rounds": 2, "server_requests": 200,
             "load": {"seconds": 60, "rounds": 3, "page_seconds": 30}},
}


def run_part(part: str, scale: dict[str, Any], args: argparse.Namespace) -> dict[str, Any]:
    if part == "reply":
        from benchmarks import reply
        return reply.run(rounds=scale["reply_rounds"])
    if part == "coldstart":
        from benchmarks import coldstart
        return coldstart.run(runs=scale["cold_runs"])
    if part == "build":
        from benchmarks import build
        sizes = (scale["medquad"] if args.medquad is None else args.medquad) + (
            [None] if args.medquad_full else [])
        return build.run(medquad_sizes=sizes)
    if part == "search":
        from benchmarks import search
        return search.run(scale["search"])
    if part == "server":
        from benchmarks import server
        return server.run(requests=scale["server_requests"])
    if part == "load":
        from benchmarks import load
        return load.run(**scale["load"])
    raise ValueError(f"part must be one of {', '.join(PARTS)} (got {part!r})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--scale", choices=SCALES, default="default",
                        help="quick: a smoke run; full: adds the 1M-passage search (minutes)")
    parser.add_argument("--only", default=",".join(PARTS), help=f"comma list of {', '.join(PARTS)}")
    parser.add_argument("--medquad", type=lambda text: [int(n) for n in text.split(",") if n],
                        metavar="N[,N...]", help="MedQuAD document counts to build instead "
                                                 "of the scale's (e.g. 1000; '' for none)")
    parser.add_argument("--medquad-full", action="store_true",
                        help="also build all 16k MedQuAD documents (long on 2 cores)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("benchmarks").setLevel(logging.INFO)
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    unknown = [p for p in parts if p not in PARTS]
    if unknown:
        parser.error(f"--only takes {', '.join(PARTS)} (got {', '.join(unknown)})")
    results = {"machine": describe_machine(), "scale": args.scale}
    for part in parts:
        logging.getLogger("benchmarks").info("running %s", part)
        load_before = [round(x, 2) for x in os.getloadavg()]
        results[part] = run_part(part, SCALES[args.scale], args)
        results[part]["load_average"] = {"before": load_before,
                                         "after": [round(x, 2) for x in os.getloadavg()]}
        save(results, args.out)  # a long run keeps what it has measured so far
    print(markdown(load(args.out)))
    return 0


def load(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def save(results: dict[str, Any], path: Path) -> None:
    """Merge into the existing report, so running one part keeps the others' last results.

    Parts merge one level deep: a search at 1M passages run alone stays beside a later
    default run's smaller sizes.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    merged = load(path)
    for key, value in results.items():
        old = merged.get(key)
        merged[key] = {**old, **value} if isinstance(old, dict) and isinstance(value, dict) else value
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(merged, indent=2))
    os.replace(tmp, path)


if __name__ == "__main__":
    sys.exit(main())
