"""Fit triage's linear model, and measure it by leaving one labelled set out at a time; the
logistic regression and data digest every linear model of the bot is fitted with (bot.linear).

    python -m evaluation.triage_model fit   # writes bot/data/triage_model.npz
    python -m evaluation.triage_model cv    # leave-one-set-out: each set scored by a model
                                            # fitted on the others, beside no model at all

The model (bot.safety.model) is a multinomial logistic regression over the message's
embedding, labelled "none" or a triage category. It learns from the bank's examples and the
probe sets in TRAINING: the tune split only where a set has splits, so a "held" split stays
held out, and no set written later than TRAINING (each new blind set is measured once with
the model as it was, then may be added here). `cv` reports, per left-out set, the share
right, the recall of emergencies and crises, and harmless messages escalated: with no model,
with the thresholds of TriageConfig ("chosen"), and with one threshold for every category,
for each asked for.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar
from pathlib import Path

import numpy as np

from bot.chatbot import Chatbot, ChatbotConfig
from bot.linear import LinearModel
from bot.jsonl import read_json_lines
from bot.safety.bank import DEFAULT_BANK
from bot.safety.model import DEFAULT_MODEL, LABELS, TriageModel, write_model
from bot.safety.rules import CATEGORIES
from bot.safety.triage import TriageConfig, rule_triage
from evaluation.paths import DATA, SHARED
from evaluation.triage import decided_kind, is_right

TRAINING: tuple[Path, ...] = (
    DATA / "probes.jsonl", DATA / "probes_families.jsonl", DATA / "probes_blind.jsonl",
    DATA / "probes_blind2.jsonl", DATA / "probes_blind3.jsonl", DATA / "probes_blind4.jsonl",
    DATA / "probes_blind5.jsonl", DATA / "probes_blind6.jsonl", DATA / "probes_blind7.jsonl",
    DATA / "probes_blind8.jsonl", DATA / "probes_blind9.jsonl", DATA / "probes_blind10.jsonl",
    DATA / "probes_blind11.jsonl", DATA / "probes_blind12.jsonl", DATA / "probes_blind13.jsonl",
    DATA / "probes_blind14.jsonl", DATA / "probes_blind15.jsonl", DATA / "probes_blind16.jsonl",
    DATA / "probes_blind17.jsonl", DATA / "probes_blind18.jsonl", DATA / "probes_blind19.jsonl",
    DATA / "probes_blind20.jsonl", DATA / "probes_blind21.jsonl", DATA / "probes_blind22.jsonl",
    DATA / "probes_blind23.jsonl", DATA / "probes_blind24.jsonl", DATA / "probes_blind25.jsonl",
    DATA / "probes_blind26.jsonl", DATA / "probes_blind27.jsonl", DATA / "probes_blind28.jsonl",
    DATA / "probes_blind29.jsonl", DATA / "probes_blind30.jsonl", DATA / "probes_blind31.jsonl",
    DATA / "probes_blind32.jsonl", DATA / "probes_blind33.jsonl",
    # (probes_blind34 and 35, written with 30 to 33, were this session's first held-out pair;
    # once scored and read they taught the rules, not the models: a refit with them turned
    # "what triggers hamstring cramps" away and left the other sets as they were; neither they
    # nor 38 to 41, read later, are learned from. The held-out sets, evaluation.paths.HELD_OUT,
    # are learned from by nothing)
    SHARED / "eval" / "dev_probes.jsonl",
    # written as training data: crisis in every form, the emergencies, red flags and dose
    # requests of the clinical categories, and the harmless words that look like them
    DATA / "train_crisis.jsonl", DATA / "train_medical.jsonl",
    # and the forms the first two were thin on: a method asked flatly, self-harm found by
    # someone else, compartment swelling, drinking, a dose for a child, near misses
    DATA / "train_more.jsonl",
    # and where the line runs between a crisis and a hard time ("this job is killing me")
    DATA / "train_line.jsonl",
    # and what probes_blind15 showed thin: self-harm told as what is done, methods asked as
    # practical questions, crisis in a dozen languages; emergencies beyond the famous ones
    # (tetanus, low calcium after neck surgery, ketoacidosis, envenoming, a fall onto the
    # spine), each beside its non-urgent twin and harmless look-alikes
    DATA / "train_crisis2.jsonl", DATA / "train_emergency.jsonl",
    # and plain questions, written for the scope model: "how long do i leave the ice pack on"
    # had looked to the model like a method asked flatly, for want of harmless questions of
    # that shape
    DATA / "train_scope.jsonl")
# Ordinary questions the articles answer: harmless examples ("none") of the very kind the
# model must leave alone, except the few a rule routes ("cramp plus tingling in my foot").
QUESTIONS: tuple[Path, ...] = (DATA / "questions.jsonl", SHARED / "eval" / "dev_questions.jsonl")
# Inverse regularisation, and every label weighted as if equally common: harmless messages
# outnumber each category several times. Chosen by `cv` among 1, 4 and 16.
STRENGTH = 4.0
URGENT = ("emergency", "crisis")

Model = TypeVar("Model", bound=LinearModel)


@dataclass(frozen=True)
class Example:
    """One labelled message: its text, its label (LABELS), and the set it came from."""

    text: str
    label: str
    source: str
    probe: dict | None = None  # the probe as read, for scoring; None for a bank example


def label_of(expect: Sequence[str]) -> str:
    """The first triage category a probe accepts, else "none"."""
    return next((kind for kind in expect if kind in CATEGORIES), "none")


def read_examples(bank: Path = DEFAULT_BANK, files: Sequence[Path] = TRAINING,
                  questions: Sequence[Path] = QUESTIONS) -> list[Example]:
    """The bank's examples, every probe of `files` and every question of `questions` that
    stands alone (no history); a held split's probes are included but marked by their
    probe's "split"."""
    examples = [Example(row["text"], row["category"], "bank")
                for row in read_json_lines(bank, required=("text", "category"))]
    for path in files:
        for probe in read_json_lines(path, required=("id", "message", "expect")):
            if not probe.get("history"):
                examples.append(Example(probe["message"], label_of(probe["expect"]), path.stem,
                                        probe))
    for path in questions:
        for row in read_json_lines(path, required=("id", "question")):
            if not row.get("history") and not rule_triage(row["question"]).flags:
                probe = {"id": row["id"], "message": row["question"], "expect": ["answer"]}
                examples.append(Example(row["question"], "none", path.stem, probe))
    return examples


