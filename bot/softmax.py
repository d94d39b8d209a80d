"""A softmax model over a message's embedding, fitted offline and read with numpy alone.

Triage (bot/safety/model.py) and the answerer's scope check (bot/answer/scope.py) each ship
one, over the labels of its kind: softmax(weights . vector + bias), a multinomial logistic
regression, or the same over one hidden layer of rectified units,
softmax(weights . relu(hidden_weights . vector + hidden_bias) + bias), a small neural
network, or the mean of the probabilities of a few such networks fitted alike from
different random starts, an ensemble (what both ship now; the regressions they replaced are
still fitted to compare). Members that learned the same messages agree on them, and drift
apart far from anything they learned: the mean is sure only where all of them are.
Each kind names its labels and the command that refits it; the file records the encoder
whose vectors it reads and a digest of what it was fitted on, so that a stale or foreign
file is told apart from a current one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, TypeVar

import numpy as np


class ModelError(ValueError):
    """A model file is missing, unreadable or does not fit the encoder."""


Model = TypeVar("Model", bound="SoftmaxModel")


@dataclass(frozen=True, eq=False)
class SoftmaxModel:
    """Softmax(weights . vector + bias) over LABELS, through a hidden layer where it has one,
    averaged over the members of an ensemble, for the vectors of one encoder."""

    LABELS: ClassVar[tuple[str, ...]] = ()
    NAME: ClassVar[str] = "model"  # for messages: "the triage model"
    REFIT: ClassVar[str] = ""  # the command that writes the file again
    LEAVE_OUT: ClassVar[str] = ""  # how to run without it

    # An ensemble's arrays have a leading axis of members; a single model's do not.
    # width: the hidden layer's, else the vectors' dimension
    weights: np.ndarray  # ([members,] len(LABELS), width)
    bias: np.ndarray  # ([members,] len(LABELS))
    encoder: str  # the model whose vectors it reads
    digest: str  # of the labelled messages and settings it was fitted on
    articles: str = ""  # of the articles its labels speak of, where they speak of any
    hidden_weights: np.ndarray | None = None  # ([members,] width, dimension); None: no hidden layer
    hidden_bias: np.ndarray | None = None  # ([members,] width)

    def __post_init__(self) -> None:
        weights, bias, hidden, hidden_bias = self._stacked()
        if weights.ndim != 3 or weights.shape[1] != len(self.LABELS):
            raise ModelError(f"a {self.NAME} needs one row of weights per label {self.LABELS} "
                             f"(got shape {self.weights.shape})")
        if bias.shape != weights.shape[:2]:
            raise ModelError(f"a {self.NAME} needs one bias per label {self.LABELS} "
                             f"(got shape {self.bias.shape})")
        if (self.hidden_weights is None) != (self.hidden_bias is None):
            raise ModelError(f"a {self.NAME}'s hidden layer needs both weights and a bias")
        if hidden is not None and (hidden.ndim != 3 or hidden.shape[:2] != (len(weights),
                                                                            weights.shape[2])
                                   or hidden_bias.shape != hidden.shape[:2]):
            raise ModelError(f"a {self.NAME}'s hidden layer of shape {self.hidden_weights.shape} "
                             f"does not feed its output weights of shape {self.weights.shape}")

    def _stacked(self) -> tuple[np.ndarray, ...]:
        """The arrays with a leading axis of members, one member where there is no axis."""
        one = self.weights.ndim == 2
        return tuple(None if array is None else array[None] if one else array
                     for array in (self.weights, self.bias, self.hidden_weights,
                                   self.hidden_bias))

    @property
    def members(self) -> int:
        """How many models' probabilities it averages: 1 unless it is an ensemble."""
        return 1 if self.weights.ndim == 2 else len(self.weights)

    @property
    def dimension(self) -> int:
        """The length of the vectors it reads."""
        layer = self.weights if self.hidden_weights is None else self.hidden_weights
        return layer.shape[-1]

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """One row of label probabilities (in LABELS order) per row of `vectors`: the mean of
        the members' softmax, for an ensemble."""
        weights, bias, hidden, hidden_bias = self._stacked()
        inputs = vectors[None]
        if hidden is not None:
            inputs = np.maximum(inputs @ hidden.transpose(0, 2, 1) + hidden_bias[:, None], 0.0)
        logits = inputs @ weights.transpose(0, 2, 1) + bias[:, None]
        logits -= logits.max(axis=2, keepdims=True)
        exp = np.exp(logits)
        return (exp / exp.sum(axis=2, keepdims=True)).mean(axis=0)

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        hidden = {} if self.hidden_weights is None else {
            "hidden_weights": self.hidden_weights.astype(np.float32),
            "hidden_bias": self.hidden_bias.astype(np.float32)}
        with path.open("wb") as handle:
            np.savez(handle, weights=self.weights.astype(np.float32),
                     bias=self.bias.astype(np.float32), labels=np.array(self.LABELS),
                     encoder=np.array(self.encoder), digest=np.array(self.digest),
                     articles=np.array(self.articles), **hidden)

    @classmethod
    def read(cls: type[Model], path: Path, *, encoder: str | None = None,
             dimension: int | None = None) -> Model:
        """The model at `path`; an error names the file and the way out when it is missing,
        malformed, or fitted for another encoder than (`encoder`, `dimension`)."""
        refit = f"refit it with `{cls.REFIT}`"
        try:
            with np.load(path, allow_pickle=False) as data:
                labels = tuple(str(label) for label in data["labels"])
                articles = str(data["articles"]) if "articles" in data.files else ""
                hidden = [np.ascontiguousarray(data[name], dtype=np.float32)
                          if name in data.files else None
                          for name in ("hidden_weights", "hidden_bias")]
                model = cls(np.ascontiguousarray(data["weights"], dtype=np.float32),
                            np.asarray(data["bias"], dtype=np.float32),
                            str(data["encoder"]), str(data["digest"]), articles, *hidden)
        except (OSError, KeyError, ValueError) as err:
            raise ModelError(f"the {cls.NAME} {path} is unreadable ({err}); {refit}, or "
                             f"{cls.LEAVE_OUT} to leave it out") from err
        if labels != cls.LABELS:
            raise ModelError(f"the {cls.NAME} {path} has labels {labels}, not {cls.LABELS}; "
                             f"{refit}")
        if encoder is not None and model.encoder != encoder:
            raise ModelError(f"the {cls.NAME} {path} reads vectors of {model.encoder!r}, not of "
                             f"{encoder!r}; {refit} with this encoder")
        if dimension is not None and model.dimension != dimension:
            raise ModelError(f"the {cls.NAME} {path} reads {model.dimension}-dimensional "
                             f"vectors, the encoder makes {dimension}; {refit}")
        return model
