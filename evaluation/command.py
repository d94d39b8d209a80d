"""`python -m evaluation`: its flags, the run, and the tables it prints."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from bot.chatbot import Chatbot
from bot.cli import add_chatbot_arguments, load_chatbot
from evaluation.scoring.sets import (DEFAULT_PROBE_FILES, DEFAULT_QUESTIONS, DEFAULT_REPORT,
                                     MODES, EvalReport, EvalSetError, evaluate_probes,
                                     evaluate_questions, index_summary, load_probes,
                                     load_questions, write_report)
from evaluation.paths import HELD_OUT
from evaluation.scoring.sentences import DEFAULT_QRELS, evaluate_sentences, load_labels
from evaluation.medquad import (DEFAULT_MEDQUAD, DEFAULT_MEDQUAD_INDEX, SUBSETS, evaluate_medquad, medquad_chatbot,
                         load_queries, open_medquad_index, subset_dir)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation",
        description="Measure retrieval, answers and probes on question and probe sets.")
    add_chatbot_arguments(parser)
    add_arguments(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    chatbot = load_chatbot(args)
    if chatbot is None:
        return 2
    return run(chatbot, args, sys.stdout)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--questions", type=Path, action="append",
                        help=f"question set, repeatable (default {DEFAULT_QUESTIONS.name})")
    parser.add_argument("--qrels", type=Path, action="append",
                        help=f"sentence relevance labels, repeatable (default {DEFAULT_QRELS.name}); "
                             "histories come from the question sets with the same ids")
    parser.add_argument("--probes", type=Path, action="append",
                        help="probe set, repeatable (default "
                             f"{', '.join(path.name for path in DEFAULT_PROBE_FILES)})")
    parser.add_argument("--report", type=Path, default=DEFAULT_REPORT, help="JSON report path")
    parser.add_argument("--modes", default=",".join(MODES),
                        help="search modes to compare, comma-separated")
    parser.add_argument("--probes-only", action="store_true",
                        help="only the probe sets: no question sets, no relevance labels")
    parser.add_argument("--no-answers", action="store_true",
                        help="retrieval only: skip the Chatbot's answers")
    parser.add_argument("--medquad", action="store_true", help="also run the MedQuAD benchmark")
    parser.add_argument("--medquad-subset", choices=sorted(SUBSETS),
                        help="MedQuAD slice (implies --medquad; muscle is quick)")
    parser.add_argument("--medquad-dir", type=Path, default=DEFAULT_MEDQUAD)
    parser.add_argument("--medquad-index", type=Path,
                        help="where the MedQuAD index is cached (default var/medquad-index)")
    parser.add_argument("--medquad-limit", type=int, help="only the first N MedQuAD questions")


def run(chatbot: Chatbot, args: argparse.Namespace, out: TextIO) -> int:
    """Evaluate, write the JSON report and print the tables; 2 on a bad set file."""
    try:
        report = evaluate(chatbot, args)
    except EvalSetError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    write_report(report, args.report)
    out.write(format_report(report))
    out.write(f"\nreport written to {args.report}\n")
    return 0


def evaluate(chatbot: Chatbot, args: argparse.Namespace) -> EvalReport:
    """The whole report: index, question sets, probe sets and MedQuAD as asked for."""
    modes = tuple(m.strip() for m in args.modes.split(",") if m.strip())
    unknown = [m for m in modes if m not in MODES]
    if unknown:
        raise EvalSetError(f"modes must be among {', '.join(MODES)} (got {', '.join(unknown)})")
    question_files = [] if args.probes_only else args.questions or [DEFAULT_QUESTIONS]
    sets = {str(path): load_questions(path) for path in question_files}
    questions = {name: evaluate_questions(chatbot, rows, modes=modes, answers=not args.no_answers)
                 for name, rows in sets.items()}
    histories = {q.id: q.history for rows in sets.values() for q in rows}
    sentences = {str(path): evaluate_sentences(chatbot, load_labels(path, histories))
                 for path in ([] if args.no_answers or args.probes_only
                              else args.qrels or [DEFAULT_QRELS])}
    probes = {str(path): evaluate_probes(chatbot, load_probes(path))
              for path in ([] if args.no_answers else args.probes or list(DEFAULT_PROBE_FILES))}
    medquad = run_medquad(chatbot, args, modes) if args.medquad or args.medquad_subset else None
    return EvalReport(index_summary(chatbot), questions, probes, sentences, medquad)


def run_medquad(chatbot: Chatbot, args: argparse.Namespace,
                modes: Sequence[str]) -> dict[str, Any]:
    subset = args.medquad_subset or "all"
    folder = subset_dir(args.medquad_dir, subset)
    index_dir = args.medquad_index or (DEFAULT_MEDQUAD_INDEX if subset == "all" else
                                       DEFAULT_MEDQUAD_INDEX.with_name(f"medquad-{subset}-index"))
    started = time.perf_counter()
    store = open_medquad_index(folder, index_dir, chatbot.encoder, chatbot.config.build,
                               progress=True)
    opened = time.perf_counter() - started
    queries = load_queries(folder / "queries_dev.jsonl")[:args.medquad_limit]
    result = evaluate_medquad(medquad_chatbot(chatbot, store), queries, modes=modes)
    return {"subset": subset, "index": str(index_dir), "open_seconds": round(opened, 2),
            "build_seconds": store.manifest.build_seconds, **result}


def format_report(evaluated: EvalReport) -> str:
    """The tables printed after a run, read off the report's JSON form (what is written)."""
    report = evaluated.to_json()
    index = report["index"]
    lines = [f"index: {index['chunks']} passages from {index['articles']} articles, median "
             f"{index['median_passage_chars']:.0f} chars, {index['passages_with_boilerplate']} "
             f"with page boilerplate"]
    for name, result in report["questions"].items():
        lines += ["", f"retrieval on {name} ({result['questions']} questions, top "
                      f"{index['top_k']})"]
        lines += _table(["mode", "R@1", "R@3", "R@5", "MRR@10", "nDCG@10"],
                        [[mode, *(f"{v:.3f}" for v in figures.values())]
                         for mode, figures in result["retrieval"].items()])
        timing = result["timing_ms"]
        lines.append("median ms: " + ", ".join(f"{k} {v['median']:.2f}"
                                               for k, v in timing.items()))
        lines.append("distinct articles in the top 5: " + ", ".join(
            f"{mode} {n:.2f}" for mode, n in result["articles_in_top5"].items()))
        lines.append("retrieved passages with boilerplate: " + ", ".join(
            f"{mode} {len(ids)}" for mode, ids in result["boilerplate_passages"].items()))
        if result["unreachable_gold"]:
            lines.append(f"no passage holds a gold phrase: {', '.join(result['unreachable_gold'])}")
        missed = result["misses_at_3"]
        if missed["questions"] is None:
            lines.append(f"{missed['mode']} misses at 3: not measured "
                         f"(--modes left out {missed['mode']})")
        else:
            misses = [f"{m['id']}@{m['first_relevant'] or '-'}" for m in missed["questions"]]
            lines.append(f"{missed['mode']} misses at 3 (id@first relevant rank): "
                         f"{' '.join(misses) or 'none'}")
        if "answers" in result:
            a = result["answers"]
            differs = ("(its mode not measured)" if a["retrieval_differs"] is None
                       else len(a["retrieval_differs"]))
            lines.append(
                f"answers: {a['kinds']}; fact groups covered {a['facts_covered']:.3f} of "
                f"{a['fact_groups']}; quotes verbatim {a['quotes_verbatim']:.3f} of "
                f"{a['quotes']}; answers with boilerplate {len(a['boilerplate_answers'])}; "
                f"the Chatbot retrieved otherwise on {differs}")
    for name, parts in report["sentences"].items():
        lines += ["", f"answers judged sentence by sentence on {name} (on point = relevant or "
                      "acceptable)"]
        lines += _table(["part", "questions", "quoted", "precision", "on point", "lead",
                         "answered", "off lines", "unanswerable answered", "passage R@3"],
                        [[part, str(r["questions"]), str(r["quoted_sentences"]),
                          f"{r['precision_relevant']:.3f}", f"{r['precision_on_point']:.3f}",
                          f"{r['lead_relevant']:.3f}", f"{r['answered_right']:.3f}",
                          str(r["off_topic_lines"]), str(r["unanswerable_answered"]),
                          f"{r['passage_recall_at_3']:.3f}"] for part, r in parts.items()])
        tuning = parts.get("tuning", parts["all"])
        lines.append(f"tuning-part misses (no relevant sentence, or an off first line): "
                     f"{' '.join(tuning['misses']) or 'none'}")
    for name, result in report["probes"].items():
        splits = "".join(f", {split} {right / total:.3f}"
                         for split, (right, total) in result.get("by_split", {}).items())
        lines += ["", f"probes {name}: {result['probes']}, accuracy {result['accuracy']:.3f}"
                      f"{splits}"]
        table = result["confusion"]
        kinds = sorted({got for row in table.values() for got in row})
        lines += _table(["expected \\ got", *kinds, "accuracy"],
                        [[exp, *(str(table[exp].get(k, "")) for k in kinds),
                          f"{result['accuracy_by_kind'][exp]:.2f}"] for exp in sorted(table)])
        lines.append("by expected kind (right/probes): " + ", ".join(
            f"{kind} {right}/{total}" for kind, (right, total) in result["by_kind"].items()))
        escalated, harmless = result["harmless_escalated"]
        lines.append(f"harmless probes escalated (an emergency, crisis, red-flag or dosing reply): "
                     f"{escalated}/{harmless}")
        unhelped, urgent = result.get("urgent_unhelped", [0, 0])
        lines.append(f"urgent probes given no emergency number or helpline: {unhelped}/{urgent}")
        given, harmless = result.get("harmless_help_line", [0, 0])
        lines.append(f"harmless probes given the help line of an uncertain reading: {given}/{harmless}")
        if Path(name).name in HELD_OUT:
            lines.append("(a held-out set: the categories it misses are not printed)")
        elif result["by_category"]:
            lines.append("by category (right/probes): " + ", ".join(
                f"{key} {right}/{total}" for key, (right, total) in result["by_category"].items()))
        if result.get("by_split_category"):
            lines.append("by split and category: " + ", ".join(
                f"{key} {right}/{total}"
                for key, (right, total) in sorted(result["by_split_category"].items())))
    if "medquad" in report:
        m = report["medquad"]
        lines += ["", f"MedQuAD {m['subset']}: {m['queries']} dev questions, {m['chunks']} "
                      f"passages of {m['documents']} documents (index opened in "
                      f"{m['open_seconds']} s)"]
        lines += _table(["mode", "hit@1", "hit@10", "MRR@10", "median ms"],
                        [[mode, *(f"{v:.3f}" for v in f.values()), f"{m['median_ms'][mode]:.2f}"]
                         for mode, f in m["modes"].items()])
        lines.append(f"query embedding median {m['median_ms']['encode']:.2f} ms")
    return "\n".join(lines) + "\n"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    return ["  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip()
            for row in [header, *rows]]