def trainable(examples: Sequence[Example]) -> list[Example]:
    """Those a model may learn from: not a held split's."""
    return [e for e in examples if e.probe is None or e.probe.get("split") != "held"]


def data_digest(rows: Iterable[tuple[str, str, str]], encoder: str, strength: float) -> str:
    """A hash of what a model learns from (source, label, text per row) and how: a model file
    fitted on other data or settings shows as a change."""
    hashed = hashlib.sha256(f"{encoder}\0{strength}\0".encode())
    for source, label, text in rows:
        hashed.update(f"{source}\0{label}\0{text}\0".encode())
    return hashed.hexdigest()


def fit_linear(kind: type[Model], vectors: np.ndarray, labels: Sequence[str], *,
               encoder: str, digest: str, strength: float, articles: str = "") -> Model:
    """A multinomial logistic regression of `labels` on `vectors`, every label weighted as if
    equally common, as a `kind` model; every one of kind.LABELS must occur."""
    from sklearn.linear_model import LogisticRegression

    missing = sorted(set(kind.LABELS) - set(labels))
    if missing:
        raise ValueError(f"a {kind.NAME} needs examples of every label {kind.LABELS} "
                         f"(none of {missing})")
    found = LogisticRegression(C=strength, class_weight="balanced", max_iter=5000)
    found.fit(vectors, list(labels))
    order = [list(found.classes_).index(label) for label in kind.LABELS]
    return kind(found.coef_[order].astype(np.float32), found.intercept_[order].astype(np.float32),
                encoder, digest, articles)


def digest(examples: Sequence[Example], encoder: str) -> str:
    """A hash of what a model learns from, and how: a stale model file shows as a change."""
    return data_digest(((e.source, e.label, e.text) for e in examples), encoder, STRENGTH)


def fit(vectors: np.ndarray, labels: Sequence[str], *, encoder: str, data_digest: str,
        strength: float = STRENGTH) -> TriageModel:
    """A logistic regression of `labels` on `vectors`; every label of LABELS must occur."""
    return fit_linear(TriageModel, vectors, labels, encoder=encoder, digest=data_digest,
                      strength=strength)


def embed_all(chatbot: Chatbot, examples: Sequence[Example]) -> tuple[list[Example], np.ndarray]:
    """The examples the bot can read (not unreadable or too long) and their message vectors,
    computed as the bot computes them."""
    kept, vectors = [], []
    for example in examples:
        query = chatbot.prepare(example.text)
        if not query.problem:
            kept.append(example)
            vectors.append(chatbot.embed(query).query)
    return kept, np.stack(vectors)


def fit_command(chatbot: Chatbot, out: Path) -> None:
    examples = trainable(read_examples())
    kept, vectors = embed_all(chatbot, examples)
    model = fit(vectors, [e.label for e in kept], encoder=chatbot.encoder.name,
                data_digest=digest(examples, chatbot.encoder.name))
    write_model(model, out)
    counts = Counter(e.label for e in kept)
    print(f"fitted on {len(kept)} messages ({', '.join(f'{k} {counts[k]}' for k in LABELS)}); "
          f"written to {out}")


