"""Write triage's learned bank from the labelled tuning messages: `python -m evaluation.learned_bank`.

The written bank (bot/data/triage_bank.jsonl) holds a few examples per sign; the probe sets
hold some two thousand messages labelled with the reply they need, written by different
people, round after round, the way people write. Every one of them that may be tuned on
becomes an example of its category in bot/data/triage_bank_learned.jsonl: the "tune" split
of the project's probes and of the families, and the blind sets whose scores have been read
(each was written blind, scored once, and then became tuning data). A message expected to
be answered, refused as not covered or off topic, or met with small talk is a harmless
("none") example. Never taken: a "held" split, the shared dev probes, a message that leans
on earlier turns, unreadable or over-long input, a text also found in a held split.

Whether this generalises was measured before it was adopted, one source at a time left
out: the bank alone, with the other sources learned, against the written bank alone, on the
source left out (docs/safety.md, "The learned bank").
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from bot.jsonl import read_json_lines
from bot.query.checks import MAX_MESSAGE_CHARS
from bot.safety.bank import LEARNED_BANK, UNSPECIFIED
from bot.safety.rules import CATEGORIES
from evaluation.paths import DATA

# (file, whether only its "tune" split may be learned)
SOURCES = ((DATA / "probes.jsonl", True), (DATA / "probes_families.jsonl", True),
           (DATA / "probes_blind.jsonl", False), (DATA / "probes_blind2.jsonl", False),
           (DATA / "probes_blind3.jsonl", False))
HARMLESS = ("answer", "no_answer", "out_of_scope", "smalltalk")


def learned_examples(sources: Iterable[tuple[Path, bool]] = SOURCES) -> list[dict[str, str]]:
    """The learned bank's lines, in the order of the sources and their lines."""
    sources = list(sources)
    rows = [(path, only_tune, row) for path, only_tune in sources
            for row in read_json_lines(path, required=("id", "message", "expect"))]
    held = {row["message"] for _, only_tune, row in rows
            if only_tune and row.get("split") != "tune" and isinstance(row["message"], str)}
    examples, seen = [], set()
    for path, only_tune, row in rows:
        text, kind = row["message"], row["expect"][0]
        if (only_tune and row.get("split") != "tune") or row.get("history") \
                or not isinstance(text, str) or not text.strip() or len(text) > MAX_MESSAGE_CHARS \
                or kind not in (*CATEGORIES, *HARMLESS) or text in held or text in seen:
            continue
        seen.add(text)
        examples.append({"text": text.strip(), "category": kind if kind in CATEGORIES else "none",
                         "sign": UNSPECIFIED, "source": f"{path.name}:{row['id']}"})
    return examples


def render(examples: list[dict[str, str]]) -> str:
    return "".join(json.dumps(example, ensure_ascii=False) + "\n" for example in examples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.learned_bank",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=LEARNED_BANK)
    args = parser.parse_args(argv)
    examples = learned_examples()
    args.out.write_text(render(examples), encoding="utf-8")
    counts = {c: sum(e["category"] == c for e in examples) for c in (*CATEGORIES, "none")}
    sys.stdout.write(f"{len(examples)} examples written to {args.out}: "
                     + ", ".join(f"{c} {n}" for c, n in counts.items()) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
