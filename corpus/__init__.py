"""Articles on disk -> cleaned text -> sections -> Chunk records."""

from corpus.chunk import ChunkConfig, chunk_article, split_sections
from corpus.clean import clean_text
from corpus.load import DEFAULT_CORPUS, ArticleError, CorpusError, load_article, load_corpus
from corpus.records import Article, Block, Chunk
from corpus.sentences import split_sentences

__all__ = [
    "DEFAULT_CORPUS", "Article", "ArticleError", "Block", "Chunk", "ChunkConfig", "CorpusError",
    "chunk_article", "clean_text", "load_article", "load_corpus", "split_sections",
    "split_sentences",
]
