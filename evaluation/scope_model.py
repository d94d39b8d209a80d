"""Fit the answerer's scope model, and measure it by leaving labelled sets out.

    python -m evaluation.scope_model fit   # writes bot/data/scope_model.npz, unless the fit
                                           # turns away a core question the old model answers
    python -m evaluation.scope_model cv    # leave-one-set-out: each set scored by a model
                                           # fitted on the others, beside no model at all
    python -m evaluation.scope_model cv --leave-out probes_blind44,probes_blind45
                                           # those sets scored together, fitted without them
    python -m evaluation.scope_model cv --also-learn probes_blind101 --leave-out ...
                                           # and a readable set not yet learned from, learned
    python -m evaluation.scope_model fit-ngrams --ngrams-out /tmp/scope_ngrams.npz
                                           # an n-gram model of the same messages and labels,
                                           # to study (python -m evaluation.first_sight
                                           # --scope-ngrams); none ships (round 30)

The model (bot.answer.scope) is a few small neural networks over the message's embedding,
averaged, fitted as triage's are (evaluation.triage_model.fit_network), labelled "answer",
"no_answer" or "out_of_scope". It learns from every probe of TRAINING that expects exactly
one of those (the tune split only, where a set has splits, so a "held" split stays held
out) and from the question sets, as "answer". `cv` routes each left-out set's messages
through the whole bot, triage first, and reports what share of each expected kind came out
right: with no model, with the networks at the thresholds of AnswerConfig ("chosen") and at
each pair asked for, and with the logistic regression it replaced, fitted on the same
messages; with `--members`, with ensembles of fewer or more networks.

A refit can move the boundary under a question the articles plainly answer (one with a new
set turned "what triggers hamstring cramps" away). So `fit` first answers the core
questions (the question sets, the plainest questions the articles answer, and the project's own
probes that expect an answer) with
the new model and with the model it would replace, and writes nothing when the new one
turns away any the old one answered; it names them, and `--force` writes anyway.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from bot.answer.compose import Answerer
from bot.answer.config import AnswerConfig
from bot.answer.scope import DEFAULT_SCOPE_MODEL, SCOPE_LABELS, ScopeModel
from bot.chatbot import Chatbot, ChatbotConfig
from bot.jsonl import read_json_lines
from bot.query.read import Query, QueryVectors
from corpus.load import articles_digest
from evaluation import triage_model
from evaluation.paths import DATA
from evaluation.triage_model import (MEMBERS, data_digest, ensemble_sizes, first_members,
                                     fit_linear, fit_network, listed, with_read_sets)
from index.records import Hit

# The triage model's labelled sets, among them one written for scope (train_scope.jsonl:
# questions the articles answer, on-topic ones they don't, and off-topic ones), and the blind
# sets read since (triage_model.READ_SETS). Pooled into the logistic regression this model
# once was, the read sets turned one of the project's answer probes away; the network does not.
TRAINING: tuple[Path, ...] = triage_model.TRAINING
QUESTIONS = triage_model.QUESTIONS
# The logistic regression the network replaced, still fitted by `cv` to compare: its inverse
# regularisation, every label weighted as if equally common (chosen leaving one set out
# among 1, 4, 16 and 64: 16 and 64 tied on the blind sets, 16 is the smoother fit).
STRENGTH = 16.0
# The questions every fit must go on answering: the question sets, the plainest questions
# the articles answer (core_questions.jsonl, written blind from the articles, each with the
# phrase that answers it; learned from by nothing), and the probes of the project's own sets
# that expect an answer and nothing else.
CORE_PROBES: tuple[Path, ...] = (DATA / "probes.jsonl", DATA / "probes_families.jsonl")
CORE_QUESTIONS: tuple[Path, ...] = (*QUESTIONS, DATA / "core_questions.jsonl")


@dataclass(frozen=True)
class Example:
    """One labelled message: its text, its label (SCOPE_LABELS), and the set it came from."""

    text: str
    label: str
    source: str
    expect: tuple[str, ...]


def read_examples(files: Sequence[Path] = TRAINING,
                  questions: Sequence[Path] = QUESTIONS) -> list[Example]:
    """Every lone message of `files` whose probe accepts exactly one of SCOPE_LABELS, not
    from a held split, and every lone question of `questions`, as "answer"."""
    examples = []
    for path in files:
        for probe in read_json_lines(path, required=("id", "message", "expect")):
            expect = tuple(probe["expect"])
            if (not probe.get("history") and len(expect) == 1 and expect[0] in SCOPE_LABELS
                    and probe.get("split") != "held"):
                examples.append(Example(probe["message"], expect[0], path.stem, expect))
    for path in questions:
        for row in read_json_lines(path, required=("id", "question")):
            if not row.get("history"):
                examples.append(Example(row["question"], "answer", path.stem, ("answer",)))
    return examples


def digest(examples: Sequence[Example], encoder: str) -> str:
    """A hash of what a model learns from, and how: a stale model file shows as a change."""
    return data_digest(((e.source, e.label, e.text) for e in examples), encoder,
                       triage_model.NETWORK)


def fit(vectors: np.ndarray, labels: Sequence[str], *, encoder: str, data_digest: str,
        articles: str, members: int = MEMBERS) -> ScopeModel:
    """The scope network (triage's settings) of `labels` on `vectors`; every label must
    occur."""
    return fit_network(ScopeModel, vectors, labels, encoder=encoder, digest=data_digest,
                       articles=articles, members=members)


def fit_logistic(vectors: np.ndarray, labels: Sequence[str], *, encoder: str) -> ScopeModel:
    """The logistic regression the scope model was before the network, for `cv` to compare."""
    return fit_linear(ScopeModel, vectors, labels, encoder=encoder, digest="cv",
                      strength=STRENGTH, articles="cv")


@dataclass(frozen=True)
class Read:
    """An example as the bot reads it: the query, its vectors and passages, and triage's
    route (None where the answerer decides)."""

    example: Example
    query: Query
    vectors: QueryVectors
    hits: list[Hit]
    route: str | None


def read_all(chatbot: Chatbot, examples: Sequence[Example]) -> list[Read]:
    """The examples the bot can read, through its first four stages."""
    read = []
    for example in examples:
        query = chatbot.prepare(example.text)
        if query.problem:
            continue
        vectors = chatbot.embed(query)
        decision = chatbot.route(query, vectors)
        hits = [] if decision.kind in ("emergency", "crisis") else chatbot.retrieve(query, vectors)
        read.append(Read(example, query, vectors, hits, decision.kind))
    return read


def core_examples(probes: Sequence[Path] = CORE_PROBES,
                  questions: Sequence[Path] = CORE_QUESTIONS) -> list[Example]:
    """The questions every fit must go on answering: each lone probe of `probes` that
    expects an answer and nothing else (of either split), and each lone question."""
    core = [Example(p["message"], "answer", path.stem, ("answer",))
            for path in probes for p in read_json_lines(path, required=("id", "message", "expect"))
            if p["expect"] == ["answer"] and not p.get("history")]
    core += [Example(q["question"], "answer", path.stem, ("answer",))
             for path in questions for q in read_json_lines(path, required=("id", "question"))
             if not q.get("history")]
    return core


def turned_away(chatbot: Chatbot, read: Sequence[Read], new: ScopeModel,
                old: ScopeModel | None) -> list[tuple[str, str]]:
    """(question, kind) for each read core question that `new` does not answer and `old`
    (or no model, where there is none) does."""
    answerers = {name: Answerer(chatbot.store, chatbot.encoder, chatbot.config.answer, scope=model)
                 for name, model in (("new", new), ("old", old))}

    def kind(name: str, r: Read) -> str:
        return r.route or answerers[name].compose(r.query.text, r.query.search, r.vectors.query,
                                                  r.hits).kind
    lost = []
    for r in read:
        now = kind("new", r)
        if now != "answer" and kind("old", r) == "answer":
            lost.append((r.example.text, now))
    return lost


def fit_command(chatbot: Chatbot, out: Path, *, force: bool = False) -> int:
    examples = read_examples()
    read = read_all(chatbot, examples)
    model = fit(np.stack([r.vectors.query for r in read]), [r.example.label for r in read],
                encoder=chatbot.encoder.name, data_digest=digest(examples, chatbot.encoder.name),
                articles=articles_digest(chatbot.config.corpus_dir))
    old = None
    if out.is_file():
        old = ScopeModel.read(out, encoder=chatbot.encoder.name,
                              dimension=chatbot.encoder.dimension)
    lost = turned_away(chatbot, read_all(chatbot, core_examples()), model, old)
    for text, kind in lost:
        print(f"  turned away ({kind}): {text}")
    if lost and not force:
        print(f"not written: the new fit turns away {len(lost)} core question(s) that the model "
              f"in {out} answers (listed above). Look at what the new training messages teach, "
              f"or write it anyway with --force", file=sys.stderr)
        return 1
    model.write(out)
    counts = Counter(r.example.label for r in read)
    print(f"fitted on {len(read)} messages "
          f"({', '.join(f'{k} {counts[k]}' for k in SCOPE_LABELS)}); written to {out}")
    return 0


def fit_ngrams_command(chatbot: Chatbot, out: Path) -> None:
    """Fit an n-gram model of the scope labels (triage's settings) on the messages the scope
    networks learn from, and write it to `out`."""
    examples = read_examples()
    kept, queries = triage_model.prepared(chatbot, examples)
    triage_model.fit_ngrams([query.text for query in queries], [e.label for e in kept],
                            data_digest=triage_model.ngrams_digest(examples),
                            names=SCOPE_LABELS).write(out)
    counts = Counter(e.label for e in kept)
    print(f"fitted on {len(kept)} messages "
          f"({', '.join(f'{k} {counts[k]}' for k in SCOPE_LABELS)}); written to {out}")


def cv_command(chatbot: Chatbot, thresholds: Sequence[tuple[float, float]],
               leave_out: Sequence[str] = (), members: Sequence[int] = (), *,
               also_learn: Sequence[str] = ()) -> None:
    """Leave each set out in turn, or the sets `leave_out` names together: fit on the rest
    (and the readable sets `also_learn` names), reply to the left-out messages without a
    model, with the network (at AnswerConfig's thresholds, "chosen", and at each pair asked
    for) and with the logistic regression it replaced, and with ensembles of as many networks
    as `members` asks, and count what came out right."""
    files = with_read_sets(also_learn)
    known = sorted(path.stem for path in (*files, *QUESTIONS))
    unknown = sorted(set(leave_out) - set(known))
    if unknown:
        raise SystemExit(f"--leave-out names sets that are not learned from: {unknown}; "
                         f"name them as in TRAINING, e.g. {known[0]}")
    read = read_all(chatbot, read_examples(files))
    vectors = np.stack([r.vectors.query for r in read])
    sources = sorted({r.example.source for r in read})
    folds = [tuple(leave_out)] if leave_out else [(source,) for source in sources]
    totals: dict[str, Counter] = {}
    print(f"{'left out':<18} {'model':>9} {'right':>11} " +
          " ".join(f"{label:>14}" for label in SCOPE_LABELS))
    for fold in folds:
        train = [i for i, r in enumerate(read) if r.example.source not in fold]
        labels = [read[i].example.label for i in train]
        networks = fit(vectors[train], labels, encoder=chatbot.encoder.name, data_digest="cv",
                       articles="cv", members=max((MEMBERS, *members)))
        network = first_members(networks, MEMBERS)
        config = chatbot.config.answer
        settings: dict[str, tuple[ScopeModel | None, AnswerConfig]] = {
            "none": (None, config), "chosen": (network, config),
            "logistic": (fit_logistic(vectors[train], labels, encoder=chatbot.encoder.name),
                         config)}
        for count in members:
            settings[f"members={count}"] = (first_members(networks, count), config)
        for refuse, rescue in thresholds:
            settings[f"{refuse:g}/{rescue:g}"] = (network, replace(
                config, scope_not_covered=refuse, scope_off_topic=refuse, scope_answer=rescue))
        left = [r for r in read if r.example.source in fold]
        name = fold[0] if len(fold) == 1 else f"{len(fold)} sets"
        for setting, (model, answer_config) in settings.items():
            answerer = Answerer(chatbot.store, chatbot.encoder, answer_config, scope=model)
            score = Counter()
            for r in left:
                kind = r.route or answerer.compose(r.query.text, r.query.search,
                                                   r.vectors.query, r.hits).kind
                label = r.example.label
                score.update({"n": 1, "right": kind in r.example.expect, f"n {label}": 1,
                              f"right {label}": kind in r.example.expect})
            totals.setdefault(setting, Counter()).update(score)
            print(_row(name, setting, score))
    if len(folds) > 1:
        for setting, score in totals.items():
            print(_row("all", setting, score))


def _row(source: str, name: str, s: Counter) -> str:
    return (f"{source:<18} {name:>9} {s['right']:>5}/{s['n']:<5} " +
            " ".join(f"{s['right ' + label]:>7}/{s['n ' + label]:<6}" for label in SCOPE_LABELS))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.scope_model",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("fit", "fit-ngrams", "cv"))
    parser.add_argument("--out", type=Path, default=DEFAULT_SCOPE_MODEL, help="where fit writes")
    parser.add_argument("--ngrams-out", type=Path, default=None,
                        help="where fit-ngrams writes (required: no scope n-gram model ships)")
    parser.add_argument("--force", action="store_true",
                        help="fit: write the model even if it turns away core questions")
    parser.add_argument("--thresholds", default="0.7/0.9,0.8/1",
                        help="cv: settings to compare, each the probability to turn an answer "
                             "away / to answer a message turned away, comma-separated")
    parser.add_argument("--leave-out", type=listed(str), default="",
                        help="cv: score these sets together, fitted without them, "
                             "comma-separated (default: each set in turn)")
    parser.add_argument("--members", type=ensemble_sizes, default="",
                        help="cv: also compare ensembles of these many networks, the "
                             "thresholds as chosen, comma-separated")
    parser.add_argument("--also-learn", type=listed(str), default="",
                        help="cv: readable blind sets not in TRAINING to learn from too (and "
                             "so to name in --leave-out), comma-separated")
    args = parser.parse_args(argv)
    chatbot = Chatbot(ChatbotConfig(scope_model=None))
    if args.command == "fit":
        return fit_command(chatbot, args.out, force=args.force)
    if args.command == "fit-ngrams":
        if args.ngrams_out is None:
            parser.error("fit-ngrams writes a model to study, and needs --ngrams-out PATH "
                         "(e.g. /tmp/scope_ngrams.npz)")
        fit_ngrams_command(chatbot, args.ngrams_out)
        return 0
    else:
        pairs = [tuple(float(x) for x in pair.split("/")) for pair in args.thresholds.split(",")
                 if pair]
        if any(len(pair) != 2 for pair in pairs):
            parser.error(f"--thresholds takes pairs written refuse/rescue, comma-separated, "
                         f"e.g. 0.7/0.9,0.8/1 (got {args.thresholds!r})")
        cv_command(chatbot, pairs, args.leave_out, args.members, also_learn=args.also_learn)
    return 0


if __name__ == "__main__":
    sys.exit(main())
