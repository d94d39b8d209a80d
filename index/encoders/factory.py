"""The one place a backend is chosen and loaded: ONNX Runtime (exported on first use) or
sentence-transformers, which give the same vectors."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Literal, get_args

from index.encoders.base import Encoder, ModelMissingError
from index.encoders.onnx_encoder import INFO_FILE, OnnxEncoder
from index.encoders.onnx_export import export_onnx, is_current
from index.encoders.sentence_encoder import SentenceEncoder

log = logging.getLogger(__name__)

Backend = Literal["onnx", "sentence-transformers"]
BACKENDS: tuple[Backend, ...] = get_args(Backend)
DEFAULT_ENCODER_DIR = Path(__file__).resolve().parents[2] / "var" / "encoder"


def check_backend(backend: str, *, name: str = "backend") -> None:
    """Refuse a backend that is not one of BACKENDS; `name` is the setting it came from."""
    if backend not in BACKENDS:
        raise ValueError(f"{name} must be one of {', '.join(BACKENDS)} (got {name}={backend!r})")


def load_encoder(backend: Backend = "onnx", folder: Path = DEFAULT_ENCODER_DIR, *,
                 threads: int = 1) -> Encoder:
    """A loaded encoder: ONNX Runtime (exported on first use) or sentence-transformers.

    Both give the same vectors (tests/index/encoders/test_onnx_encoder.py), so an index built
    with one serves the other. When the ONNX side cannot be had (its packages missing, or an
    export that fails its check), this says why and falls back to sentence-transformers.

    Args:
        backend: "onnx" or "sentence-transformers".
        folder: where the ONNX export lives (made there when missing or out of date).
        threads: ONNX Runtime threads per call: 1 for answering, the core count for builds.
    """
    check_backend(backend)
    if backend == "onnx":
        try:
            return _load_onnx(folder, threads)
        except ModelMissingError:
            raise  # neither backend can do without the model: say what to install
        except (ImportError, OSError, RuntimeError) as err:  # ExportFailed is a RuntimeError
            log.warning("using sentence-transformers instead of ONNX Runtime: %s", err)
    return SentenceEncoder().load()


def _load_onnx(folder: Path, threads: int) -> Encoder:
    if not is_current(folder):
        if (folder / INFO_FILE).exists():
            log.warning("the ONNX export at %s does not match its %s (damaged, or from another "
                        "model package); exporting it again", folder, INFO_FILE)
        export_onnx(folder)
    try:
        return OnnxEncoder(folder, threads=threads).load()
    except ImportError:
        raise
    except Exception as err:  # its files match encoder.json, yet it will not load: make it again
        log.warning("the ONNX export at %s would not load (%s); exporting it again", folder, err)
        export_onnx(folder, force=True)
        return OnnxEncoder(folder, threads=threads).load()
