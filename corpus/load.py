"""Read a folder of articles (.txt, .md, .html) with their metadata into cleaned Articles."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus.clean import clean_text, find_title
from corpus.records import Article

log = logging.getLogger(__name__)

DEFAULT_CORPUS = Path(__file__).resolve().parent / "data"
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
METADATA_FILE = "sources.json"
METADATA_FIELDS = ("title", "publisher", "author", "reviewed_by", "url", "date")
MAX_ARTICLE_BYTES = 2_000_000


class CorpusError(Exception):
    """The corpus folder cannot be used at all (missing, or no article in it survives)."""


@dataclass(frozen=True)
class SkippedFile:
    path: Path
    reason: str


def article_files(folder: Path) -> list[Path]:
    """The article files of a folder, in name order; READMEs and metadata are not articles."""
    if not folder.is_dir():
        raise CorpusError(f"no corpus folder at {folder}; pass --corpus with a folder of "
                          f".txt, .md or .html articles")
    return sorted(
        path for path in folder.iterdir()
        if path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES
        and not path.name.lower().startswith("readme") and not path.name.startswith(".")
    )


def articles_digest(folder: Path) -> str:
    """A hash of the article files of `folder`, by name and bytes: which articles it holds,
    whatever the code that cleans them (index.build.corpus_fingerprint hashes that too)."""
    digest = hashlib.sha256()
    for path in article_files(folder):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def load_corpus(folder: Path = DEFAULT_CORPUS) -> list[Article]:
    """Load and clean every article of `folder`; unusable files are skipped with a warning."""
    articles, skipped = load_corpus_report(folder)
    for skip in skipped:
        log.warning("skipped %s: %s", skip.path, skip.reason)
    if not articles:
        raise CorpusError(f"no usable article in {folder} (skipped {len(skipped)} files); "
                          f"add .txt, .md or .html files with article text")
    return articles


def load_corpus_report(folder: Path) -> tuple[list[Article], list[SkippedFile]]:
    """Like `load_corpus`, but returns the skipped files instead of logging them."""
    shared = _read_metadata_file(folder / METADATA_FILE)
    articles: list[Article] = []
    skipped: list[SkippedFile] = []
    for path in article_files(folder):
        metadata = {**shared.get(path.name, {}), **_read_metadata_file(path.with_suffix(".json"))}
        try:
            articles.append(load_article(path, metadata))
        except ArticleError as err:
            skipped.append(SkippedFile(path, str(err)))
    return articles, skipped


class ArticleError(Exception):
    """One article file cannot be used; the rest of the corpus still loads."""


def load_article(path: Path, metadata: dict[str, Any] | None = None) -> Article:
    """Read, decode and clean one article file.

    Raises:
        ArticleError: the file is unreadable, too large, binary, not UTF-8, or has no content.
    """
    metadata = metadata or {}
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ArticleError(f"cannot be read ({err.strerror or err})") from err
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"is {len(data):,} bytes; articles must be under "
                           f"{MAX_ARTICLE_BYTES:,} bytes (split it into several files)")
    if b"\x00" in data[:8192]:
        raise ArticleError("is binary, not text")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleError(f"is not UTF-8 text (byte {err.start}); save it as UTF-8") from err
    html_title = None
    if path.suffix.lower() in (".html", ".htm"):
        raw, html_title = html_to_markdown(raw)
    title = metadata.get("title") or html_title or find_title(raw) or title_from_name(path)
    blocks = clean_text(raw, title=title)
    if not any(block.kind == "text" for block in blocks):
        raise ArticleError("has no article text left after cleaning (empty, or only page boilerplate)")
    fields = {key: metadata.get(key) for key in METADATA_FIELDS if key != "title"}
    return Article(id=path.stem, title=title, blocks=blocks, path=path.name, **fields)


def html_to_markdown(html: str) -> tuple[str, str | None]:
    """The main content of an HTML page as Markdown, and its title, through trafilatura."""
    import trafilatura  # only HTML articles need it; it is slow to import

    text = trafilatura.extract(html, output_format="markdown", include_comments=False,
                               include_tables=False, include_images=False, include_links=False,
                               favor_precision=True) or ""
    metadata = trafilatura.extract_metadata(html)
    return text, (metadata.title if metadata and metadata.title else None)


def title_from_name(path: Path) -> str:
    """A readable title from a file name: words kept, numbering and hashes dropped."""
    words = [w for w in re.split(r"[_\-\s]+", path.stem)
             if w and not re.fullmatch(r"[0-9a-f]{8,}", w.lower())]
    named = [w for w in words if not w.isdigit()]
    if named:
        return " ".join(named).capitalize()
    return f"Untitled article {' '.join(words) or path.stem}".strip()


def _read_metadata_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        log.warning("ignored metadata file %s: %s", path, err)
        return {}
    if not isinstance(data, dict):
        log.warning("ignored metadata file %s: expected a JSON object", path)
        return {}
    return data
