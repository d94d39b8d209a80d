"""Fit triage's model, and measure it by leaving labelled sets out; the fits and the data
digest of every softmax model of the bot (bot.softmax).

    python -m evaluation.triage_model fit   # writes bot/data/triage_model.npz and
                                            # triage_ngrams.npz
    python -m evaluation.triage_model fit-ngrams  # the n-gram model alone: the networks
                                            # stay as fitted (a refit moves them, round 28)
    python -m evaluation.triage_model cv    # leave-one-set-out: each set scored by a model
                                            # fitted on the others, beside no model at all
    python -m evaluation.triage_model cv --leave-out probes_blind44,probes_blind45
                                            # those sets scored together, fitted without them

The model (bot.safety.model) is a few small neural networks over the message's embedding,
their probabilities averaged: each one hidden layer of rectified units, then a softmax over
"none" and the triage categories, fitted alike from its own random start. It
learns from the bank's examples and the probe sets in TRAINING: the tune split only where a
set has splits, so a "held" split stays held out, and no set written later than TRAINING
(each new blind set is measured once with the model as it was, then may be added here).
`cv` reports, per left-out set, the share right, the recall of emergencies and crises, and
harmless messages escalated: with no model, with the networks and the n-gram model
averaged at the thresholds of TriageConfig ("chosen"), with the networks alone at theirs
("networks"), with the logistic regression they replaced and that one's thresholds
("logistic"), and with one threshold for every category, for each asked for; with
`--members`, with ensembles of fewer or more networks; with `--medquad`, it routes MedQuAD's
4,280 questions too (none a message in danger, and far from anything learned) and counts
those escalated.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar
from pathlib import Path

import numpy as np

from bot.chatbot import Chatbot, ChatbotConfig
from bot.softmax import SoftmaxModel
from bot.jsonl import read_json_lines
from bot.query.clauses import split_clauses
from bot.query.read import Query
from bot.safety.bank import DEFAULT_BANK
from bot.safety.model import DEFAULT_MODEL, LABELS, TriageModel, write_model
from bot.safety.ngrams import BUCKETS, DEFAULT_NGRAMS, NgramModel, bucket_counts, weighted
from bot.safety.rules import CATEGORIES
from bot.safety.triage import TriageConfig, rule_triage
from evaluation.paths import DATA, HELD_OUT, SHARED
from evaluation.triage import decided_kind, is_right

# Blind sets read after they were scored, learned from since the network replaced the logistic
# regression (which they had left as it was). The held-out sets, evaluation.paths.HELD_OUT,
# are learned from by nothing. Blind66, read in round 19, is not learned yet: refitted with it,
# both models put 4 fewer of the tuning groups' 3,300 replies right (docs/safety.md). Blind69
# and 70 (round 20) are: learned, the tuning groups' replies stayed as they were. Blind73 to
# 76 (round 21) are not: refitted with 73 to 76, the tuning groups' 4,500 replies lost 3, with
# 74 to 76 alone 2, where the rule set before fitting was to lose none (docs/safety.md). Nor
# are 81, 82, 85, 86 and round 24's 89, 90, 93, 94, 97 and 98: `cv --also-learn` found that
# learning 66 and 73 to 76 as well moved 81, 82, 85 and 86 left out by no more than the seeds
# do (docs/safety.md, round 24). Nor round 25's 101 to 104, 109 and 110: learning 73 to 98 as
# well moved those six left out by one reply of 1,800 (docs/safety.md, round 25).
READ_SETS: tuple[Path, ...] = tuple(
    DATA / f"probes_blind{n}.jsonl"
    for n in (34, 35, 38, 39, 40, 41, 44, 45, 46, 47, 48, 49, 50, 51, 52, 55, 57, 60, 61, 69, 70))
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
    *READ_SETS,
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
# Not learned: train_languages.jsonl (round 28), 640 messages written blind in eight languages
# of Europe, 480 of them harmless beside 160 urgent ones in the same words, to unlearn "another
# language is a crisis". Learned as well, it escalated two fewer of round 28's read sets'
# harmless messages and missed three more of their urgent ones (docs/safety.md, round 28):
#   python -m evaluation.triage_model cv --thresholds "" --also-learn train_languages,<the eight>
#       --leave-out <the eight>
# Ordinary questions the articles answer: harmless examples ("none") of the very kind the
# model must leave alone, except the few a rule routes ("cramp plus tingling in my foot").
QUESTIONS: tuple[Path, ...] = (DATA / "questions.jsonl", SHARED / "eval" / "dev_questions.jsonl")
# The network: its width, the weight decay, and the passes over the data, set once and not
# tuned (a first try that `cv --leave-out` then compared with the logistic regression). Few
# passes stop the fit short of convergence, on purpose: a network fitted to convergence
# grows sure of every training message, and of strangers too. Every label is sampled as
# often as the commonest ("none"), so that the crises and emergencies are not outweighed.
WIDTH = 256
DECAY = 1e-3
PASSES = 60
SEED = 0
# Networks fitted alike from different random starts (and resamplings), their probabilities
# averaged (bot.softmax): a single network was sure that "how do i restring my guitar" spoke
# of a crisis, where its siblings were not. How many: chosen by `cv --members`.
MEMBERS = 5
# the settings, as a digest records them
NETWORK = f"network {WIDTH} {DECAY} {PASSES} {SEED} {MEMBERS}"
# The logistic regression the network replaced, still fitted by `cv` to compare: its inverse
# regularisation (chosen by cv among 1, 4 and 16) and the thresholds it was used with.
STRENGTH = 4.0
LOGISTIC = TriageConfig(model_emergency=0.93, model_crisis=0.90, model_see_doctor=0.95,
                        model_dosing=0.90, model_crisis_off_topic=0.90,
                        model_clause_strictness=0.05)
URGENT = ("emergency", "crisis")
# The n-gram model read beside the networks (bot.safety.ngrams): a logistic regression over
# hashed tf-idf pieces of words, every label weighted as if equally common. Its inverse
# regularisation, set once at sklearn's usual scale and not tuned.
NGRAM_STRENGTH = 4.0
NGRAMS = f"ngrams {BUCKETS} {NGRAM_STRENGTH}"  # the settings, as a digest records them
# The networks alone at their bars from before the n-gram model joined them (round 29), for
# `cv` to compare: alone they are surer than the two averaged, so their bars were higher.
NETWORKS_ALONE = TriageConfig(model_emergency=0.99, model_crisis=0.95, model_see_doctor=0.99,
                              model_dosing=0.99, model_crisis_off_topic=0.95, bank_veto=0.99)

Model = TypeVar("Model", bound=SoftmaxModel)


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


def with_clauses(examples: Sequence[Example]) -> list[Example]:
    """`examples`, and the clauses of each harmless one as harmless too. The model judges the
    clauses of a long message as well as the whole; learned from whole messages only, it was
    sure that "it's gone now", a clause of "the cramp took my breath away but it's gone now",
    spoke of dying."""
    clauses = [Example(clause, "none", e.source) for e in examples if e.label == "none"
               for clause in split_clauses(e.text)]
    return [*examples, *clauses]


def training_examples(files: Sequence[Path] = TRAINING) -> list[Example]:
    """What triage's model learns from: every trainable example, and the clauses of the
    harmless ones."""
    return with_clauses(trainable(read_examples(files=files)))


def data_digest(rows: Iterable[tuple[str, str, str]], encoder: str,
                settings: float | str) -> str:
    """A hash of what a model learns from (source, label, text per row) and how: a model file
    fitted on other data or settings shows as a change."""
    hashed = hashlib.sha256(f"{encoder}\0{settings}\0".encode())
    for source, label, text in rows:
        hashed.update(f"{source}\0{label}\0{text}\0".encode())
    return hashed.hexdigest()


def _require_every_label(kind: type[Model], labels: Sequence[str]) -> None:
    missing = sorted(set(kind.LABELS) - set(labels))
    if missing:
        raise ValueError(f"a {kind.NAME} needs examples of every label {kind.LABELS} "
                         f"(none of {missing})")


def fit_linear(kind: type[Model], vectors: np.ndarray, labels: Sequence[str], *,
               encoder: str, digest: str, strength: float, articles: str = "") -> Model:
    """A multinomial logistic regression of `labels` on `vectors`, every label weighted as if
    equally common, as a `kind` model; every one of kind.LABELS must occur."""
    from sklearn.linear_model import LogisticRegression

    _require_every_label(kind, labels)
    found = LogisticRegression(C=strength, class_weight="balanced", max_iter=5000)
    found.fit(vectors, list(labels))
    order = [list(found.classes_).index(label) for label in kind.LABELS]
    return kind(found.coef_[order].astype(np.float32), found.intercept_[order].astype(np.float32),
                encoder, digest, articles)


def fit_network(kind: type[Model], vectors: np.ndarray, labels: Sequence[str], *,
                encoder: str, digest: str, articles: str = "", members: int = MEMBERS,
                first_seed: int = SEED) -> Model:
    """An ensemble of `members` networks of one hidden layer (WIDTH rectified units) and a
    softmax, of `labels` on `vectors`, as a `kind` model. Each member starts from its own seed
    (`first_seed` on) and samples every label as often as the commonest, with its own draw;
    every one of kind.LABELS must occur."""
    import warnings

    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    if members < 1:
        raise ValueError(f"an ensemble needs 1 or more members (got members={members})")
    labels = np.asarray(labels)
    _require_every_label(kind, labels.tolist())
    most = max(Counter(labels.tolist()).values())
    fitted = []  # per member: output weights, output bias, hidden weights, hidden bias
    for seed in range(first_seed, first_seed + members):
        random = np.random.default_rng(seed)
        rows = []
        for label in kind.LABELS:
            own = np.flatnonzero(labels == label)
            rows.extend(own)
            rows.extend(random.choice(own, most - len(own)))
        rows = random.permutation(np.array(rows))
        found = MLPClassifier(hidden_layer_sizes=(WIDTH,), alpha=DECAY, max_iter=PASSES,
                              random_state=seed)
        with warnings.catch_warnings():  # PASSES stops it short of convergence on purpose
            warnings.simplefilter("ignore", ConvergenceWarning)
            found.fit(vectors[rows], labels[rows])
        order = [list(found.classes_).index(label) for label in kind.LABELS]
        fitted.append((found.coefs_[1].T[order], found.intercepts_[1][order],
                       found.coefs_[0].T, found.intercepts_[0]))
    weights, bias, hidden_weights, hidden_bias = (np.stack(arrays).astype(np.float32)
                                                  for arrays in zip(*fitted))
    return kind(weights, bias, encoder, digest, articles, hidden_weights=hidden_weights,
                hidden_bias=hidden_bias)


def first_members(model: Model, members: int) -> Model:
    """The ensemble of `model`'s first `members` members, for `cv` to compare sizes."""
    if model.members < members:
        raise ValueError(f"the model has {model.members} members, fewer than {members}")
    return replace(model, weights=model.weights[:members], bias=model.bias[:members],
                   hidden_weights=model.hidden_weights[:members],
                   hidden_bias=model.hidden_bias[:members])


