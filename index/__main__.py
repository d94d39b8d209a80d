"""`python -m index build`: build the index from a folder of articles, with counts and timings."""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import time
from pathlib import Path

from corpus import DEFAULT_CORPUS, ChunkConfig, CorpusError
from index.build import DEFAULT_INDEX, BuildConfig, build_index, check_fresh
from index.encoders import (BACKENDS, DEFAULT_ENCODER_DIR, ModelMissingError, SentenceEncoder,
                           load_encoder)
from index.persist import IndexProblem


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m index", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="build (or rebuild) the index")
    build.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of articles")
    build.add_argument("--out", type=Path, default=DEFAULT_INDEX, help="index directory")
    build.add_argument("--max-chars", type=int, default=ChunkConfig().max_chars,
                       help="longest passage, in characters")
    build.add_argument("--encoder", choices=BACKENDS, default="onnx",
                       help="onnx (exported once to var/encoder, the default) or "
                            "sentence-transformers; both give the same vectors")
    build.add_argument("--if-stale", action="store_true",
                       help="do nothing when the index already matches the articles")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for name in ("index", "corpus"):
        logging.getLogger(name).setLevel(logging.INFO)

    started = time.perf_counter()
    try:
        config = BuildConfig(chunking=ChunkConfig(max_chars=args.max_chars))
        if args.if_stale:
            # The fingerprint needs only the model's name and dimension, which an unloaded
            # encoder knows (both backends share them), so a fresh index costs no model load.
            # Its files are checked against their checksums too: a damaged index is not fresh.
            try:
                check_fresh(args.out, args.corpus, SentenceEncoder(), config, verify=True)
                print(f"index at {args.out} is up to date")
                return 0
            except IndexProblem as err:
                print(f"building: {err}")
        # every core for a build: many texts, one process
        encoder = load_encoder(args.encoder, DEFAULT_ENCODER_DIR, threads=os.cpu_count() or 1)
        store = build_index(args.corpus, args.out, encoder, config, progress=True)
    except (CorpusError, IndexProblem, ModelMissingError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    lengths = [len(chunk.text) for chunk in store.chunks]
    counts = store.manifest.counts
    print(f"indexed {counts.articles} articles -> {counts.chunks} chunks "
          f"({counts.sentences} sentences); median chunk {statistics.median(lengths):.0f} "
          f"chars, longest {max(lengths)}")
    print(f"embedding and indexing {store.manifest.build_seconds:.2f} s, "
          f"total with model load {time.perf_counter() - started:.2f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
