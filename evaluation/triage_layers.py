"""Which of triage's layers raised each route, and how often each raised one wrongly.

    python -m evaluation.triage_layers [FILE ...] [--bank-crisis MIN,MARGIN ...]

For each probe, triage routes the message as the bot does (prepare, embed, route). A route is
credited to the layer whose flag decided it (rules, bank or model), and counted right when the
probe expects it, or as an escalation when the probe expects only the answerer's kinds
(answer, not covered, off topic, small talk, unreadable). Prints, per category and layer, the
routes right and the escalations; then, for each bank threshold asked for, the same totals
with the bank's crisis bar moved, beside the bot's own.

By default it reads every blind set but the held-out pair (HELD_OUT): those are scored once,
at the end of a round, and never looked into while one is tuned.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from bot.chatbot import Chatbot, ChatbotConfig
from bot.safety.rules import CATEGORIES
from bot.safety.triage import BankThreshold
from evaluation.paths import DATA
from evaluation.triage import read_probes

HELD_OUT = ("probes_blind34.jsonl", "probes_blind35.jsonl")
HARMLESS = ("answer", "no_answer", "out_of_scope", "smalltalk", "invalid_input")


def default_files() -> list[Path]:
    """The blind sets, the held-out pair left out."""
    return sorted((p for p in DATA.glob("probes_blind*.jsonl") if p.name not in HELD_OUT),
                  key=lambda p: (len(p.name), p.name))


def threshold(text: str) -> BankThreshold:
    try:
        low, margin = (float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"a bank threshold is MIN,MARGIN, two numbers such as 0.55,0.08 (got {text!r})")
    try:
        return BankThreshold(low, margin)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error))


def tally(chatbot: Chatbot, probes: list[dict], prepared, vectors) -> Counter:
    """(category, layer, "right" or "escalated") -> routes; (category, "missed") -> probes."""
    counts: Counter = Counter()
    for probe, query, vector in zip(probes, prepared, vectors):
        decision = chatbot.route(query, vector)
        expect = probe["expect"]
        if decision.kind is not None:
            layer = decision.flag.source if decision.flag is not None else "earlier turn"
            if decision.kind in expect:
                counts[decision.kind, layer, "right"] += 1
            elif all(kind in HARMLESS for kind in expect):
                counts[decision.kind, layer, "escalated"] += 1
        if expect[0] in CATEGORIES and decision.kind not in expect:
            counts[expect[0], "missed"] += 1
    return counts


def totals(counts: Counter) -> str:
    right = {c: sum(n for k, n in counts.items() if k[0] == c and k[-1] == "right")
             for c in CATEGORIES}
    escalated = {c: sum(n for k, n in counts.items() if k[0] == c and k[-1] == "escalated")
                 for c in CATEGORIES}
    return "  ".join(f"{c} {right[c]} right, {counts[c, 'missed']} missed, {escalated[c]} "
                     f"escalated" for c in CATEGORIES)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.triage_layers", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--bank-crisis", type=threshold, action="append", default=[],
                        help="also score with this crisis bar for the bank: MIN,MARGIN")

    args = parser.parse_args(argv)
    files = args.files or default_files()
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        print(f"no such probe file: {', '.join(missing)}", file=sys.stderr)
        return 2
    probes = read_probes(files)
    chatbot = Chatbot(ChatbotConfig())
    prepared = [chatbot.prepare(p["message"], p.get("history")) for p in probes]
    vectors = [None if q.problem else chatbot.embed(q) for q in prepared]
    counts = tally(chatbot, probes, prepared, vectors)
    print(f"{len(probes)} probes from {len(files)} files")
    print(f"{'category':<12}{'layer':<14}{'right':>7}{'escalated':>11}")
    for category in CATEGORIES:
        for layer in ("rule", "bank", "model", "earlier turn"):
            right, wrong = counts[category, layer, "right"], counts[category, layer, "escalated"]
            if right or wrong:
                print(f"{category:<12}{layer:<14}{right:>7}{wrong:>11}")
    print(f"the bot's bars: {totals(counts)}")
    for bar in args.bank_crisis:
        config = replace(chatbot.config, triage=replace(chatbot.config.triage, crisis=bar))
        variant = Chatbot(config, encoder=chatbot.encoder, store=chatbot.store)
        print(f"bank crisis {bar.min_score},{bar.margin}: "
              f"{totals(tally(variant, probes, prepared, vectors))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
