"""The chat page: the Gradio Blocks wired to a Chatbot, and the queue every call passes through."""

from __future__ import annotations

import functools
import logging
import os
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import gradio as gr

from bot import Chatbot, Reply
from bot.wording import answers, page as wording
from web.article import article_json
from web.feedback import Feedback, FeedbackStore, Rating
from web.render import answer_markdown, banner_html, retrieved_html, user_markdown
from web.sources import sources_html

log = logging.getLogger(__name__)
PAGE_CSS = Path(__file__).resolve().parent / "page.css"
QUEUE_SIZE = 64
# What one session may keep: its latest exchanges (older ones leave the chat), and how many
# ratings it may write (a repeated rating of the same answer writes nothing).
MAX_EXCHANGES = 50
MAX_RATINGS = 100
# Replies run side by side, one per core (Chatbot.reply is thread-safe). Each embeds with
# ChatbotConfig.encoder_threads ONNX Runtime threads, which sleep rather than spin when idle,
# so two replies on two cores share them instead of fighting for them.
CONCURRENT_REPLIES = os.cpu_count() or 1
# Gradio scopes the rules of css_paths inside its content box; the page margin lies outside it.
PHONE_MARGIN = ("<style>@media (max-width: 600px) { .gradio-container .main.app "
                "{ padding-left: 8px !important; padding-right: 8px !important; } }</style>")
# Where the address points into the sources panel (a card, a passage in its article), bring
# it into view and move the focus there, so keyboard and screen-reader users land where the
# eye does. The browser scrolled the page to put the target at its top; where the panel
# scrolls on its own (wide screens), the panel is brought back into view whole instead.
# Run when the address changes, and after the panel is redrawn for an earlier answer.
SHOW_TARGET = """() => {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = /^(source|read)-/.test(id) && document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({block: "nearest"});
  document.getElementById("sources").scrollIntoView({block: "nearest"});
  target.focus({preventScroll: true});
}"""
FOLLOW_ADDRESS = f"window.addEventListener('hashchange', {SHOW_TARGET});"


@dataclass(frozen=True)
class Exchange:
    """One question, the bot's reply to it, and the rating saved for it (if any).

    `answer_id` is random: it ties a changed rating to the one it replaces in the ratings
    file, and nothing else (not the person, not the session).
    """

    question: str
    reply: Reply
    rating: Rating | None = None
    answer_id: str = field(default_factory=lambda: secrets.token_hex(8))


Conversation = tuple[Exchange, ...]


def safe_reply(chatbot: Chatbot, message: Any, history: Any) -> Reply:
    """The bot's reply; an unexpected failure becomes a kind message, its traceback a log line."""
    try:
        return chatbot.reply(message, history)
    except Exception:
        log.exception("reply failed")
        return Reply("invalid_input", wording.TROUBLE)


def history_of(conversation: Conversation) -> list[dict[str, str]]:
    """The conversation as the bot reads it: the raw texts, in Gradio's messages format."""
    return [{"role": role, "content": text} for ex in conversation
            for role, text in (("user", ex.question), ("assistant", ex.reply.text))]


def shown_question(message: Any, limit: int) -> str:
    """The message as kept and echoed: a too-long one is cut at the limit the bot enforces."""
    text = message if isinstance(message, str) else ""
    return text if len(text) <= limit else text[:limit] + "…"


def chat_messages(conversation: Conversation) -> list[dict[str, str]]:
    """The Chatbot's value: escaped questions, answers with linked markers."""
    return [message for turn, ex in enumerate(conversation) for message in (
        {"role": "user", "content": user_markdown(ex.question)},
        {"role": "assistant", "content": answer_markdown(ex.reply, turn)})]


