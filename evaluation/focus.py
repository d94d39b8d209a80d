"""What the question's focus vector changes: `python -m evaluation.focus [--questions FILE ...]`.

The focus (the question without the words most passages share, see IndexStore.focus_text)
is embedded beside the question, which makes the encoder's batch two texts instead of one:
about 40% more encoder time per reply. This study says whether that second text could be
skipped where it changes nothing. For each question it retrieves and answers twice, with
the focus and without (`focus_weight=0`), and prints:

- how many questions have a focus at all, and how many replies read differently without it;
- passage R@3 and MRR@10 with and without, on the tuning and held-out parts (by id hash,
  as evaluation.scoring.sentences splits them);
- for the replies that change and those that do not, the medians of what is known before
  the focus is embedded (the question's cosine with the topic, the score gap between the
  first two passages found without the focus, the question's length, the words dropped):
  a gate that skips the focus needs one of these to tell the two groups apart.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from dataclasses import replace
from pathlib import Path

from bot.chatbot import Chatbot, ChatbotConfig
from bot.answer.compose import TOPIC_TEXT
from evaluation.scoring.metrics import is_relevant, mean, recall_at, reciprocal_rank
from evaluation.paths import DATA, SHARED
from evaluation.scoring.sentences import held_out
from evaluation.scoring.sets import load_questions

DEFAULT_FILES = (DATA / "questions.jsonl", SHARED / "eval" / "dev_questions.jsonl")
SIGNALS = ("topic_cosine", "first_gap", "words", "dropped")


def study(chatbot: Chatbot, questions) -> list[dict]:
    """One row per question: its part, whether its reply changes, its ranks, its signals."""
    without = Chatbot(replace(chatbot.config, search=replace(chatbot.config.search, focus_weight=0)),
                      encoder=chatbot.encoder, store=chatbot.store)
    topic = chatbot.encoder.encode([TOPIC_TEXT])[0]
    rows = []
    for question in questions:
        history = list(question.history)
        query = chatbot.prepare(question.question, history)
        vectors = chatbot.embed(query)
        hits = {name: bot.retrieve(query, vectors)
                for name, bot in (("with", chatbot), ("without", without))}
        ranked = {name: [is_relevant(hit.chunk.text, question.gold) for hit in found]
                  for name, found in hits.items()}
        plain = hits["without"]
        focus = chatbot.store.focus_text(query.search)
        rows.append({
            "held_out": held_out(question.id), "has_focus": vectors.focus is not None,
            "changed": (chatbot.reply(question.question, history).text
                        != without.reply(question.question, history).text),
            **{f"r3_{name}": recall_at(rel, 3) for name, rel in ranked.items()},
            **{f"mrr_{name}": reciprocal_rank(rel) for name, rel in ranked.items()},
            "topic_cosine": float(vectors.query @ topic),
            "first_gap": plain[0].score - plain[1].score if len(plain) > 1 else 0.0,
            "words": len(query.search.split()),
            "dropped": len(query.search.split()) - len(focus.split()),
        })
    return rows


def report(rows: list[dict]) -> str:
    focused = [r for r in rows if r["has_focus"]]
    changed = [r for r in focused if r["changed"]]
    lines = [f"{len(rows)} questions, {len(focused)} with a focus; replies that read differently "
             f"without it: {len(changed)}", "",
             "part      questions  R@3 with  R@3 without  MRR with  MRR without"]
    for name, part in (("tuning", [r for r in rows if not r["held_out"]]),
                       ("held_out", [r for r in rows if r["held_out"]])):
        lines.append(f"{name:<9} {len(part):>9}  {mean(r['r3_with'] for r in part):>8.3f}  "
                     f"{mean(r['r3_without'] for r in part):>11.3f}  "
                     f"{mean(r['mrr_with'] for r in part):>8.3f}  {mean(r['mrr_without'] for r in part):>11.3f}")
    lines += ["", "signal        median, reply changes  median, reply the same  range where it changes"]
    same = [r for r in focused if not r["changed"]]
    for signal in SIGNALS:
        values = sorted(r[signal] for r in changed)
        lines.append(f"{signal:<13} {_median(values):>21.3f}  "
                     f"{_median([r[signal] for r in same]):>22.3f}  "
                     f"{values[0] if values else 0:.3f} .. {values[-1] if values else 0:.3f}")
    return "\n".join(lines) + "\n"


def _median(values) -> float:
    values = list(values)
    return statistics.median(values) if values else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.focus", description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, action="append",
                        help="question sets (default: the project's and the shared dev set)")
    args = parser.parse_args(argv)
    questions = [q for path in (args.questions or DEFAULT_FILES) for q in load_questions(path)]
    chatbot = Chatbot(ChatbotConfig(query_cache=0)).load()
    sys.stdout.write(report(study(chatbot, questions)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