def digest(examples: Sequence[Example], encoder: str) -> str:
    """A hash of what a model learns from, and how: a stale model file shows as a change."""
    return data_digest(((e.source, e.label, e.text) for e in examples), encoder, NETWORK)


def fit(vectors: np.ndarray, labels: Sequence[str], *, encoder: str,
        data_digest: str, members: int = MEMBERS, first_seed: int = SEED) -> TriageModel:
    """Triage's network of `labels` on `vectors`; every label of LABELS must occur."""
    return fit_network(TriageModel, vectors, labels, encoder=encoder, digest=data_digest,
                       members=members, first_seed=first_seed)


def fit_logistic(vectors: np.ndarray, labels: Sequence[str], *, encoder: str) -> TriageModel:
    """The logistic regression triage used before the network, for `cv` to compare."""
    return fit_linear(TriageModel, vectors, labels, encoder=encoder, digest="cv",
                      strength=STRENGTH)


def prepared(chatbot: Chatbot, examples: Sequence[Example]) -> tuple[list[Example], list[Query]]:
    """The examples the bot can read (not unreadable or too long), and each one's message as
    the bot reads it: its text (look-alike letters folded) is what the n-gram model learns
    from, its vector (`vectors_of`) what the networks learn from."""
    kept, queries = [], []
    for example in examples:
        query = chatbot.prepare(example.text)
        if not query.problem:
            kept.append(example)
            queries.append(query)
    return kept, queries


