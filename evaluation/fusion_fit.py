"""`python -m evaluation.fusion_fit`: are the hand-set fusion weights still the best linear mix?

The hybrid search adds three standardised scores: the passage cosine, the best sentence's
cosine (both with the query and its focus, see SearchConfig) and BM25 at half weight.
This command fits the weights of those sides, and of five more the index can score
(each cosine with the query alone and with the focus alone, BM25 of the focus), by a
listwise loss on one half of a question set, measures them on the other half, and fits on
the whole set to measure the shared dev set. Beside each it measures the hand weights on
the same questions, so a gain here is a gain over what the bot does.

A fit that wins on one half but not the other, or not on the dev set, learned those
questions rather than the passages; the hand weights stay until one wins on all three.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from evaluation.scoring.sets import DEFAULT_QUESTIONS, EvalSetError, Question, load_questions
from evaluation.scoring.metrics import is_relevant, mean, recall_at, reciprocal_rank
from bot.chatbot import Chatbot
from index.fusion import with_focus, zscores
from index.store import SearchConfig
from evaluation.paths import SHARED, REPORTS

DEFAULT_DEV = SHARED / "eval" / "dev_questions.jsonl"
DEFAULT_REPORT = REPORTS / "fusion-fit.json"

# p: passage cosine, s: best-sentence cosine; mix: query plus focus, q: query, f: focus
FEATURES = ("p_mix", "s_mix", "bm25", "p_q", "p_f", "s_q", "s_f", "bm25_focus")


@dataclass(frozen=True)
class Candidates:
    """One question's candidate passages: their index positions, a row of standardised
    side scores each, and which hold a gold phrase."""

    ids: np.ndarray  # (candidates,) positions in the store, ascending
    features: np.ndarray  # (candidates, len(FEATURES))
    relevant: np.ndarray  # (candidates,) bool


def hand_weights(config: SearchConfig) -> np.ndarray:
    """The weights the bot searches with, over FEATURES."""
    weights = np.zeros(len(FEATURES))
    weights[:3] = 1.0, config.sentence_weight, config.lexical_weight
    return weights


def candidates(chatbot: Chatbot, question: Question) -> Candidates:
    """The passages the Chatbot's search would fuse for this question (each side's best
    `config.candidates`), with every side's score, standardised over them as it does."""
    store, config = chatbot.store, chatbot.config.search
    prepared = chatbot.prepare(question.question, list(question.history))
    query = prepared.search
    vectors = chatbot.embed(prepared)
    asked = np.asarray(vectors.query, dtype=np.float32)
    focus = asked if vectors.focus is None else np.asarray(vectors.focus, dtype=np.float32)
    mixed = with_focus(asked, vectors.focus, config.focus_weight)
    sides = {
        "p_mix": store.vectors @ mixed, "s_mix": store.sentence_scores(mixed),
        "bm25": store.lexical_scores(query),
        "p_q": store.vectors @ asked, "p_f": store.vectors @ focus,
        "s_q": store.sentence_scores(asked), "s_f": store.sentence_scores(focus),
        "bm25_focus": store.lexical_scores(store.focus_text(query, config)),
    }
    n = config.candidates
    offered = set(_best(sides["p_mix"], n)) | set(_best(sides["s_mix"], n))
    offered |= {i for i in _best(sides["bm25"], n) if sides["bm25"][i] > 0}
    ids = np.array(sorted(offered), dtype=np.int64)
    table = zscores(np.array([np.asarray(sides[name], dtype=np.float64)[ids] for name in FEATURES]))
    relevant = np.array([is_relevant(store.chunks[i].text, question.gold) for i in ids])
    return Candidates(ids, table.T.copy(), relevant)


def ranked(row: Candidates, weights: np.ndarray) -> np.ndarray:
    """Candidate positions in the row, best fused score first (ties in index order)."""
    return np.argsort(-(row.features @ weights), kind="stable")


