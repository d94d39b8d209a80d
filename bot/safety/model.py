"""The learned layer of triage: a linear model over the message's embedding, fitted offline.

Rules fit the phrasings they were written from, and the bank votes by one nearest example.
A multinomial logistic regression over the same 384-dimensional vector weighs every labelled
message at once (the bank's examples and a few thousand labelled probes): "if i got hit by a
car tomorrow i honestly wouldnt mind" lies on the crisis side of a boundary no single
example marks. It only adds categories where it is nearly sure (`TriageConfig`), and the
leave-one-set-out study that chose how sure is `python -m evaluation.triage_model cv`.

The weights live in bot/data/triage_model.npz, written by `python -m evaluation.triage_model
fit` with the digest of what they were fitted on; reading them needs numpy only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.safety.rules import CATEGORIES

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "data" / "triage_model.npz"
LABELS: tuple[str, ...] = ("none", *CATEGORIES)  # "none": a harmless message


class ModelError(ValueError):
    """The model file is missing, unreadable or does not fit the encoder."""


@dataclass(frozen=True, eq=False)
class TriageModel:
    """Softmax(weights . vector + bias) over LABELS, for the vectors of one encoder."""

    weights: np.ndarray  # (len(LABELS), dimension)
    bias: np.ndarray  # (len(LABELS),)
    encoder: str  # the model whose vectors it reads
    digest: str  # of the labelled messages and settings it was fitted on

    def __post_init__(self) -> None:
        if self.weights.ndim != 2 or self.weights.shape[0] != len(LABELS):
            raise ModelError(f"a triage model needs one row of weights per label {LABELS} "
                             f"(got shape {self.weights.shape})")
        if self.bias.shape != (len(LABELS),):
            raise ModelError(f"a triage model needs one bias per label {LABELS} "
                             f"(got shape {self.bias.shape})")

    @property
    def dimension(self) -> int:
        return self.weights.shape[1]

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """One row of label probabilities (in LABELS order) per row of `vectors`."""
        logits = vectors @ self.weights.T + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)


def write_model(model: TriageModel, path: Path = DEFAULT_MODEL) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        np.savez(handle, weights=model.weights.astype(np.float32),
                 bias=model.bias.astype(np.float32), labels=np.array(LABELS),
                 encoder=np.array(model.encoder), digest=np.array(model.digest))


def read_model(path: Path = DEFAULT_MODEL, *, encoder: str | None = None,
               dimension: int | None = None) -> TriageModel:
    """The model at `path`; an error names the file and the way out when it is missing,
    malformed, or fitted for another encoder than (`encoder`, `dimension`)."""
    refit = "refit it with `python -m evaluation.triage_model fit`"
    try:
        with np.load(path, allow_pickle=False) as data:
            labels = tuple(str(label) for label in data["labels"])
            model = TriageModel(np.ascontiguousarray(data["weights"], dtype=np.float32),
                                np.asarray(data["bias"], dtype=np.float32),
                                str(data["encoder"]), str(data["digest"]))
    except (OSError, KeyError, ValueError) as err:
        raise ModelError(f"the triage model {path} is unreadable ({err}); {refit}, or set "
                         f"ChatbotConfig(triage_model=None) to leave it out") from err
    if labels != LABELS:
        raise ModelError(f"the triage model {path} has labels {labels}, not {LABELS}; {refit}")
    if encoder is not None and model.encoder != encoder:
        raise ModelError(f"the triage model {path} reads vectors of {model.encoder!r}, not of "
                         f"{encoder!r}; {refit} with this encoder")
    if dimension is not None and model.dimension != dimension:
        raise ModelError(f"the triage model {path} reads {model.dimension}-dimensional "
                         f"vectors, the encoder makes {dimension}; {refit}")
    return model