def vectors_of(chatbot: Chatbot, queries: Sequence[Query]) -> np.ndarray:
    """The message vectors of `queries`, computed as the bot computes them."""
    return np.stack([chatbot.embed(query).query for query in queries])


def fit_ngrams(texts: Sequence[str], labels: Sequence[str], *, data_digest: str,
               names: tuple[str, ...] = LABELS) -> NgramModel:
    """An n-gram model of `labels` on `texts` (triage's, or with `names` another's): tf-idf
    weights of the hashed pieces (idf from these texts), a multinomial logistic regression on
    them; every label of `names` must occur."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    missing = sorted(set(names) - set(labels))
    if missing:
        raise ValueError(f"an n-gram model needs examples of every label {names} "
                         f"(none of {missing})")
    counts = [bucket_counts(text) for text in texts]
    seen = np.zeros(BUCKETS)
    for found in counts:
        seen[list(found)] += 1
    idf = (np.log((1 + len(texts)) / (1 + seen)) + 1).astype(np.float32)
    rows = [weighted(found, idf) for found in counts]
    matrix = csr_matrix((np.concatenate([values for _, values in rows]),
                         np.concatenate([index for index, _ in rows]),
                         np.cumsum([0, *(len(index) for index, _ in rows)])),
                        shape=(len(texts), BUCKETS))
    found = LogisticRegression(C=NGRAM_STRENGTH, class_weight="balanced", max_iter=5000)
    found.fit(matrix, list(labels))
    order = [list(found.classes_).index(label) for label in names]
    return NgramModel(names, np.ascontiguousarray(found.coef_[order].T, dtype=np.float32),
                      found.intercept_[order].astype(np.float32), idf, data_digest)


def ngrams_digest(examples: Sequence[Example]) -> str:
    """A hash of what the n-gram model learns from, and how."""
    return data_digest(((e.source, e.label, e.text) for e in examples), "ngrams", NGRAMS)


def fit_command(chatbot: Chatbot, out: Path, ngrams_out: Path, *, networks: bool = True,
                also_learn: Sequence[str] = ()) -> None:
    """Fit the networks (unless not `networks`) and the n-gram model on what triage learns
    from (and the labelled sets `also_learn` names), and write them to `out` and
    `ngrams_out`."""
    examples = training_examples(with_read_sets(also_learn))
    kept, queries = prepared(chatbot, examples)
    labels = [e.label for e in kept]
    if networks:
        write_model(fit(vectors_of(chatbot, queries), labels, encoder=chatbot.encoder.name,
                        data_digest=digest(examples, chatbot.encoder.name)), out)
    fit_ngrams([query.text for query in queries], labels,
               data_digest=ngrams_digest(examples)).write(ngrams_out)
    counts = Counter(labels)
    print(f"fitted on {len(kept)} messages ({', '.join(f'{k} {counts[k]}' for k in LABELS)}); "
          f"written to {f'{out} and ' if networks else ''}{ngrams_out}")


@dataclass(frozen=True)
class Compared:
    """The settings `cv` compares beside the chosen ones, each list of values tried in turn,
    the others as chosen."""

    thresholds: Sequence[float] = ()  # one bar for every category
    crisis: Sequence[float] = ()  # a crisis's bar, with a cramp named or not
    off_topic: Sequence[float] = ()  # a crisis's bar in a message naming no cramp
    clause_support: Sequence[float] = ()  # the whole message's floor under a clause's crisis
    members: Sequence[int] = ()  # how many networks averaged
    bank_veto: Sequence[float] = ()  # how sure of another label the model must be to veto the bank


def with_read_sets(names: Sequence[str]) -> tuple[Path, ...]:
    """TRAINING with the readable blind sets `names` learned too, after READ_SETS (where a fit
    that learns them would put them): for `cv` to ask whether learning them would help."""
    paths = [DATA / f"{name}.jsonl" for name in names]
    wrong = [p.stem for p in paths if not p.is_file() or p.name in HELD_OUT or p in TRAINING]
    if wrong:
        raise SystemExit(f"--also-learn names sets that are missing, held out or learned "
                         f"already: {wrong}; name readable blind sets not in TRAINING, e.g. "
                         f"probes_blind66")
    at = TRAINING.index(READ_SETS[-1]) + 1
    return (*TRAINING[:at], *paths, *TRAINING[at:])


def cv_command(chatbot: Chatbot, compared: Compared = Compared(),
               leave_out: Sequence[str] = (), strangers: Sequence[str] = (), *,
               also_learn: Sequence[str] = (), first_seed: int = SEED) -> None:
    """Leave each probe set out in turn, or the sets `leave_out` names together: fit on the
    rest (the bank always in, and the readable sets `also_learn` names), route the left-out
    probes without a model, with the network (its members seeded from `first_seed`) and with
    the logistic regression, and compare. Then route `strangers`, messages far from anything
    learned, with the last fold's models, and count those escalated."""
    files = with_read_sets(also_learn)
    examples = read_examples(files=files)
    kept, queries = prepared(chatbot, with_clauses(trainable(examples)))
    vectors, texts = vectors_of(chatbot, queries), [query.text for query in queries]
    sources = sorted({path.stem for path in (*files, *QUESTIONS) if path.is_file()})
    unknown = sorted(set(leave_out) - set(sources))
    if unknown:
        raise SystemExit(f"--leave-out names sets that are not learned from: {unknown}; "
                         f"name them as in TRAINING, e.g. {sources[0]}")
    folds = [tuple(leave_out)] if leave_out else [(source,) for source in sources]
    totals: dict[str, Counter] = {}
    print(f"{'left out':<18} {'model':>9} {'right':>11} {'urgent recall':>14} "
          f"{'harmless escalated':>19}")
    for fold in folds:
        train = [i for i, e in enumerate(kept) if e.source not in fold]
        labels = [kept[i].label for i in train]
        models = {"network": fit(vectors[train], labels, encoder=chatbot.encoder.name,
                                 data_digest="cv", members=max((MEMBERS, *compared.members)),
                                 first_seed=first_seed),
                  "logistic": fit_logistic(vectors[train], labels, encoder=chatbot.encoder.name)}
        ngrams = fit_ngrams([texts[i] for i in train], labels, data_digest="cv")
        probes = [e.probe for e in examples if e.source in fold and e.probe is not None]
        name = fold[0] if len(fold) == 1 else f"{len(fold)} sets"
        for setting, score in _scores(chatbot, models, ngrams, probes, compared).items():
            totals.setdefault(setting, Counter()).update(score)
            print(_row(name, setting, score))
    if len(folds) > 1:
        for setting, score in totals.items():
            print(_row("all", setting, score))
    if strangers:
        probes = [{"message": text, "expect": ["answer", "no_answer", "out_of_scope"]}
                  for text in strangers]
        for setting, score in _scores(chatbot, models, ngrams, probes, compared).items():
            print(_row("strangers", setting, score))
    print("\nwhat the model's own flags did, all sets together (fixed: now right; broken: now "
          "wrong; of them harmless escalated)")
    for name, score in totals.items():
        if name != "none":
            print(f"{name:>9} " + "  ".join(
                f"{c} +{score['fixed ' + c]}/-{score['broken ' + c]} ({score['harmful ' + c]})"
                for c in CATEGORIES))