def measure(rows: Sequence[Candidates], weights: np.ndarray) -> dict[str, float]:
    """Recall@1, Recall@3 and MRR@10 of the fused rankings."""
    flags = [row.relevant[ranked(row, weights)].tolist() for row in rows]
    return {"recall@1": mean(recall_at(r, 1) for r in flags),
            "recall@3": mean(recall_at(r, 3) for r in flags),
            "mrr@10": mean(reciprocal_rank(r, 10) for r in flags)}


def fit(rows: Sequence[Candidates], *, l2: float = 0.1, steps: int = 2000,
        rate: float = 0.05) -> np.ndarray:
    """Weights that maximise the softmax probability of each question's relevant passages
    (a listwise loss: it rewards a relevant passage on top, as MRR does), with an L2 pull
    towards zero. Starts from the passage cosine alone; plain gradient descent, since the
    loss is convex and the problem is a few hundred rows."""
    rows = [row for row in rows if row.relevant.any()]
    weights = np.zeros(len(FEATURES))
    weights[0] = 1.0
    if not rows:
        return weights
    for _ in range(steps):
        gradient = l2 * weights
        for row in rows:
            scores = row.features @ weights
            chance = np.exp(scores - scores.max())
            chance /= chance.sum()
            hit = chance * row.relevant
            gradient += (chance @ row.features - hit @ row.features / hit.sum()) / len(rows)
        weights = weights - rate * gradient
    return weights


def cross_check(own: Sequence[Candidates], dev: Sequence[Candidates],
                hand: np.ndarray, *, l2: float = 0.1) -> dict[str, dict]:
    """Fitted against hand weights: odd questions from the even ones' fit and back, and the
    dev set from the whole set's fit."""
    odd, even = list(own[0::2]), list(own[1::2])
    fitted = {"odd": fit(even, l2=l2), "even": fit(odd, l2=l2), "dev": fit(own, l2=l2)}
    held = {"odd": odd, "even": even, "dev": dev}
    return {name: {"fitted": measure(held[name], weights), "hand": measure(held[name], hand),
                   "weights": dict(zip(FEATURES, np.round(weights, 3).tolist()))}
            for name, weights in fitted.items() if held[name]}


def _best(scores: np.ndarray, n: int) -> list[int]:
    return np.argsort(-np.asarray(scores), kind="stable")[:n].tolist()


def _print(results: dict[str, dict]) -> None:
    print(f"{'held out':9s} {'weights':7s} R@1    R@3    MRR@10")
    for name, result in results.items():
        for kind in ("hand", "fitted"):
            m = result[kind]
            print(f"{name:9s} {kind:7s} {m['recall@1']:.3f}  {m['recall@3']:.3f}  {m['mrr@10']:.3f}")
    for name, result in results.items():
        print(f"fitted for {name}: " + ", ".join(f"{k} {v:+.2f}" for k, v in result["weights"].items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.fusion_fit", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS,
                        help="the set split into halves (default: %(default)s)")
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV,
                        help="the held-out set (default: %(default)s)")
    parser.add_argument("--l2", type=float, default=0.1, help="the pull towards zero weights")
    parser.add_argument("--report", type=Path, default=DEFAULT_REPORT, help="JSON report path")
    args = parser.parse_args(argv)
    try:
        own_set = load_questions(args.questions)
        dev_set = load_questions(args.dev) if args.dev.is_file() else []
    except EvalSetError as err:
        parser.error(str(err))
    if len(own_set) < 4:
        parser.error(f"{args.questions} has {len(own_set)} questions; halves need at least 4")
    chatbot = Chatbot()  # the index and encoder the bot serves with
    config = chatbot.config.search
    own = [candidates(chatbot, q) for q in own_set]
    dev = [candidates(chatbot, q) for q in dev_set]
    results = cross_check(own, dev, hand_weights(config), l2=args.l2)
    _print(results)
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"report written to {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
