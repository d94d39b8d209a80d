"""The one place a backend is chosen and loaded: ONNX Runtime (exported on first use), its
int8 copy for questions, or sentence-transformers."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Literal, get_args

from index.encoders.base import Encoder, ModelMissingError
from index.encoders.onnx_encoder import INFO_FILE, OnnxEncoder
from index.encoders.onnx_export import export_onnx, is_current
from index.encoders.quantize import INT8_FILE, is_quantized, quantize
from index.encoders.sentence_encoder import SentenceEncoder

log = logging.getLogger(__name__)

# "onnx-int8" embeds with the int8 copy of the ONNX export: for questions, never for passages.
Backend = Literal["onnx", "onnx-int8", "sentence-transformers"]
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
    with one serves the other. "onnx-int8" gives vectors within cosine 0.98 of them, faster,
    for embedding questions against an index built by either. When the ONNX side cannot be
    had (its packages missing, or an export that fails its check), this says why and falls
    back to sentence-transformers.

    Args:
        backend: "onnx", "onnx-int8" or "sentence-transformers".
        folder: where the ONNX export lives (made there when missing or out of date).
        threads: ONNX Runtime threads per call: 1 for answering, the core count for builds.
    """
    check_backend(backend)
    if backend in ("onnx", "onnx-int8"):
        try:
            return _load_int8(folder, threads) if backend == "onnx-int8" else _load_onnx(folder, threads)
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


def _load_int8(folder: Path, threads: int) -> Encoder:
    if not is_current(folder):
        export_onnx(folder)
    if not is_quantized(folder):
        quantize(folder)
    return OnnxEncoder(folder, threads=threads, model_file=INT8_FILE).load()


def build_encoder(backend: Backend, folder: Path = DEFAULT_ENCODER_DIR, *,
                  threads: int = 1) -> Encoder:
    """The encoder that embeds passages for `backend`: itself, except that an int8 question
    encoder builds with the float32 export it was made from. Loaded on first use, so a
    process that finds its index fresh never loads it."""
    check_backend(backend)
    if backend == "onnx-int8":
        return OnnxEncoder(folder, threads=threads)
    return load_encoder(backend, folder, threads=threads)