def compared_settings(models: dict[str, TriageModel], ngrams: NgramModel, compared: Compared
                      ) -> dict[str, tuple[TriageModel | None, NgramModel | None, TriageConfig]]:
    """Each setting `cv` scores, by name: no model, the chosen one (the networks and the
    n-gram model averaged), the networks alone, the logistic regression, then each value
    `compared` asks for, the other settings as chosen."""
    network = first_members(models["network"], MEMBERS)
    chosen = TriageConfig()
    settings = {"none": (None, None, chosen), "chosen": (network, ngrams, chosen),
                "networks": (network, None, NETWORKS_ALONE),
                "logistic": (models["logistic"], None, LOGISTIC)}
    for threshold in compared.thresholds:
        settings[f"p>={threshold:g}"] = (network, ngrams, replace(
            chosen, model_crisis_off_topic=threshold,
            **{f"model_{category}": threshold for category in CATEGORIES}))
    for threshold in compared.crisis:
        settings[f"crisis>={threshold:g}"] = (network, ngrams, replace(
            chosen, model_crisis=threshold, model_crisis_off_topic=threshold))
    for threshold in compared.off_topic:
        settings[f"off>={threshold:g}"] = (network, ngrams,
                                           replace(chosen, model_crisis_off_topic=threshold))
    for support in compared.clause_support:
        settings[f"whole>={support:g}"] = (network, ngrams, replace(
            chosen, model_crisis_clause_support=support))
    for veto in compared.bank_veto:
        settings[f"veto>={veto:g}"] = (network, ngrams, replace(chosen, bank_veto=veto))
    for count in compared.members:
        settings[f"members={count}"] = (first_members(models["network"], count), ngrams, chosen)
    return settings


