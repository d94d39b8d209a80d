"""`python -m bot.intent_eval [QUESTIONS.jsonl]`: how often the topic of a labelled question
is found (the questions with a `topic`; default eval/questions.jsonl).

Kept apart from bot/intent.py, which the package imports: `python -m` on a module the
package has already imported runs it twice over (runpy warns so).
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot.intent import IntentBank
from bot.jsonl import read_json_lines
from index.encoder import Encoder


def accuracy(bank: IntentBank, encoder: Encoder, questions: list[dict]) -> dict[str, float]:
    """Share of labelled questions (`topic`) whose topic is found, overall and per topic."""
    from bot.history import parse_history
    from bot.query import search_query

    texts = [search_query(q["question"], parse_history(q.get("history"))) for q in questions]
    vectors = encoder.encode(texts)
    right: dict[str, list[bool]] = {}
    for question, text, vector in zip(questions, texts, vectors):
        right.setdefault(question["topic"], []).append(
            bank.classify(text, vector).topic == question["topic"])
    every = [r for rows in right.values() for r in rows]
    return {"all": sum(every) / len(every),
            **{topic: sum(rows) / len(rows) for topic, rows in sorted(right.items())}}


def main(argv: list[str]) -> int:
    from index.encoder import load_encoder

    path = Path(argv[0] if argv else "eval/questions.jsonl")
    labelled = [q for q in read_json_lines(path, required=("question",)) if "topic" in q]
    encoder = load_encoder()  # the encoder the bot serves with
    for name, share in accuracy(IntentBank(encoder), encoder, labelled).items():
        print(f"{name:12s} {share:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