def build_page(chatbot: Chatbot, feedback: FeedbackStore | None = None) -> gr.Blocks:
    """The Gradio Blocks of the page; `feedback=None` turns the thumbs off."""
    limit = chatbot.config.max_message_chars

    def panels(conversation: Conversation, turn: int | None = None) -> tuple[str, str]:
        if not conversation:
            return sources_html(None), retrieved_html(None)
        latest = len(conversation) - 1
        turn = latest if turn is None else turn
        reply = conversation[turn].reply
        articles = chatbot.store.articles if reply.citations else None
        return (sources_html(reply, turn, latest=turn == latest, articles=articles),
                retrieved_html(reply))

    def respond(message: str, conversation: Conversation):
        if isinstance(message, str) and not message.strip():
            return (gr.skip(),) * 6
        reply = safe_reply(chatbot, message, history_of(conversation))
        conversation = (*conversation, Exchange(shown_question(message, limit), reply))
        conversation = conversation[-MAX_EXCHANGES:]
        return (chat_messages(conversation), "", *panels(conversation), banner_html(reply),
                conversation)

    def ask(message: str, history: list[dict] | None = None) -> dict:
        """The bot's reply as JSON: kind, answer, citations (with quote spans) and retrieved."""
        return safe_reply(chatbot, message, history).to_json()

    def article(source: str) -> dict:
        """A cited article as the bot indexed it: metadata, text, and blocks with their spans.

        `source` is a citation's `source`; its `article_spans` slice this `text` to the quote.
        """
        found = chatbot.store.articles.get(source) if isinstance(source, str) else None
        if found is None:
            raise gr.Error(f"no article {source!r}: pass a citation's `source`")
        return article_json(found)

    def pick(conversation: Conversation, event: gr.SelectData):
        turn = _index(event.index) // 2
        if not 0 <= turn < len(conversation):
            return gr.skip(), gr.skip()
        return panels(conversation, turn)

    def rate(conversation: Conversation, ratings: int, event: gr.LikeData):
        """Save a thumb once per answer (a changed one replaces it); say when it was not saved."""
        turn = _index(event.index) // 2
        rating = "up" if event.liked is True else "down" if event.liked is False else None
        if feedback is None or rating is None or not 0 <= turn < len(conversation):
            return gr.skip(), gr.skip(), gr.skip()  # an undone rating, or not an answer's index
        exchange = conversation[turn]
        if exchange.rating == rating:
            return gr.skip(), gr.skip(), gr.skip()  # already saved: nothing more to write
        if ratings >= MAX_RATINGS:
            gr.Warning(wording.RATINGS_FULL)
            return gr.update(feedback_value=thumbs(conversation, unsaved=turn)), gr.skip(), gr.skip()
        try:
            feedback.record(Feedback.of(rating, exchange.question, exchange.reply,
                                        answer_id=exchange.answer_id))
        except OSError as err:  # a full or read-only disk: say so, and un-choose the thumb
            log.error("a rating could not be saved: %s", err)
            gr.Warning(wording.RATING_NOT_SAVED)
            return gr.update(feedback_value=thumbs(conversation, unsaved=turn)), gr.skip(), gr.skip()
        rated = replace(exchange, rating=rating)
        return gr.skip(), (*conversation[:turn], rated, *conversation[turn + 1:]), ratings + 1

    def clear():
        return [], "", *panels(()), "", ()

    with gr.Blocks(title=wording.PAGE_TITLE, analytics_enabled=False) as page:
        gr.Markdown(f"# {wording.PAGE_TITLE}\n{wording.INTRO}", elem_id="intro")
        banner = gr.HTML("", label="urgent banner", elem_id="urgent")
        conversation = gr.State(())
        ratings = gr.State(0)  # ratings this session has written; Clear does not reset it
        with gr.Row(equal_height=False, elem_id="main-row"):
            with gr.Column(scale=3, min_width=320):
                chat = gr.Chatbot(
                    label="Chat", show_label=False, elem_id="chat", height=520, layout="bubble",
                    sanitize_html=True, allow_tags=False, latex_delimiters=[],
                    # An empty tuple hides the thumbs; None stops Gradio 6.31 showing replies at all.
                    buttons=["copy"], feedback_options=("Like", "Dislike") if feedback else (),
                    placeholder="Ask a question below, or pick an example.")
                with gr.Row(elem_id="ask-row"):
                    box = gr.Textbox(placeholder="Ask about hamstring cramps", show_label=False,
                                     max_length=limit, scale=5, elem_id="question", autofocus=True)
                    send = gr.Button("Ask", variant="primary", scale=1, min_width=80)
                # Plain buttons, not the Chatbot's examples: those sit in a role="list" of
                # buttons, which screen readers cannot walk (axe: aria-required-children).
                with gr.Row(elem_id="examples"):
                    examples = [gr.Button(question, size="sm", variant="secondary", min_width=0)
                                for question in answers.EXAMPLE_QUESTIONS]
                clear_button = gr.Button("Clear conversation", size="sm", elem_id="clear")
            with gr.Column(scale=2, min_width=300, elem_id="sources-column"):
                gr.Markdown("## Sources", elem_id="sources-heading")
                sources = gr.HTML(sources_html(None), label="sources", elem_id="sources",
                                  js_on_load=FOLLOW_ADDRESS)
                with gr.Accordion("All retrieved passages", open=False, elem_id="retrieved"):
                    retrieved = gr.HTML(retrieved_html(None), label="retrieved passages")
        outputs = [chat, box, sources, retrieved, banner, conversation]
        box.submit(respond, [box, conversation], outputs, api_name="chat", show_progress_on=chat)
        send.click(respond, [box, conversation], outputs, api_visibility="private",
                   show_progress_on=chat)
        for button, question in zip(examples, answers.EXAMPLE_QUESTIONS):
            button.click(functools.partial(respond, question), [conversation], outputs,
                         api_visibility="private", show_progress_on=chat)
        chat.select(pick, [conversation], [sources, retrieved], api_visibility="private").then(
            None, js=SHOW_TARGET)
        clear_button.click(clear, None, outputs, api_visibility="private")
        chat.clear(clear, None, outputs, api_visibility="private")  # the Chatbot's own bin icon
        chat.like(rate, [conversation, ratings], [chat, conversation, ratings],
                  api_visibility="private")
        gr.api(ask, api_name="ask")
        gr.api(article, api_name="article")
    return page