def _scores(chatbot: Chatbot, models: dict[str, TriageModel], ngrams: NgramModel,
            probes: list[dict], compared: Compared) -> dict[str, Counter]:
    settings = compared_settings(models, ngrams, compared)
    scores: dict[str, Counter] = {}
    before: list[bool] = []  # each probe's verdict with no model: "none" is scored first
    for name, (used, read_too, config) in settings.items():
        bot = Chatbot(replace(chatbot.config, triage=config, triage_model=None,
                              triage_ngrams=None),
                      encoder=chatbot.encoder, store=chatbot.store, model=used, ngrams=read_too)
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


def medquad_questions(path: Path = SHARED / "medquad" / "queries_dev.jsonl") -> list[str]:
    """MedQuAD's questions: strangers to triage's model (a question about a disease's signs
    is not a message in danger), to see how sure it is far from what it learned."""
    return [row["question"] for row in read_json_lines(path, required=("question",))]


def listed(kind: type) -> Callable[[str], list]:
    """An argparse type: a comma-separated list of `kind`, blanks skipped."""
    def parse(text: str) -> list:
        try:
            return [kind(item.strip()) for item in text.split(",") if item.strip()]
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"expected {kind.__name__} values separated by commas, e.g. "
                f"{'1,3' if kind is int else '0.98,0.99'} (got {text!r})") from None
    return parse


