"""Export all-MiniLM-L6-v2 to ONNX once, prove it gives sentence-transformers' vectors, keep it.

Needs torch, transformers, onnx and sentence-transformers, so it runs at build time only;
serving reads the result through index/encoders/onnx_encoder.py. The folder is written
elsewhere and renamed into place, and its encoder.json lists the files' stamps last of all:
an export whose encoder.json has them is finished.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

from index.encoders.base import MODEL_NAME, MODEL_PACKAGE, bundled_model_path, package_version
from index.encoders.onnx_encoder import DATA_FILE, INFO_FILE, MODEL_FILE, OnnxEncoder
from index.encoders.sentence_encoder import SentenceEncoder

log = logging.getLogger(__name__)

EXPORT_FORMAT = 2  # 2: weights in a file of their own
FILES = (MODEL_FILE, DATA_FILE)
MIN_COSINE = 0.9999  # the export must reproduce sentence-transformers' vectors to this
# Texts of different lengths and shapes, so padding, truncation and batching are all checked.
CHECK_TEXTS = (
    "How long should I hold a hamstring stretch?",
    "cramp",
    "Ice or heat for a cramp in the back of my thigh — which one, and for how long?",
    "hamstrimg strech how long",
    "Drink water. " * 200,  # past the 256-token window: cut as sentence-transformers cuts it
    "ünïcödé, émojis 🦵 and 数字 123",
)


class ExportFailed(RuntimeError):
    """The ONNX graph could not be made, or does not reproduce the model's vectors."""


def expected_info() -> dict[str, str]:
    """What an export must have been made from to be reused: the model package's version."""
    return {"model": MODEL_NAME, "model_package": f"{MODEL_PACKAGE}=={package_version()}",
            "format": EXPORT_FORMAT}


def is_current(folder: Path) -> bool:
    """True when `folder` holds a finished export of this model package, its files untouched.

    Untouched by content: each file's SHA-256 against encoder.json's. A byte flipped in the
    weights keeps the file's size and time and still loads, giving wrong vectors; hashing
    the 90 MB takes about 0.08 s, a small part of a start.
    """
    try:
        info = json.loads((Path(folder) / INFO_FILE).read_text(encoding="utf-8"))
        return (all(info.get(k) == v for k, v in expected_info().items())
                and all(_unchanged(Path(folder) / name, info["files"][name]) for name in FILES))
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _stamp(path: Path) -> dict:
    """A file's size, modification time and SHA-256, as encoder.json records them."""
    stat = path.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": _sha256(path)}


def _sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _unchanged(path: Path, recorded: dict) -> bool:
    """The file still has the size and SHA-256 recorded at export (the size first: it is free)."""
    return recorded["size"] == path.stat().st_size and recorded["sha256"] == _sha256(path)


def export_onnx(folder: Path, *, force: bool = False) -> Path:
    """Export the bundled model to `folder` (model.onnx, its weights, encoder.json), checked.

    Several processes may start at once on a fresh checkout (the page, a build, the
    tests); a lock file lets one export while the others wait and then use its result.
    `force` exports even over an export that looks current (one that would not load).

    Raises:
        ExportFailed: a package it needs is missing, or the graph's vectors differ from
            sentence-transformers' (the message gives the cosine).
    """
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    with open(folder.parent / f".{folder.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not force and is_current(folder):  # another process exported it while this one waited
            return folder
        for stale in folder.parent.glob(f".{folder.name}-exporting-*"):
            shutil.rmtree(stale, ignore_errors=True)  # what a killed export left behind
        return _export_into(folder)


def _export_into(folder: Path) -> Path:
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-exporting-", dir=folder.parent))
    try:
        started = time.perf_counter()
        log.info("exporting %s to ONNX in %s (once; about 10 s)", MODEL_NAME, folder)
        max_seq_length = _export_graph(tmp / MODEL_FILE)
        info = {**expected_info(), "max_seq_length": max_seq_length,
                "torch": package_version("torch"), "onnx": package_version("onnx"),
                "exported_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        (tmp / INFO_FILE).write_text(json.dumps(info, indent=2))
        info["min_cosine"] = check_against_sentence_transformers(tmp)
        info["export_seconds"] = round(time.perf_counter() - started, 2)
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(tmp, folder)
        info["files"] = {name: _stamp(folder / name) for name in FILES}  # in their final place
        _write_atomic(folder / INFO_FILE, json.dumps(info, indent=2))
        log.info("ONNX export done in %.1f s (min cosine to sentence-transformers %.6f)",
                 info["export_seconds"], info["min_cosine"])
        return folder
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def check_against_sentence_transformers(folder: Path) -> float:
    """The lowest cosine between the export's vectors and sentence-transformers' on CHECK_TEXTS."""
    reference = SentenceEncoder().encode(list(CHECK_TEXTS))
    ours = OnnxEncoder(folder, batch_size=4).encode(list(CHECK_TEXTS))
    cosine = float(np.min(np.sum(reference * ours, axis=1)))
    if not cosine >= MIN_COSINE:
        raise ExportFailed(f"the ONNX export's vectors differ from sentence-transformers' "
                           f"(lowest cosine {cosine:.6f}, must be at least {MIN_COSINE}); "
                           f"use the sentence-transformers encoder (--encoder "
                           f"sentence-transformers) and report the versions in {INFO_FILE}")
    return round(cosine, 7)


def _export_graph(path: Path) -> int:
    """Trace the transformer plus mean pooling and normalisation into `path`; returns the window."""
    try:
        import onnx  # torch.onnx needs it too, and says so less clearly
        import torch
        from transformers import AutoModel
    except ImportError as err:
        raise ExportFailed(f"exporting to ONNX needs torch, transformers and onnx ({err}); "
                           f"run `python3 dev.py setup`") from err
    model_dir = bundled_model_path()
    config = json.loads(Path(model_dir, "sentence_bert_config.json").read_text(encoding="utf-8"))
    # eager attention traces into plain ops that hold for every batch size and length
    model = AutoModel.from_pretrained(model_dir, attn_implementation="eager").eval()
    wrapped = mean_pooled(model, torch).eval()
    example = torch.ones((2, 8), dtype=torch.long)
    dynamic = {0: "batch", 1: "tokens"}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # the tracer's notes on Python branches it froze
        torch.onnx.export(
            wrapped, (example, example), str(path), input_names=["input_ids", "attention_mask"],
            output_names=["embedding"], opset_version=17, dynamo=False,
            dynamic_axes={"input_ids": dynamic, "attention_mask": dynamic,
                          "embedding": {0: "batch"}})
    # Weights in a file of their own, which ONNX Runtime maps instead of copying out of
    # the graph: the serving process peaks 90 MB lower.
    graph = onnx.load(str(path))
    onnx.save_model(graph, str(path), save_as_external_data=True, all_tensors_to_one_file=True,
                    location=DATA_FILE, size_threshold=1024)
    return int(config["max_seq_length"])


def mean_pooled(model, torch):
    """The transformer with sentence-transformers' pooling (masked mean) and normalisation."""

    class MeanPooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask):
            tokens = self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
            pooled = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    return MeanPooled()


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
