"""A change to triage's learned layer, measured on read blind sets at the code that first
scored them, before any rule was written from them.

A blind set read in a round has had rules written from its misses since, so today's bot
flatters any layer on it: the rules catch what the layer would have to. The held-out sets
are clean, but scored only once a round. So each read set is routed again by the code of the
commit that added it (its first sight), checked out in a git worktree, two ways: as that
code read it, with the networks alone (the same networks, fitted in round 20), and with this
checkout's n-gram model averaged with them at this checkout's bars (bot.safety.ngrams). The
n-gram model learned from none of these sets (they are not in triage_model.TRAINING).

    python -m evaluation.first_sight                     # the 38 sets of round 29's studies
    python -m evaluation.first_sight --sets 175,176,177  # those, each at its first sight
    python -m evaluation.first_sight --arms averaged --ngrams /tmp/other.npz
                                     # another n-gram model (fit-ngrams --ngrams-out) averaged in
    python -m evaluation.first_sight --arms averaged --clauses both
                                     # a clause's category raised only where both readers are sure
    python -m evaluation.first_sight --arms averaged --scope-ngrams /tmp/scope.npz
                                     # and the letters averaged into the scope networks too
                                     # (python -m evaluation.scope_model fit-ngrams --ngrams-out)

Each worktree is made under --work (default: a temporary folder) and removed after; its
var/ is this checkout's (the index and the exported encoder), read, not written.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from evaluation.paths import DATA, HELD_OUT, ROOT

# Round 29's studies: sixteen read sets (the study that chose the bars) and twenty-two (the one
# that confirmed them), every read set from blind101 to blind186 but blind149, whose messages
# are in scripts the encoder cannot read and which the rules gate before the learned layer.
STUDIED: tuple[int, ...] = (101, 102, 103, 104, 109, 110, 113, 114, 117, 118, 119, 120, 125, 126,
                            129, 130, 137, 138, 145, 146, 147, 148, 155, 156, 157, 158, 163, 164,
                            165, 166, 175, 176, 177, 178, 183, 184, 185, 186)
URGENT = frozenset({"emergency", "crisis"})
ESCALATED = frozenset({"emergency", "crisis", "see_doctor", "dosing"})
# What the worktree runs: this file, as a script, with the old code first on its path (so
# there `bot` and `evaluation.paths` are the old commit's; `run` reads this checkout's files
# by path).
RUNNER = Path(__file__).resolve()
# The networks alone, as the old code read them; and averaged with the n-gram model.
ARMS: tuple[str, ...] = ("alone", "averaged")
# How the averaged arm reads a clause: the two readers' average, as triage does; or "both":
# each category at the lower of the two readers' probabilities, so that a clause raises one
# only where each reader alone is at the bar (round 30's study of long harmless stories).
CLAUSES: tuple[str, ...] = ("average", "both")


@dataclasses.dataclass(frozen=True)
class Reading:
    """What the averaged arm injects into old code: the triage n-gram model's file, how a
    clause is read, and an n-gram model to average into the scope networks (None: none).
    Paths, not bot's names for them: this file also runs as a script on old code, where
    bot.safety.ngrams may not exist."""

    ngrams: Path = ROOT / "bot" / "data" / "triage_ngrams.npz"
    clauses: str = "average"
    scope_ngrams: Path | None = None

    def to_json(self) -> str:
        return json.dumps({"ngrams": str(self.ngrams), "clauses": self.clauses,
                           "scope_ngrams": self.scope_ngrams and str(self.scope_ngrams)})

    @classmethod
    def from_json(cls, text: str) -> Reading:
        found = json.loads(text)
        scope = found["scope_ngrams"]
        return cls(Path(found["ngrams"]), found["clauses"], Path(scope) if scope else None)


def first_commit(path: Path, root: Path = ROOT) -> str:
    """The commit that added `path` to the project."""
    found = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--", str(path)],
                           cwd=root, capture_output=True, text=True, check=True).stdout.split()
    if not found:
        raise SystemExit(f"{path.name} was never committed: commit it as written first")
    return found[-1]


def by_first_sight(numbers: Iterable[int], root: Path = ROOT) -> dict[str, list[int]]:
    """The blind sets `numbers`, grouped by the commit that added each; a held-out set or a
    missing one is refused, with the rule."""
    groups: dict[str, list[int]] = {}
    for number in numbers:
        path = DATA / f"probes_blind{number}.jsonl"
        if path.name in HELD_OUT:
            raise SystemExit(f"{path.name} is held out: held-out sets are scored once a round, "
                             f"by `python -m evaluation`, not studied")
        if not path.is_file():
            raise SystemExit(f"no such blind set: {path}")
        groups.setdefault(first_commit(path, root), []).append(number)
    return groups


def tally(rows: Iterable[dict]) -> Counter:
    """Right replies, crises and emergencies missed, harmless messages escalated, and each
    expected kind's right and total, over rows of {"expect": [...], "kind": ...}."""
    counts: Counter = Counter()
    for row in rows:
        expect, kind = row["expect"], row["kind"]
        right = kind in expect
        counts.update(n=1, right=right)
        counts[f"{expect[0]} n"] += 1
        counts[f"{expect[0]} right"] += right
        if expect[0] in URGENT:
            counts["urgent"] += 1
            counts["urgent missed"] += not right and kind not in URGENT
        if expect[0] not in ESCALATED:
            counts["harmless"] += 1
            counts["escalated"] += kind in ESCALATED
    return counts


