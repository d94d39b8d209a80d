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

Whether it generalises: `--cross-check` leaves one source out at a time, learns from the
others, and scores the whole bot on the source left out, with the written bank alone and
with the learned one beside it (docs/safety.md, "The learned bank"). A source the rules were
tuned on scores high either way; the blind sets written after the last round of rules say
the most.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
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


def cross_check(sources: Iterable[tuple[Path, bool]] = SOURCES) -> str:
    """Per source left out: the whole bot's probe accuracy on it, by kind, without and with a
    bank learned from the other sources."""
    from bot.chatbot import Chatbot, ChatbotConfig
    from evaluation.sets import evaluate_probes, load_probes

    sources = list(sources)
    base = Chatbot(ChatbotConfig(learned_bank=None)).load()
    lines = []
    with tempfile.TemporaryDirectory() as folder:
        for left_out in sources:
            path, only_tune = left_out
            probes = [p for p in load_probes(path) if not only_tune or p.split == "tune"]
            bank = Path(folder) / f"without-{path.stem}.jsonl"
            bank.write_text(render(learned_examples(s for s in sources if s != left_out)),
                            encoding="utf-8")
            learned = Chatbot(ChatbotConfig(learned_bank=bank), encoder=base.encoder,
                              store=base.store)
            for name, chatbot in (("written bank", base), ("+ learned", learned)):
                report = evaluate_probes(chatbot, probes)
                kinds = ", ".join(f"{kind} {share:.2f}"
                                  for kind, share in sorted(report.accuracy_by_kind.items()))
                lines.append(f"{path.stem}{' (tune)' if only_tune else ''} {name}: "
                             f"{report.accuracy:.3f} of {len(probes)}; {kinds}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.learned_bank",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=LEARNED_BANK)
    parser.add_argument("--cross-check", action="store_true",
                        help="score each source left out instead of writing the bank")
    args = parser.parse_args(argv)
    if args.cross_check:
        sys.stdout.write(cross_check())
        return 0
    examples = learned_examples()
    args.out.write_text(render(examples), encoding="utf-8")
    counts = {c: sum(e["category"] == c for e in examples) for c in (*CATEGORIES, "none")}
    sys.stdout.write(f"{len(examples)} examples written to {args.out}: "
                     + ", ".join(f"{c} {n}" for c, n in counts.items()) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
