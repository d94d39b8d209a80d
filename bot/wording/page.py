"""What the chat page says around the answers: its title, its introduction, and
the one line shown when something fails on our side."""

from __future__ import annotations

PAGE_TITLE = "Hamstring cramp helper"
INTRO = ("Ask about hamstring cramps: what they are, stretching and massage, heat or ice, "
         "causes, prevention and when to see a doctor. Every answer is quoted from five health "
         "articles and cites its passages. **This is general information, not a doctor.** "
         "In an emergency, call your local emergency number.")
TROUBLE = "Sorry, something went wrong on my side. Please try again in a moment."

# The sources panel beside the chat.
SOURCES_WAITING = ("Ask a question: the passages an answer quotes appear here, the supporting "
                   "sentence highlighted.")
SOURCES_NONE = {"no_answer": "The articles did not cover this question closely enough to quote.",
                "emergency": "This is a safety message; it quotes no article.",
                "crisis": "This is a safety message; it quotes no article."}
SOURCES_NONE_OTHER = "This reply quotes no article."
SOURCES_OF = "Sources of answer {turn}"
READ_IN_ARTICLE = "Read source {number} in its article"
AGREEMENT = "{count} of {total} articles say this"  # the articles of the corpus, cited or not
AGREEMENT_UNCOUNTED = "{count} articles say this"
AGREEMENT_WORDING = "How each one puts it:"
BACK_TO_SOURCES = "Back to the sources"
BACK_TO_SOURCE = "back to source {number}"
PASSAGE_TAG = "source {number}"
ARTICLE_BY = "by {author}"
ARTICLE_REVIEWED = "reviewed by {reviewer}"

# What a rating that could not be kept says.
RATING_NOT_SAVED = "Sorry, your rating could not be saved. Please try again later."
RATINGS_FULL = "Thank you: this conversation has rated as many answers as it can."