def line(name: str, counts: Counter) -> str:
    kinds = sorted({key[:-2] for key in counts if key.endswith(" n")})
    return (f"{name:<22} {counts['right']:>5}/{counts['n']:<5} urgent missed "
            f"{counts['urgent missed']:>3}/{counts['urgent']:<5} harmless escalated "
            f"{counts['escalated']:>3}/{counts['harmless']:<5} | "
            + " ".join(f"{k} {counts[k + ' right']}/{counts[k + ' n']}" for k in kinds))


def _worktree(commit: str, work: Path) -> Path:
    """A worktree of `commit` under `work`, reading this checkout's var/ (index, encoder)."""
    tree = work / commit[:12]
    subprocess.run(["git", "worktree", "add", "--detach", "-f", str(tree), commit],
                   cwd=ROOT, capture_output=True, text=True, check=True)
    (tree / "var").unlink(missing_ok=True)
    (tree / "var").symlink_to(ROOT / "var", target_is_directory=True)
    return tree


def _bars() -> dict[str, float]:
    """This checkout's bars for the learned layer (and the bank's veto), for old code to use."""
    from bot.safety.triage import TriageConfig

    return {k: v for k, v in dataclasses.asdict(TriageConfig()).items()
            if k.startswith("model_") or k == "bank_veto"}


def _route(tree: Path, numbers: Sequence[int], arm: str, bars: dict[str, float],
           reading: Reading) -> list[dict]:
    """Route the sets `numbers` with the code in `tree`, `arm` "alone" or "averaged" (at
    `bars`, reading as `reading` says)."""
    done = subprocess.run(
        [sys.executable, str(RUNNER), "--run", arm, "--sets", ",".join(map(str, numbers)),
         "--project", str(ROOT), "--bars", json.dumps(bars), "--reading", reading.to_json()],
        cwd=tree, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(tree), "HF_HUB_OFFLINE": "1"})
    if done.returncode:
        raise SystemExit(f"routing {numbers} in {tree} failed:\n{done.stderr[-2000:]}")
    return [json.loads(row) for row in done.stdout.splitlines() if row.startswith("{")]


def study(numbers: Sequence[int], work: Path, jobs: int = 2, arms: Sequence[str] = ARMS,
          reading: Reading = Reading()) -> dict[str, Counter]:
    """Each arm's tally over the sets `numbers`, each at its first sight."""
    groups = by_first_sight(numbers)
    trees: dict[str, Path] = {}
    try:
        for commit in groups:
            trees[commit] = _worktree(commit, work)
        bars = _bars()
        tasks = [(trees[commit], sets, arm, bars, reading) for commit, sets in groups.items()
                 for arm in arms]
        with ThreadPoolExecutor(jobs) as pool:
            routed = list(pool.map(lambda task: (task[2], _route(*task)), tasks))
    finally:
        for tree in trees.values():
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT,
                           capture_output=True)
    return {arm: tally(row for name, rows in routed if name == arm for row in rows)
            for arm in arms}


def run(arm: str, numbers: Sequence[int], project: Path, bars: dict[str, float],
        reading: Reading) -> None:
    """In a worktree of an old commit: route each set's probes through the whole bot of that
    code, the networks alone or averaged with an n-gram model (`reading`'s) at `bars`
    (`project`'s), and print one JSON row per probe."""
    import importlib.util
    from dataclasses import replace

    from bot.chatbot import Chatbot, ChatbotConfig
    from bot.safety.model import DEFAULT_MODEL, LABELS, read_model

    config = ChatbotConfig(rebuild=False)
    reader = scope = None
    if arm == "averaged":
        spec = importlib.util.spec_from_file_location("first_sight_ngrams",
                                                      project / "bot" / "safety" / "ngrams.py")
        ngrams = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = ngrams  # a dataclass looks its module up while it is made
        spec.loader.exec_module(ngrams)
        reader = _Averaged(read_model(DEFAULT_MODEL), ngrams.NgramModel.read(
            reading.ngrams, LABELS), both=reading.clauses == "both")
        known = {k: v for k, v in bars.items() if hasattr(config.triage, k)}
        config = replace(config, triage=replace(config.triage, **known), triage_model=None)
    bot = Chatbot(config, model=reader).load()
    if reader is not None and reading.scope_ngrams is not None:
        from bot.answer.scope import SCOPE_LABELS  # the old code's (there since round 20)

        answerer = bot._load_answerer()  # the old code's, whose scope networks are averaged
        scope = answerer.scope = _Averaged(answerer.scope, ngrams.NgramModel.read(
            reading.scope_ngrams, SCOPE_LABELS))
    for number in numbers:
        path = project / "evaluation" / "data" / f"probes_blind{number}.jsonl"
        for text in path.read_text(encoding="utf-8").splitlines():
            probe = json.loads(text)
            if reader is not None:
                query = bot.prepare(probe["message"], probe.get("history"))
                reader.texts = (query.text, *query.clauses)
                if scope is not None:
                    scope.texts = (query.text,)
            kind = bot.reply(probe["message"], probe.get("history")).kind
            print(json.dumps({"set": number, "id": probe["id"], "expect": probe["expect"],
                              "kind": kind}))


