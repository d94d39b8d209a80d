"""Score triage alone on probe files: `python -m evaluation.triage [FILE ...] [--rules-only]`.

For each probe the route is taken by the Chatbot's own stages (prepare, embed, route: the
message's own embedding, the conversation, the length limit) and compared with the probe's
expected kinds: a triage route is right when it is expected. Where triage raises nothing,
the answerer's first check decides small talk (`smalltalk_reply`, what `compose` asks
first), so "smalltalk" is right when expected and "no flag" is right when the probe expects
another of the answerer's kinds. Prints, per file and split: accuracy, the recall of each
category, harmless probes escalated, a confusion table, the misses (but not those of a
"held" split unless asked: a held split stays unseen while rules are tuned), and the median
time of the triage step over precomputed embeddings.

`--layers` says instead which layer (rules, bank or model) decided each route, how often each
escalated a probe that expects only the answerer's kinds (answer, not covered, off topic,
small talk, unreadable), and, for each `--bank-crisis MIN,MARGIN` asked for, the same totals
with the bank's crisis bar moved. With no files it reads every blind set but the held-out
pair (HELD_OUT), which is scored once at the end of a round and never looked into while one
is tuned:

    python -m evaluation.triage --layers [--bank-crisis 0.55,0.08 ...]
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.answer.smalltalk import smalltalk_reply
from bot.chatbot import Chatbot, ChatbotConfig
from bot.jsonl import read_json_lines
from bot.query.read import Query
from bot.safety.bank import DEFAULT_BANK
from bot.safety.route import Decision
from bot.safety.rules import CATEGORIES
from bot.safety.triage import BankThreshold
from evaluation.paths import DATA, HELD_OUT, SHARED

FAMILIES = DATA / "probes_families.jsonl"
DEFAULT_FILES = (DATA / "probes.jsonl", FAMILIES, SHARED / "eval" / "dev_probes.jsonl")
NONE = "no flag"
SMALLTALK = "smalltalk"
RECALLED = (*CATEGORIES, SMALLTALK)  # the kinds whose recall is reported


def split_of(probe_id: str) -> str:
    """The split of a new probe, fixed by its id alone: half "held", half "tune"."""
    return "held" if hashlib.sha256(probe_id.encode("utf-8")).digest()[0] % 2 else "tune"


def read_probes(paths: list[Path]) -> list[dict[str, Any]]:
    """The probes of each file; `set` names the file and its split ("probes/held"), or the
    file alone where a probe has no split."""
    return [{**probe, "split": probe.get("split", path.stem),
             "set": f"{path.stem}/{probe['split']}" if "split" in probe else path.stem,
             "held_out": path.name in HELD_OUT}
            for path in paths
            for probe in read_json_lines(path, required=("id", "message", "expect"))]


def decided_kind(decision: Decision, query: Query) -> str:
    """The triage route, else "smalltalk" where the answerer would reply with small talk."""
    if decision.kind is not None:
        return decision.kind
    if not query.problem and smalltalk_reply(query.text) is not None:
        return SMALLTALK
    return NONE


def is_right(kind: str, expect: list[str]) -> bool:
    if kind != NONE:
        return kind in expect
    return any(e not in CATEGORIES and e != SMALLTALK for e in expect)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.triage", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--rules-only", action="store_true",
                        help="leave the bank and the model out")
    parser.add_argument("--bank", type=Path, default=DEFAULT_BANK)
    parser.add_argument("--show-held", action="store_true",
                        help="also list the misses of the held splits")
    parser.add_argument("--layers", action="store_true",
                        help="which layer decided each route, and its escalations")
    parser.add_argument("--bank-crisis", type=threshold, action="append", default=[],
                        help="with --layers: also score with this crisis bar for the bank, MIN,MARGIN")
    args = parser.parse_args(argv)
    if args.layers:
        return layers(args.files or blind_files(), args.bank_crisis)
    probes = read_probes([f for f in args.files or DEFAULT_FILES if f.is_file()])
    # the bot's own stages, index and encoder; the bank and the model left out with --rules-only
    learned = ({"triage_bank": None, "triage_model": None, "triage_ngrams": None}
               if args.rules_only else {})
    chatbot = Chatbot(ChatbotConfig(**{"triage_bank": args.bank, **learned}))
    prepared = [chatbot.prepare(p["message"], p.get("history")) for p in probes]
    vectors = [None if q.problem else chatbot.embed(q) for q in prepared]
    by_set: dict[str, list[tuple[dict, str, Decision]]] = defaultdict(list)
    timings = []
    for probe, ready, vector in zip(probes, prepared, vectors):
        started = time.perf_counter()
        decision = chatbot.route(ready, vector)
        timings.append(time.perf_counter() - started)
        by_set[probe["set"]].append((probe, decided_kind(decision, ready), decision))
    for name, rows in sorted(by_set.items()):
        # a held-out set's misses are never listed, even when the set is named on purpose
        listed = args.show_held or rows[0][0]["split"] != "held"
        report(name, rows, misses=listed and not rows[0][0]["held_out"])
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


def blind_files() -> list[Path]:
    """The blind sets, the held-out pair left out."""
    return sorted((p for p in DATA.glob("probes_blind*.jsonl") if p.name not in HELD_OUT),
                  key=lambda p: (len(p.name), p.name))


def threshold(text: str) -> BankThreshold:
    """A bank threshold as typed on the command line: MIN,MARGIN."""
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
            elif not any(kind in CATEGORIES for kind in expect):  # every kind the answerer's
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


def layers(files: list[Path], bars: list[BankThreshold]) -> int:
    """Print which layer decided each route on `files`, and the totals with other bars."""
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
    for bar in bars:
        config = replace(chatbot.config, triage=replace(chatbot.config.triage, crisis=bar))
        variant = Chatbot(config, encoder=chatbot.encoder, store=chatbot.store)
        print(f"bank crisis {bar.min_score},{bar.margin}: "
              f"{totals(tally(variant, probes, prepared, vectors))}")
    return 0


def report(name: str, rows: list[tuple[dict, str, Decision]], *, misses: bool = True) -> None:
    right = [is_right(kind, p["expect"]) for p, kind, _ in rows]
    print(f"\n== {name}: {sum(right)}/{len(rows)} right ({sum(right) / len(rows):.1%})")
    recalls = []
    for kind in RECALLED:
        group = [k in p["expect"] for p, k, _ in rows if p["expect"][0] == kind]
        if group:
            recalls.append(f"{kind} {sum(group)}/{len(group)}")
    print("   recall: " + ", ".join(recalls))
    harmless = [k for p, k, _ in rows if not any(e in CATEGORIES for e in p["expect"])]
    escalated = sum(k in CATEGORIES for k in harmless)
    print(f"   harmless probes escalated: {escalated}/{len(harmless)}")
    table = Counter((p["expect"][0], k) for p, k, _ in rows)
    kinds = sorted({p["expect"][0] for p, _, _ in rows})
    columns = [*RECALLED, NONE]
    print("   expected \\ triage  " + " ".join(f"{c[:10]:>10}" for c in columns))
    for kind in kinds:
        print(f"   {kind:<18} " + " ".join(f"{table[(kind, c)]:>10}" for c in columns))
    wrong = [(p, k, d) for (p, k, d), ok in zip(rows, right) if not ok]
    if wrong and not misses:
        print(f"   {len(wrong)} misses not listed (a held split; --show-held lists them)")
        return
    for probe, kind, decision in wrong:
        flag = decision.flag
        why = f"{flag.source}:{flag.sign} {flag.evidence!r}" if flag else ""
        print(f"   MISS {probe['id']} expect={probe['expect']} got={kind} {why}\n"
              f"        {probe['message'][:160]!r}")


if __name__ == "__main__":
    sys.exit(main())
