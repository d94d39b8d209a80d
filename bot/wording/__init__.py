"""Every sentence the bot writes itself, in one place a clinician can review: the answers'
frames (answers.py), the safety replies (safety.py) and the page around them (page.py).

Nothing here is a medical claim of the bot's own: those are quoted from the articles."""