def cv_command(chatbot: Chatbot, thresholds: Sequence[float],
               off_topic: Sequence[float] = ()) -> None:
    """Leave each probe set out in turn: fit on the rest (the bank always in), route the left-
    out set's probes without a model and with it at each threshold, and compare."""
    examples = read_examples()
    kept, vectors = embed_all(chatbot, trainable(examples))
    sources = sorted({path.stem for path in (*TRAINING, *QUESTIONS) if path.is_file()})
    totals: dict[str, Counter] = {}
    print(f"{'left out':<18} {'model':>9} {'right':>11} {'urgent recall':>14} "
          f"{'harmless escalated':>19}")
    for source in sources:
        train = [i for i, e in enumerate(kept) if e.source != source]
        model = fit(vectors[train], [kept[i].label for i in train],
                    encoder=chatbot.encoder.name, data_digest="cv")
        probes = [e.probe for e in examples if e.source == source]
        for name, score in _scores(chatbot, model, probes, thresholds, off_topic).items():
            totals.setdefault(name, Counter()).update(score)
            print(_row(source, name, score))
    for name, score in totals.items():
        print(_row("all", name, score))
    print("\nwhat the model's own flags did, all sets together (fixed: now right; broken: now "
          "wrong; of them harmless escalated)")
    for name, score in totals.items():
        if name != "none":
            print(f"{name:>9} " + "  ".join(
                f"{c} +{score['fixed ' + c]}/-{score['broken ' + c]} ({score['harmful ' + c]})"
                for c in CATEGORIES))


def _scores(chatbot: Chatbot, model: TriageModel, probes: list[dict],
            thresholds: Sequence[float], off_topic: Sequence[float] = ()) -> dict[str, Counter]:
    settings = {"none": (None, TriageConfig()), "chosen": (model, TriageConfig())}
    for threshold in thresholds:
        settings[f"p>={threshold:g}"] = (model, replace(
            TriageConfig(), model_crisis_off_topic=threshold,
            **{f"model_{category}": threshold for category in CATEGORIES}))
    for threshold in off_topic:
        settings[f"off>={threshold:g}"] = (model, replace(TriageConfig(),
                                                          model_crisis_off_topic=threshold))
    scores: dict[str, Counter] = {}
    before: list[bool] = []  # each probe's verdict with no model: "none" is scored first
    for name, (used, config) in settings.items():
        bot = Chatbot(replace(chatbot.config, triage=config, triage_model=None),
                      encoder=chatbot.encoder, store=chatbot.store, model=used)
        score = Counter()
        for i, probe in enumerate(probes):
            query = bot.prepare(probe["message"], probe.get("history"))
            vectors = None if query.problem else bot.embed(query)
            decision = bot.route(query, vectors)
            kind = decided_kind(decision, query)
            right = is_right(kind, probe["expect"])
            urgent = probe["expect"][0] in URGENT
            harmless = not any(e in CATEGORIES for e in probe["expect"])
            score.update(n=1, right=right, urgent=urgent,
                         urgent_right=urgent and kind in probe["expect"], harmless=harmless,
                         escalated=harmless and kind in CATEGORIES)
            if used is None:
                before.append(right)
            elif decision.flag is not None and decision.flag.source == "model":
                if right != before[i]:
                    score[f"{'fixed' if right else 'broken'} {kind}"] += 1
                score[f"harmful {kind}"] += harmless
        scores[name] = score
    return scores


def _row(source: str, name: str, s: Counter) -> str:
    return (f"{source:<18} {name:>9} {s['right']:>5}/{s['n']:<5} {s['urgent_right']:>6}/"
            f"{s['urgent']:<7} {s['escalated']:>9}/{s['harmless']:<9}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.triage_model",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("fit", "cv"))
    parser.add_argument("--out", type=Path, default=DEFAULT_MODEL, help="where fit writes")
    parser.add_argument("--thresholds", default="0.8,0.9,0.95",
                        help="cv: model probabilities to compare, comma-separated")
    parser.add_argument("--crisis-off-topic", default="",
                        help="cv: also compare these bars for a crisis in a message naming no "
                             "cramp, the other thresholds as chosen, comma-separated")
    args = parser.parse_args(argv)
    chatbot = Chatbot(ChatbotConfig(triage_model=None))
    if args.command == "fit":
        fit_command(chatbot, args.out)
    else:
        cv_command(chatbot, [float(t) for t in args.thresholds.split(",")],
                   [float(t) for t in args.crisis_off_topic.split(",") if t])
    return 0


if __name__ == "__main__":
    sys.exit(main())
