"""all-MiniLM-L6-v2 through sentence-transformers: the reference the ONNX export is checked by."""

from __future__ import annotations

import logging
import os
import threading

import numpy as np

from index.encoders.base import MODEL_NAME, bundled_model_path

log = logging.getLogger(__name__)


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
