"""Index build: time, passages per second beside a bare sentence-transformers encode of
the same passages (a fixed random sample of 3,000 past that many), peak memory and size on
disk, for the articles and for MedQuAD slices.

The build runs as `python -m index build` runs it: the ONNX encoder on every core,
embedding passages and their sentences. The bare encode is what a plain pipeline spends
on the passages alone.

Each corpus is built in a child process (`python -m benchmarks.build NAME COUNT`) so its
peak memory is its own (with the bare model loaded beside the build's); inside the child,
bare encodes and builds take turns (see `measure`).
"""

from __future__ import annotations

import json
import logging
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.timing import dir_size_mb, peak_rss_mb

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
MEDQUAD = ROOT.parent / "shared" / "medquad" / "corpus.jsonl"


def load_articles(name: str, count: int | None):
    if name == "articles":
        from corpus import DEFAULT_CORPUS, load_corpus
        return load_corpus(DEFAULT_CORPUS)
    from evaluation.medquad import load_articles as load_medquad
    articles = load_medquad(MEDQUAD)
    return articles if count is None else articles[:count]


def measure(name: str, count: int | None, *, min_seconds: float = 20.0,
            max_builds: int = 5, bare_sample: int = 3000) -> dict[str, Any]:
    """Builds and bare encodes of the build's passages taking turns, in this process.

    A small corpus builds in a second or two, where a busy spell on the machine decides
    the ratio; so builds repeat (bare encode, build, bare encode, ...) until they have
    taken `min_seconds` or `max_builds` runs, and medians are compared.

    Past `bare_sample` passages the bare encode times a random sample of that many (the
    same one each turn) and its rate stands for all: encoding all 45,663 of MedQuAD's
    passages twice with sentence-transformers takes over an hour here and measures the
    same passages per second.
    """
    from corpus import chunk_article
    from index import BuildConfig, SentenceEncoder, build_store, save_store
    from index.encoders import DEFAULT_ENCODER_DIR, load_encoder

    bare = SentenceEncoder().load()
    bare.encode(["warm up"])
    encoder = load_encoder("onnx", DEFAULT_ENCODER_DIR, threads=os.cpu_count() or 1)
    encoder.encode(["warm up"])
    articles = load_articles(name, count)
    config = BuildConfig()
    bare_texts = [c.embed_text for a in articles for c in chunk_article(a, config.chunking)]
    if len(bare_texts) > bare_sample:
        bare_texts = random.Random(0).sample(bare_texts, bare_sample)
    baseline = peak_rss_mb()

    def bare_encode() -> float:
        started = time.perf_counter()
        bare.encode(bare_texts)
        return time.perf_counter() - started

    encodes, builds = [bare_encode()], []
    while not builds or (sum(builds) < min_seconds and len(builds) < max_builds):
        started = time.perf_counter()
        store = build_store(articles, encoder, config)
        builds.append(time.perf_counter() - started)
        encodes.append(bare_encode())
    peak = peak_rss_mb()
    build_s, encode_s = statistics.median(builds), statistics.median(encodes)
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        started = time.perf_counter()
        save_store(store, Path(tmp) / "index")
        save_s = time.perf_counter() - started
        disk = dir_size_mb(Path(tmp) / "index")
    counts = store.manifest.counts
    return {
        "documents": len(articles), "passages": counts.chunks,
        "texts_encoded": counts.chunks + counts.sentences,
        "build_s": round(build_s, 2), "builds_s": [round(b, 2) for b in builds],
        "save_s": round(save_s, 2),
        "passages_per_s": round(counts.chunks / build_s, 1),
        "encode_passages_s": [round(s, 2) for s in encodes],
        "encode_passages_per_s": round(len(bare_texts) / encode_s, 1),
        "encode_sample": len(bare_texts),
        "ratio_passages": round((counts.chunks / build_s) / (len(bare_texts) / encode_s), 3),
        "peak_rss_mb": peak, "rss_before_build_mb": baseline, "disk_mb": disk,
        "faiss": store.manifest.faiss, "encoder": type(encoder).__name__,
    }


def run(*, medquad_sizes: list[int | None]) -> dict[str, Any]:
    jobs = [("articles", None)] + [("medquad", n) for n in medquad_sizes]
    results = {}
    for name, count in jobs:
        label = name if name == "articles" else f"medquad_{count or 'all'}"
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
        child = subprocess.run([sys.executable, "-m", "benchmarks.build", name, str(count or 0)],
                               cwd=ROOT, env=env, capture_output=True, text=True)
        if child.returncode != 0:
            results[label] = {"error": child.stderr[-2000:]}
            continue
        results[label] = json.loads(child.stdout.strip().splitlines()[-1])
        log.info("build %s: %s", label, results[label])
    return results


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    print(json.dumps(measure(sys.argv[1], int(sys.argv[2]) or None)))
