"""What a persisted index says about itself: its manifest.json, as a record."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Counts:
    """How much an index holds."""

    articles: int
    chunks: int
    sentences: int  # 0 for an index without sentence vectors


@dataclass(frozen=True)
class Manifest:
    """What an index holds and how it was made: manifest.json, field for field.

    The vectors are L2-normalised in an inner-product index (`normalised`, `metric`), so
    an inner product is a cosine. `fingerprint` and `corpus` say what it was built from
    (absent for a store built in memory); `format` and `files` are set when it is saved.
    """

    model: str
    dimension: int
    faiss: str  # the FAISS index, its search setting and the recall tuned (ann.describe_index)
    settings: Mapping[str, Any]  # the BuildConfig, as dataclasses.asdict gives it
    counts: Counts
    built_at: str  # UTC, ISO 8601
    build_seconds: float
    normalised: bool = True
    metric: str = "inner_product"
    fingerprint: str | None = None  # a hash of the articles and settings (build.corpus_fingerprint)
    corpus: str | None = None  # where the articles were read from
    files: Mapping[str, str] = field(default_factory=dict)  # relative path -> SHA-256
    format: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The manifest.json object; a field that is None is left out."""
        return {name: value for name, value in asdict(self).items() if value is not None}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Manifest:
        """Raises KeyError or TypeError for an object that is not a manifest."""
        # A manifest from before its `faiss` field: the index file's own setting stands.
        return cls(**{"faiss": "", **data, "counts": Counts(**data["counts"])})
