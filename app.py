"""The chat page: `python app.py` serves it on http://127.0.0.1:7860."""

from __future__ import annotations

import argparse
import html
import logging
import os
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from bot import Chatbot, ChatbotConfig, Reply  # noqa: E402
from corpus import DEFAULT_CORPUS  # noqa: E402
from index import DEFAULT_INDEX  # noqa: E402

log = logging.getLogger("app")
TROUBLE = "Sorry, something went wrong on my side. Please try again in a moment."


def sources_html(reply: Reply) -> str:
    """The cited passages, each with its quoted sentence marked; every bit of text escaped."""
    if not reply.citations:
        return "<p><em>No sources for this reply.</em></p>"
    parts = []
    for citation in reply.citations:
        passage = citation.passage
        pieces, last = [], 0
        for a, b in sorted(citation.quote_spans):
            pieces += [html.escape(passage[last:a]), f"<mark>{html.escape(passage[a:b])}</mark>"]
            last = b
        pieces.append(html.escape(passage[last:]))
        where = " · ".join(html.escape(p) for p in (citation.publisher, citation.section) if p)
        parts.append(
            f"<div class='source' id='source-{citation.number}'><h4>[{citation.number}] "
            f"{html.escape(citation.title)}</h4><p class='where'>{where} · score "
            f"{citation.score:.3f}</p><p>{''.join(pieces)}</p></div>")
    return "\n".join(parts)


def build_page(chatbot: Chatbot):
    import gradio as gr

    def respond(message: str, history: list[dict]):
        try:
            reply = chatbot.reply(message, history)
        except Exception:
            log.exception("reply failed")
            reply = Reply("invalid_input", TROUBLE)
        history = [*history, {"role": "user", "content": message},
                   {"role": "assistant", "content": reply.text}]
        return history, "", sources_html(reply)

    with gr.Blocks(title="Hamstring cramp helper") as page:
        gr.Markdown("## Hamstring cramp helper\nAnswers quoted from five articles, with their "
                    "sources. General information, not a doctor.")
        with gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(label="Chat", height=480, sanitize_html=True)
                box = gr.Textbox(placeholder="Ask about hamstring cramps", show_label=False,
                                 max_length=chatbot.config.max_message_chars)
            with gr.Column(scale=2):
                sources = gr.HTML("<p><em>Sources appear here.</em></p>", label="Sources")
        box.submit(respond, [box, chat], [chat, box, sources], api_name="chat")
    return page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to bind; 0.0.0.0 opens the page to the network")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 7860)))
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--index", type=Path, default=DEFAULT_INDEX)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    chatbot = Chatbot(ChatbotConfig(corpus_dir=args.corpus, index_dir=args.index)).load()
    build_page(chatbot).queue(max_size=64).launch(server_name=args.host, server_port=args.port)


if __name__ == "__main__":
    main()
