"""What the chat page says around the answers: its title, its introduction, and
the one line shown when something fails on our side."""

from __future__ import annotations

PAGE_TITLE = "Hamstring cramp helper"
INTRO = ("Ask about hamstring cramps: what they are, stretching and massage, heat or ice, "
         "causes, prevention and when to see a doctor. Every answer is quoted from five health "
         "articles and cites its passages. **This is general information, not a doctor.** "
         "In an emergency, call your local emergency number.")
TROUBLE = "Sorry, something went wrong on my side. Please try again in a moment."
RATING_NOT_SAVED = "Sorry, your rating could not be saved. Please try again later."
RATINGS_FULL = "Thank you: this conversation has rated as many answers as it can."
