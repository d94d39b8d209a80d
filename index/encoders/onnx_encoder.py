"""all-MiniLM-L6-v2 through ONNX Runtime: the same vectors as sentence-transformers, faster.

The graph (exported once by index/encoders/onnx_export.py) holds the transformer, the mean
pooling and the L2 normalisation, so a run returns the finished unit vectors. The text is
split into word pieces by the model's own tokenizer.json through the `tokenizers` library,
cut at the model's 256-token window as sentence-transformers cuts it. Serving a question this
way needs neither torch nor transformers, which is most of the start-up time saved.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path

import numpy as np

from index.encoders.base import MODEL_NAME, bundled_model_path

log = logging.getLogger(__name__)

MODEL_FILE = "model.onnx"  # the graph; its weights are in DATA_FILE beside it
DATA_FILE = "model.onnx.data"  # read in place by ONNX Runtime: 90 MB less at the peak
INFO_FILE = "encoder.json"
BATCH_TOKENS = 1024  # padded tokens per run when encoding many: see OnnxEncoder
TOKENIZE_BLOCK = 4096  # texts tokenised, sorted and run together; a progress line after each
# Fewer texts than this are tokenised one by one: encode_batch hands them to the tokenizer's
# worker threads, which go on spinning on the cores ONNX Runtime is about to run on. For a
# question and its focus that cost more than tokenising them one after the other.
SMALL_BATCH = 16


class OnnxEncoder:
    """Encodes with an exported graph in `folder`; loaded on first use.

    Args:
        folder: where index/encoders/onnx_export.py wrote model.onnx and encoder.json.
        model_file: the graph to run: the float32 export, or its int8 copy for questions
            (index/encoders/quantize.py).
        threads: ONNX Runtime threads per call. One suits a single question on a busy
            machine and lets concurrent requests run side by side; a build passes more.
        batch_size: at most this many texts per run when encoding many.
        batch_tokens: at most this many tokens per run, padding included (a longer text
            runs alone). Texts are sorted by length first, so a run pads to similar
            lengths; runs of ~1,000 tokens keep each layer's activations in the CPU's
            caches, where 64 passages of 150 tokens spill them (see `plan_runs`).
    """

    name = MODEL_NAME
    dimension = 384

    def __init__(self, folder: Path, *, threads: int = 1, batch_size: int = 64,
                 batch_tokens: int = BATCH_TOKENS, model_file: str = MODEL_FILE) -> None:
        if threads < 1 or batch_size < 1 or batch_tokens < 1:
            raise ValueError(f"threads, batch_size and batch_tokens must be at least 1 (got "
                             f"threads={threads}, batch_size={batch_size}, batch_tokens={batch_tokens})")
        self.folder = Path(folder)
        self.threads = threads
        self.batch_size = batch_size
        self.batch_tokens = batch_tokens
        self.model_file = model_file
        # what else than the model's name sets its vectors apart (vector caches key on it)
        self.variant = "" if model_file == MODEL_FILE else model_file
        self._session = None
        self._tokenizer = None
        self._lock = threading.Lock()

    def load(self) -> OnnxEncoder:
        with self._lock:
            if self._session is None:
                self._session, self._tokenizer = self._open()
        return self

    def _open(self):
        import onnxruntime
        from tokenizers import Tokenizer

        info = json.loads((self.folder / INFO_FILE).read_text(encoding="utf-8"))
        model_dir = bundled_model_path()
        tokenizer = Tokenizer.from_file(os.path.join(model_dir, "tokenizer.json"))
        # sentence-transformers truncates at max_seq_length (256), not the tokenizer's 512
        tokenizer.enable_truncation(int(info["max_seq_length"]))
        tokenizer.no_padding()  # padded per batch below
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = self.threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3  # warnings about unused initialisers are noise here
        # Idle worker threads sleep instead of spinning: a spinning one takes the core the
        # rest of the reply runs on. With two threads a reply took 13.8 ms spinning, 7.8 ms
        # not, 8.2 ms on one thread (a loaded machine; bot/chatbot.py's encoder_threads).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        session = onnxruntime.InferenceSession(str(self.folder / self.model_file), options,
                                               providers=["CPUExecutionProvider"])
        log.info("loaded the ONNX encoder %s (%d thread%s)", self.folder / self.model_file,
                 self.threads, "" if self.threads == 1 else "s")
        return session, tokenizer

    def encode(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        """Unit-length float32 rows, in the order of `texts`."""
        self.load()
        texts = list(texts)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        # A block of texts at a time: a tokenizer Encoding holds ~10 KB, so MedQuAD's 46k
        # distinct texts (4,000 documents) took 465 MB tokenised at once.
        for start in range(0, len(texts), TOKENIZE_BLOCK):
            block = texts[start:start + TOKENIZE_BLOCK]
            encodings = (self._tokenizer.encode_batch(block) if len(block) >= SMALL_BATCH
                         else [self._tokenizer.encode(text) for text in block])
            runs = plan_runs([len(e.ids) for e in encodings], max_rows=self.batch_size,
                             max_tokens=self.batch_tokens)
            for rows in runs:
                ids, mask = pad([encodings[i] for i in rows])
                vectors = self._session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
                out[[start + i for i in rows]] = vectors
            done = start + len(encodings)
            if progress:
                log.info("encoded %d of %d texts", done, len(texts))
        return out


def plan_runs(lengths: list[int], *, max_rows: int, max_tokens: int) -> list[list[int]]:
    """Text positions grouped into runs through the model, shortest texts first.

    A run holds at most `max_rows` texts and `max_tokens` tokens once padded to its longest;
    a text longer than that runs alone. Every position appears once.
    """
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    runs: list[list[int]] = []
    for i in order:
        run = runs[-1] if runs else None
        # sorted, so the text joining a run is its longest: the run pads to its length
        if run and len(run) < max_rows and (len(run) + 1) * lengths[i] <= max_tokens:
            run.append(i)
        else:
            runs.append([i])
    return runs


def pad(encodings) -> tuple[np.ndarray, np.ndarray]:
    """Token ids and attention mask as int64 arrays, zero-padded to the longest row."""
    width = max(len(e.ids) for e in encodings)
    ids = np.zeros((len(encodings), width), dtype=np.int64)
    mask = np.zeros((len(encodings), width), dtype=np.int64)
    for row, encoding in enumerate(encodings):
        ids[row, :len(encoding.ids)] = encoding.ids
        mask[row, :len(encoding.ids)] = 1
    return ids, mask
