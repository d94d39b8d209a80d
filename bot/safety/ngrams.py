"""Triage's second learned reader: the letters of a message, where the networks read its meaning.

The networks (bot.safety.model) read the sentence encoder's vector, which was trained on
English and blurs what it was not trained on: a word misspelt, slang, another language. A
logistic regression over the message's pieces of words (every run of two to five letters
within a word, as tf-idf weights hashed into a fixed number of buckets) reads those as they
are written: "kil myslef" shares most of its pieces with "kill myself". Fitted on the same
labelled messages as the networks, it is wrong on other messages than they are, so that the
two averaged are seldom sure of a wrong label. Through the whole bot, on read blind sets
routed by the code that first scored them, the two averaged at the bars of TriageConfig
missed 52 crises and emergencies of 3,420 where the networks alone missed 79, and escalated
138 harmless messages of 6,080 where they escalated 151 (`python -m evaluation.first_sight`,
round 29 in docs/safety.md).

The weights live in bot/data/triage_ngrams.npz, written by `python -m evaluation.triage_model
fit` beside the networks; reading them needs numpy and the standard library only: the
buckets are CRC-32 hashes, the same on every machine and Python.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.softmax import ModelError

DEFAULT_NGRAMS = Path(__file__).resolve().parent.parent / "data" / "triage_ngrams.npz"
# Pieces of two to five letters, each word padded with a space at either end so that a
# piece at a word's edge is told from the same letters inside one ("kill" from "skill").
SHORTEST, LONGEST = 2, 5
# 2**18 buckets, set once and not tuned: a collision of two pieces in a bucket costs a little
# of a rare piece's weight, not a label, and the file stays under a megabyte.
BUCKETS = 1 << 18
REFIT = "python -m evaluation.triage_model fit"


def pieces(text: str) -> list[str]:
    """The runs of SHORTEST to LONGEST characters inside each space-padded, lower-cased word
    of `text` (a word shorter than a piece gives itself, padded, once)."""
    found: list[str] = []
    for word in text.lower().split():
        padded = f" {word} "
        for n in range(SHORTEST, LONGEST + 1):
            if len(padded) <= n:
                found.append(padded)
                break
            found.extend(padded[i:i + n] for i in range(len(padded) - n + 1))
    return found


def bucket_counts(text: str, buckets: int = BUCKETS) -> Counter[int]:
    """How often each bucket's pieces occur in `text`."""
    return Counter(zlib.crc32(piece.encode("utf-8")) % buckets for piece in pieces(text))


def weighted(counts: Counter[int], idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The buckets of `counts` and their tf-idf weights (1 + log of the count, times the
    bucket's idf), scaled to unit length: a long message weighs no more than a short one."""
    if not counts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    index = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
    values = (tf * idf[index]).astype(np.float32)
    return index, values / np.float32(np.linalg.norm(values))


@dataclass(frozen=True, eq=False)
class NgramModel:
    """Softmax(weights . tf-idf pieces + bias) over `labels`, for texts."""

    labels: tuple[str, ...]
    weights: np.ndarray  # (buckets, len(labels))
    bias: np.ndarray  # (len(labels),)
    idf: np.ndarray  # (buckets,)
    digest: str  # of the labelled messages and settings it was fitted on

    def __post_init__(self) -> None:
        buckets = len(self.idf)
        if self.weights.shape != (buckets, len(self.labels)) or self.bias.shape != (len(self.labels),):
            raise ModelError(f"an n-gram model needs weights of shape ({buckets}, "
                             f"{len(self.labels)}) and one bias per label {self.labels} (got "
                             f"{self.weights.shape} and {self.bias.shape})")

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """One row of label probabilities (in `labels` order) per text."""
        logits = np.tile(self.bias, (len(texts), 1))
        for row, text in enumerate(texts):
            index, values = weighted(bucket_counts(text, len(self.idf)), self.idf)
            logits[row] += values @ self.weights[index]
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            # half precision: the weights are a few hundredths apart at the finest, and the
            # file a quarter of its single-precision size
            np.savez_compressed(handle, weights=self.weights.astype(np.float16),
                                bias=self.bias.astype(np.float32),
                                idf=self.idf.astype(np.float32), labels=np.array(self.labels),
                                digest=np.array(self.digest))

    @classmethod
    def read(cls, path: Path, labels: tuple[str, ...]) -> NgramModel:
        """The model at `path`; an error names the file and the way out when it is missing,
        malformed, or fitted for other labels than `labels`."""
        try:
            with np.load(path, allow_pickle=False) as data:
                model = cls(tuple(str(label) for label in data["labels"]),
                            np.ascontiguousarray(data["weights"], dtype=np.float32),
                            np.asarray(data["bias"], dtype=np.float32),
                            np.asarray(data["idf"], dtype=np.float32), str(data["digest"]))
        except (OSError, KeyError, ValueError) as err:
            raise ModelError(f"the triage n-gram model {path} is unreadable ({err}); refit it "
                             f"with `{REFIT}`, or set ChatbotConfig(triage_ngrams=None) to "
                             f"leave it out") from err
        if model.labels != labels:
            raise ModelError(f"the triage n-gram model {path} has labels {model.labels}, not "
                             f"{labels}; refit it with `{REFIT}`")
        return model
