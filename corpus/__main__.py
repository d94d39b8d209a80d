"""`python -m corpus show`: print the cleaned articles and their chunks, as the bot will cite them."""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
from pathlib import Path

from corpus.chunk import ChunkConfig, chunk_article
from corpus.load import DEFAULT_CORPUS, CorpusError, load_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpus", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    show = sub.add_parser("show", help="print cleaned articles and their chunks")
    show.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of articles")
    show.add_argument("--article", help="only the article with this id (file name without suffix)")
    show.add_argument("--max-chars", type=int, default=ChunkConfig().max_chars)
    show.add_argument("--json", action="store_true", help="one JSON line per chunk")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")

    try:
        config = ChunkConfig(max_chars=args.max_chars)
        articles = load_corpus(args.corpus)
    except (CorpusError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    lengths = []
    for article in articles:
        if args.article and article.id != args.article:
            continue
        chunks = chunk_article(article, config)
        lengths += [len(c.text) for c in chunks]
        if args.json:
            for chunk in chunks:
                print(json.dumps(chunk.to_json(), ensure_ascii=False))
            continue
        print(f"=== {article.id}: {article.title}")
        known = ", ".join(f"{k}: {v}" for k, v in (("publisher", article.publisher),
                          ("author", article.author), ("reviewed by", article.reviewed_by),
                          ("date", article.date), ("url", article.url)) if v)
        if known:
            print(f"    {known}")
        print("--- cleaned text")
        print(article.text)
        print(f"--- {len(chunks)} chunks")
        for chunk in chunks:
            print(f"[{chunk.id}] {chunk.section} ({len(chunk.text)} chars, "
                  f"{len(chunk.sentences)} sentences)")
            print("    " + chunk.text.replace("\n", "\n    "))
        print()
    if lengths and not args.json:
        print(f"{len(lengths)} chunks; median {statistics.median(lengths):.0f} chars, "
              f"max {max(lengths)} chars")
    return 0


if __name__ == "__main__":
    sys.exit(main())
