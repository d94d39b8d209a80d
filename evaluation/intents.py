"""`python -m evaluation.intents [QUESTIONS.jsonl]`: how often the topic of a labelled question
is found (the questions with a `topic`; default evaluation/data/questions.jsonl).

Kept apart from bot/query/intent.py, which the package imports: `python -m` on a module the
package has already imported runs it twice over (runpy warns so).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.jsonl import JsonLinesError, read_json_lines
from bot.query.intent import IntentBank
from bot.query.read import read_message
from index.encoders import Encoder, load_encoder
from evaluation.paths import DATA

DEFAULT_QUESTIONS = DATA / "questions.jsonl"


def accuracy(bank: IntentBank, encoder: Encoder, questions: list[dict]) -> dict[str, float]:
    """Share of labelled questions (`topic`) whose topic is found, overall and per topic."""
    # read as the Chatbot reads them, without the index's spelling vocabulary
    texts = [read_message(q["question"], q.get("history")).search for q in questions]
    vectors = encoder.encode(texts)
    right: dict[str, list[bool]] = {}
    for question, text, vector in zip(questions, texts, vectors):
        right.setdefault(question["topic"], []).append(
            bank.classify(text, vector).topic == question["topic"])
    every = [r for rows in right.values() for r in rows]
    return {"all": sum(every) / len(every),
            **{topic: sum(rows) / len(rows) for topic, rows in sorted(right.items())}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.intents", description=__doc__)
    parser.add_argument("questions", nargs="?", type=Path, default=DEFAULT_QUESTIONS,
                        help="a question set whose rows carry a `topic` (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        rows = read_json_lines(args.questions, required=("question",))
    except JsonLinesError as err:
        parser.error(str(err))
    labelled = [q for q in rows if "topic" in q]
    if not labelled:
        parser.error(f"{args.questions} has no question with a `topic` to measure")
    encoder = load_encoder()  # the encoder the bot serves with
    for name, share in accuracy(IntentBank(encoder), encoder, labelled).items():
        print(f"{name:12s} {share:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
