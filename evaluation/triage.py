"""Score triage alone on probe files: `python -m evaluation.triage [FILE ...] [--rules-only]`.

For each probe the triage route is taken by the Chatbot's own stages (prepare, embed,
route: the message's own embedding, the conversation, the length limit) and compared with the probe's expected
kinds: a triage route is right when it is expected; "no flag" is right when the probe
expects one of the answerer's kinds. Prints, per split: overall accuracy, emergency and
crisis recall, harmless look-alikes escalated, a confusion table, the misses, and the
median time of the triage step over precomputed embeddings.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from bot.chatbot import Chatbot, ChatbotConfig
from bot.jsonl import read_json_lines
from bot.safety.bank import DEFAULT_BANK
from bot.safety.route import Decision
from bot.safety.rules import CATEGORIES
from evaluation.paths import DATA, SHARED

DEFAULT_FILES = (DATA / "probes.jsonl",
                 SHARED / "eval" / "dev_probes.jsonl")
NONE = "no flag"


def read_probes(paths: list[Path]) -> list[dict[str, Any]]:
    """The probes of each file, with the file's name as the split where a probe has none."""
    return [{"split": path.stem, **probe} for path in paths
            for probe in read_json_lines(path, required=("id", "message", "expect"))]


def is_right(kind: str, expect: list[str]) -> bool:
    if kind != NONE:
        return kind in expect
    return any(e not in CATEGORIES for e in expect)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.triage", description=__doc__)
    parser.add_argument("files", nargs="*", type=Path, default=list(DEFAULT_FILES))
    parser.add_argument("--rules-only", action="store_true", help="leave the bank out")
    parser.add_argument("--bank", type=Path, default=DEFAULT_BANK)
    args = parser.parse_args(argv)
    probes = read_probes(args.files)
    # the bot's own stages, index and model; the bank left out with --rules-only
    chatbot = Chatbot(ChatbotConfig(triage_bank=None if args.rules_only else args.bank))
    prepared = [chatbot.prepare(p["message"], p.get("history")) for p in probes]
    vectors = [None if args.rules_only or q.problem else chatbot.embed(q) for q in prepared]
    by_split: dict[str, list[tuple[dict, str, Decision]]] = defaultdict(list)
    timings = []
    for probe, ready, vector in zip(probes, prepared, vectors):
        started = time.perf_counter()
        decision = chatbot.route(ready, vector)
        timings.append(time.perf_counter() - started)
        by_split[probe["split"]].append((probe, decision.kind or NONE, decision))
    for split, rows in sorted(by_split.items()):
        report(split, rows)
    warm = []
    for ready, vector in zip(prepared, vectors):
        started = time.perf_counter()
        chatbot.route(ready, vector)
        warm.append(time.perf_counter() - started)
    print(f"\ntriage time per probe over precomputed embeddings: median "
          f"{statistics.median(timings) * 1e3:.3f} ms first pass, "
          f"{statistics.median(warm) * 1e3:.3f} ms cached; max {max(timings) * 1e3:.2f} ms "
          f"({len(probes)} probes{', rules only' if args.rules_only else ''})")
    return 0


def report(split: str, rows: list[tuple[dict, str, Decision]]) -> None:
    right = [is_right(kind, p["expect"]) for p, kind, _ in rows]
    urgent = [(p, k) for p, k, _ in rows if p["expect"][0] in ("emergency", "crisis")]
    harmless = [(p, k) for p, k, _ in rows if not any(e in CATEGORIES for e in p["expect"])]
    print(f"\n== {split}: {sum(right)}/{len(rows)} right ({sum(right) / len(rows):.1%})")
    for kind in ("emergency", "crisis"):
        group = [k in p["expect"] for p, k in urgent if p["expect"][0] == kind]
        if group:
            print(f"   {kind} recall {sum(group)}/{len(group)} ({sum(group) / len(group):.1%})")
    escalated = sum(k != NONE for _, k in harmless)
    print(f"   harmless probes escalated: {escalated}/{len(harmless)}")
    table = Counter((p["expect"][0], k) for p, k, _ in rows)
    kinds = sorted({p["expect"][0] for p, _, _ in rows})
    columns = [*CATEGORIES, NONE]
    print("   expected \\ triage  " + " ".join(f"{c[:10]:>10}" for c in columns))
    for kind in kinds:
        print(f"   {kind:<18} " + " ".join(f"{table[(kind, c)]:>10}" for c in columns))
    for (probe, kind, decision), ok in zip(rows, right):
        if not ok:
            flag = decision.flag
            why = f"{flag.source}:{flag.sign} {flag.evidence!r}" if flag else ""
            print(f"   MISS {probe['id']} expect={probe['expect']} got={kind} {why}\n"
                  f"        {probe['message'][:120]!r}")


if __name__ == "__main__":
    sys.exit(main())