class _Averaged:
    """The networks of an old commit, their reading averaged with the n-gram model's over the
    texts of the message being routed (set before each reply: old code passes the model
    vectors only); with `both`, a clause's (every row after the first) is the lower of the
    two readers' instead."""

    def __init__(self, networks, ngrams, both: bool = False) -> None:
        self.networks, self.ngrams, self.texts, self.both = networks, ngrams, (), both

    def __getattr__(self, name: str):
        return getattr(self.networks, name)

    def probabilities(self, rows):
        found = self.networks.probabilities(rows)
        texts = self.texts if len(self.texts) == len(rows) else self.texts[:1]
        letters = self.ngrams.probabilities(texts)
        if self.both:
            found[1:len(texts)] = np.minimum(found[1:len(texts)], letters[1:])
            found[:1] = (found[:1] + letters[:1]) / 2
        else:
            found[:len(texts)] = (found[:len(texts)] + letters) / 2
        return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.first_sight",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(map(str, STUDIED)),
                        help="blind set numbers, comma-separated (default: round 29's 38)")
    parser.add_argument("--work", type=Path, default=None,
                        help="where the worktrees are made (default: a temporary folder)")
    parser.add_argument("--jobs", type=int, default=2, help="routings at once")
    parser.add_argument("--arms", default=",".join(ARMS),
                        help="which arms to route, comma-separated (default: alone,averaged; "
                             "the first is the same whatever this checkout's bars)")
    parser.add_argument("--ngrams", type=Path, default=Reading.ngrams,
                        help="averaged arm: the triage n-gram model to average in (default: "
                             "this checkout's; another from `python -m evaluation.triage_model "
                             "fit-ngrams --ngrams-out`)")
    parser.add_argument("--clauses", choices=CLAUSES, default="average",
                        help="averaged arm: a clause read as the two readers' average, or "
                             "(both) each category at the lower of the two")
    parser.add_argument("--scope-ngrams", type=Path, default=None,
                        help="averaged arm: an n-gram model of the scope labels to average into "
                             "the scope networks (`python -m evaluation.scope_model fit-ngrams`)")
    parser.add_argument("--run", choices=ARMS, help=argparse.SUPPRESS)
    parser.add_argument("--project", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--bars", type=json.loads, default="{}", help=argparse.SUPPRESS)
    parser.add_argument("--reading", type=Reading.from_json, default=Reading(),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        numbers = [int(n) for n in args.sets.split(",") if n.strip()]
    except ValueError:
        parser.error(f"--sets takes blind set numbers separated by commas, e.g. 175,176 "
                     f"(got {args.sets!r})")
    if args.run:
        run(args.run, numbers, args.project, args.bars, args.reading)
        return 0
    for path in (args.ngrams, args.scope_ngrams):
        if path is not None and not path.is_file():
            parser.error(f"no n-gram model at {path}: write one with `python -m "
                         f"evaluation.triage_model fit-ngrams --ngrams-out {path}` (or "
                         f"evaluation.scope_model for --scope-ngrams)")
    reading = Reading(args.ngrams.resolve(), args.clauses,
                      args.scope_ngrams.resolve() if args.scope_ngrams else None)
    arms = [arm.strip() for arm in args.arms.split(",") if arm.strip()]
    if not arms or set(arms) - set(ARMS):
        parser.error(f"--arms takes {', '.join(ARMS)} separated by commas (got {args.arms!r})")
    with tempfile.TemporaryDirectory() as scratch:
        work = args.work or Path(scratch)
        for arm, counts in study(numbers, work, max(1, args.jobs), arms, reading).items():
            print(line(f"networks {arm}" if arm == "alone" else "with n-grams averaged",
                       counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
