"""What the chat page shows and keeps: replies rendered as safe markdown and HTML, ratings on disk."""

from web.article import article_json, article_view
from web.feedback import DEFAULT_FEEDBACK, Feedback, FeedbackStore
from web.render import (URGENT_KINDS, anchor, answer_markdown, banner_html, escape_html,
                        escape_markdown, highlight, retrieved_html, user_markdown)
from web.sources import sources_html

__all__ = [
    "DEFAULT_FEEDBACK", "URGENT_KINDS", "Feedback", "FeedbackStore", "anchor", "answer_markdown",
    "article_json", "article_view", "banner_html", "escape_html", "escape_markdown", "highlight",
    "retrieved_html", "sources_html", "user_markdown",
]
