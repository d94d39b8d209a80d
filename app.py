"""The chat page: `python app.py` serves it on http://127.0.0.1:7860.

Only arguments, logging and serving live here; the page itself is `web/page.py`.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from bot import Chatbot, ChatbotConfig  # noqa: E402
from bot.safety.bank import BankError  # noqa: E402
from bot.softmax import ModelError  # noqa: E402
from corpus import DEFAULT_CORPUS, CorpusError  # noqa: E402
from index import DEFAULT_INDEX, IndexProblem, ModelMissingError  # noqa: E402
from web import DEFAULT_FEEDBACK, FeedbackStore  # noqa: E402
from web.page import build_page  # noqa: E402
from web.server import ServerConfig, check_port, create_app, serve  # noqa: E402

LOG_RECORD_CHARS = 2000  # one request, however odd, writes at most about this much


class BoundedFormatter(logging.Formatter):
    """Log records cut to LOG_RECORD_CHARS, a traceback included, so no request floods the log."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text if len(text) <= LOG_RECORD_CHARS else text[:LOG_RECORD_CHARS] + " …[cut]"


def port_argument(text: str) -> int:
    try:
        return check_port(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from err


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to bind; 0.0.0.0 opens the page to the network")
    parser.add_argument("--port", type=port_argument, default=None,
                        help="port to serve on (default: $PORT, else 7860; 0 for any free one)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--index", type=Path, default=DEFAULT_INDEX)
    parser.add_argument("--feedback", type=Path, default=DEFAULT_FEEDBACK,
                        help="JSON-lines file the thumbs up/down are appended to")
    parser.add_argument("--no-feedback", action="store_true", help="hide the thumbs, store nothing")
    args = parser.parse_args()
    if args.port is None:
        try:
            args.port = check_port(os.environ.get("PORT", "7860"))
        except ValueError as err:
            parser.error(f"$PORT: {err}")
    handler = logging.StreamHandler()
    handler.setFormatter(BoundedFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    logging.getLogger("httpx").setLevel(logging.WARNING)  # Gradio's own start-up probes
    chatbot = Chatbot(ChatbotConfig(corpus_dir=args.corpus, index_dir=args.index))
    # The model and index load while the page is put together. Any other error than these
    # is raised here by result(), in the main thread, and stops the app as a failed load must.
    with ThreadPoolExecutor(1, thread_name_prefix="load-chatbot") as pool:
        loading = pool.submit(chatbot.load)
        feedback = None if args.no_feedback else FeedbackStore(args.feedback)
        page = build_page(chatbot, feedback)
        config = ServerConfig(host=args.host, port=args.port)
        app = create_app(chatbot, page, config)
        try:
            loading.result()
        except (CorpusError, IndexProblem, ModelMissingError, BankError, ModelError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
    try:
        serve(app, config)
    except OSError as err:  # the port is taken or the address is not this machine's
        print(f"error: cannot serve on {args.host}:{args.port} ({err}); try another --port",
              file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
