"""Vectors of fixed example texts (triage and topic banks), kept on disk between starts.

Embedding the ~300 bank examples costs about a second at every start, more than loading
the model. The vectors depend only on the texts and the model, so they are saved under a
hash of both and read back; a changed bank or model simply misses and is embedded again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path

import numpy as np

from index.encoders import Encoder, package_version

log = logging.getLogger(__name__)

DEFAULT_VECTOR_CACHE = Path(__file__).resolve().parent.parent / "var" / "cache" / "vectors"


class _Default:
    """`encode_cached`'s folder when none is given: DEFAULT_VECTOR_CACHE as it is at the call."""


def cache_key(encoder: Encoder, texts: list[str]) -> str:
    """A hash of the model (name, variant such as int8, dimension, package version) and the
    texts, in order."""
    version = package_version() or "none"
    variant = getattr(encoder, "variant", "")  # an int8 copy gives vectors of its own
    digest = hashlib.sha256(f"{encoder.name}\0{variant}\0{encoder.dimension}\0{version}\0"
                            .encode())
    for text in texts:
        digest.update(text.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()[:40]


def encode_cached(encoder: Encoder, texts: list[str],
                  folder: Path | None | type[_Default] = _Default) -> np.ndarray:
    """`encoder.encode(texts)`, read from `folder` when these texts were embedded before.

    A cache that cannot be read or written (damaged file, read-only disk) is passed by:
    the vectors are then computed, as without a cache. `folder=None` turns it off; without
    a folder it is DEFAULT_VECTOR_CACHE, read at each call rather than bound here, so the
    test suite can keep its fake vectors out of var/cache (tests/conftest.py).
    """
    texts = list(texts)
    if folder is _Default:
        folder = DEFAULT_VECTOR_CACHE
    if folder is None:
        return encoder.encode(texts)
    path = Path(folder) / f"{cache_key(encoder, texts)}.npy"
    try:
        vectors = np.load(path, allow_pickle=False)
        if vectors.shape == (len(texts), encoder.dimension) and vectors.dtype == np.float32:
            return vectors
        log.warning("ignoring %s: shape %s, expected (%d, %d)", path, vectors.shape,
                    len(texts), encoder.dimension)
    except FileNotFoundError:
        pass
    except (OSError, ValueError) as err:
        log.warning("ignoring the damaged vector cache %s (%s)", path, err)
    vectors = encoder.encode(texts)
    _save(path, vectors)
    return vectors


def _save(path: Path, vectors: np.ndarray) -> None:
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".npy", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            np.save(handle, np.ascontiguousarray(vectors, dtype=np.float32), allow_pickle=False)
        os.replace(tmp, path)  # readers see the old file or the whole new one
    except OSError as err:
        if tmp is not None and os.path.exists(tmp):
            os.remove(tmp)
        log.warning("could not keep vectors in %s (%s); they will be computed next time",
                    path.parent, err)