def thumbs(conversation: Conversation, *, unsaved: int) -> list[str | None]:
    """The Chatbot's feedback_value: the saved rating of each answer, in order, with the
    thumb just clicked at answer `unsaved` put back to what was saved.

    A click sets the thumb in the browser alone, and the Chatbot redraws it only when its
    value changes to one that is not empty. An answer with no saved rating gets a value
    never sent before that is neither thumb, so the clicked thumb shows unchosen again."""
    shown = [{"up": "Like", "down": "Dislike"}.get(ex.rating) for ex in conversation]
    if shown[unsaved] is None:
        shown[unsaved] = f"not saved {secrets.token_hex(4)}"
    return shown


def _index(index: Any) -> int:
    """A Chatbot event's message index (an int for messages, a pair in older formats); -1,
    which points at no message, for anything else a hand-made call may send."""
    if isinstance(index, (list, tuple)) and index:
        index = index[0]
    return index if type(index) is int else -1


def page_style() -> dict[str, Any]:
    """How the page looks, for the server that mounts it (web/server.py)."""
    # Gradio's default theme serves its fonts itself: the page loads nothing remote.
    return {"footer_links": ["api", "settings"], "css_paths": [PAGE_CSS], "head": PHONE_MARGIN,
            "theme": gr.themes.Default(primary_hue="teal", neutral_hue="slate")}


def queue_page(page: gr.Blocks) -> gr.Blocks:
    """Put every call of the page, from a browser or gradio_client, through one bounded queue."""
    return page.queue(max_size=QUEUE_SIZE, api_open=False,
                      default_concurrency_limit=CONCURRENT_REPLIES)
