"""The learned layer of triage: small networks over the message's embedding, fitted offline.

Rules fit the phrasings they were written from, and the bank votes by one nearest example.
A network of one hidden layer over the same 384-dimensional vector weighs every labelled
message at once (the bank's examples, some thousands of labelled probes, and the clauses of
the harmless ones): "if i got hit by a car tomorrow i honestly wouldnt mind" lies on the
crisis side of a boundary no single example marks. Five such networks, fitted alike from
different random starts, are averaged (bot.softmax): one alone was sure that "how do i
restring my guitar" spoke of a crisis, where its siblings were not. Their reading is averaged
with the n-gram model's (bot.safety.ngrams), which reads the letters the encoder blurs, and
a category is added only where the average is sure (`TriageConfig`); `python -m
evaluation.triage_model cv` compares the two averaged with the networks alone and the logistic
regression the networks replaced, and `python -m evaluation.first_sight` is the study that
chose the bars.

The weights live in bot/data/triage_model.npz, written by `python -m evaluation.triage_model
fit` with the digest of what they were fitted on; reading them needs numpy only.
"""

from __future__ import annotations

from pathlib import Path

from bot.softmax import SoftmaxModel, ModelError
from bot.safety.rules import CATEGORIES

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "data" / "triage_model.npz"
LABELS: tuple[str, ...] = ("none", *CATEGORIES)  # "none": a harmless message

__all__ = ["DEFAULT_MODEL", "LABELS", "ModelError", "TriageModel", "read_model", "write_model"]


class TriageModel(SoftmaxModel):
    """A softmax over triage's LABELS, through one hidden layer (bot.softmax)."""

    LABELS = LABELS
    NAME = "triage model"
    REFIT = "python -m evaluation.triage_model fit"
    LEAVE_OUT = "set ChatbotConfig(triage_model=None)"


def write_model(model: TriageModel, path: Path = DEFAULT_MODEL) -> None:
    model.write(path)


def read_model(path: Path = DEFAULT_MODEL, *, encoder: str | None = None,
               dimension: int | None = None) -> TriageModel:
    """The triage model at `path` (see SoftmaxModel.read for what is checked)."""
    return TriageModel.read(path, encoder=encoder, dimension=dimension)