def ensemble_sizes(text: str) -> list[int]:
    """An argparse type: how many networks each ensemble compared has, 1 or more each."""
    sizes = listed(int)(text)
    if any(size < 1 for size in sizes):
        raise argparse.ArgumentTypeError(f"an ensemble has 1 or more networks (got {text!r})")
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.triage_model",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("fit", "fit-ngrams", "cv"))
    parser.add_argument("--out", type=Path, default=DEFAULT_MODEL,
                        help="where fit writes the networks")
    parser.add_argument("--ngrams-out", type=Path, default=DEFAULT_NGRAMS,
                        help="where fit and fit-ngrams write the n-gram model")
    parser.add_argument("--thresholds", type=listed(float), default="0.6,0.8",
                        help="cv: model probabilities to compare, comma-separated")
    parser.add_argument("--leave-out", type=listed(str), default="",
                        help="cv: score these sets together, fitted without them, "
                             "comma-separated (default: each set in turn)")
    parser.add_argument("--crisis", type=listed(float), default="",
                        help="cv: also compare these bars for a crisis, with a cramp named or "
                             "not, the other thresholds as chosen, comma-separated")
    parser.add_argument("--crisis-off-topic", type=listed(float), default="",
                        help="cv: also compare these bars for a crisis in a message naming no "
                             "cramp, the other thresholds as chosen, comma-separated")
    parser.add_argument("--crisis-clause-support", type=listed(float), default="",
                        help="cv: also compare these floors for the whole message's crisis "
                             "probability under a crisis read in one clause, comma-separated")
    parser.add_argument("--medquad", action="store_true",
                        help="cv: also route MedQuAD's questions (NIH questions about every "
                             "disease, none a message in danger), and count those escalated")
    parser.add_argument("--members", type=ensemble_sizes, default="",
                        help="cv: also compare ensembles of these many networks, the "
                             "thresholds as chosen, comma-separated")
    parser.add_argument("--also-learn", type=listed(str), default="",
                        help="labelled sets of evaluation/data to learn from as well (not held "
                             "out, not in TRAINING), comma-separated: in cv, e.g. to leave some "
                             "of them out; in fit-ngrams, for a model to study "
                             "(python -m evaluation.first_sight --ngrams)")
    parser.add_argument("--seed", type=int, default=SEED,
                        help=f"cv: the first network's seed (default {SEED}), to see seed noise")
    parser.add_argument("--bank-veto", type=listed(float), default="",
                        help="cv: also compare these bars at which the model, sure of another "
                             "label for the whole message, vetoes the bank, comma-separated")
    args = parser.parse_args(argv)
    chatbot = Chatbot(ChatbotConfig(triage_model=None, triage_ngrams=None))
    if args.command in ("fit", "fit-ngrams"):
        if args.also_learn and (args.ngrams_out == DEFAULT_NGRAMS or (
                args.command == "fit" and args.out == DEFAULT_MODEL)):
            parser.error("--also-learn writes models to study, not the shipped ones: name "
                         "where with --ngrams-out (and --out, for fit). The shipped models "
                         "learn TRAINING alone: add a set there to ship models that learn it")
        fit_command(chatbot, args.out, args.ngrams_out, networks=args.command == "fit",
                    also_learn=args.also_learn)
    else:
        compared = Compared(thresholds=args.thresholds, crisis=args.crisis,
                            off_topic=args.crisis_off_topic,
                            clause_support=args.crisis_clause_support, members=args.members,
                            bank_veto=args.bank_veto)
        cv_command(chatbot, compared, args.leave_out,
                   medquad_questions() if args.medquad else (), also_learn=args.also_learn,
                   first_seed=args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
