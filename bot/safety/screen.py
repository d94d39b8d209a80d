"""Which categories' rules can fire on a text at all: one scan per category, before any rule.

Most messages raise nothing, so triage first asks, per category, whether any of its rules'
first patterns occurs, and runs only the rules of the categories where one does. The
question is one search for the alternation of those patterns. Python's `re` tries every
branch at every position of the text, and that was the largest single part of a reply after
the embedding; RE2 (the `google-re2` package) runs an alternation as one automaton, in one
pass over the text.

RE2 knows no lookaround. A pattern with one is screened by RE2 without it, which matches
wherever the pattern does and more, and only where that looser search finds something does
`re` search for the pattern itself. RE2's \\w, \\b and \\s are ASCII, where Python's are
Unicode, so RE2 screens only a text that is all ASCII with no control characters (as the
folded text triage reads almost always is); there both engines read every pattern alike.
Any other text, and every text when RE2 cannot be imported, is screened by `re` alone.
tests/bot/safety/test_screen.py holds the screen to the plain `re` alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property

try:  # an optional speed-up: the screen says the same without it
    import re2
except ImportError:  # pragma: no cover - the project installs it
    re2 = None


class Screen:
    """Per category, a search for any of its patterns, by RE2 where RE2 reads them as `re` does."""

    def __init__(self, patterns: Mapping[str, Sequence[re.Pattern[str]]]) -> None:
        self._patterns = {category: tuple(found) for category, found in patterns.items()}
        # per category: RE2 for the patterns it reads as they are; RE2 for the others without
        # their lookarounds, and where that finds something, `re` for them as they are; `re`
        # alone for any pattern RE2 refuses even so. (One RE2 search over all of them, loose
        # and exact, came out slower: its automaton grows too large.)
        self._fast: dict[str, tuple] = {}
        if re2 is None:
            return
        options = re2.Options()
        options.log_errors = False  # a refusal is expected: that pattern goes to `re`
        for category, found in patterns.items():
            exact, loose, checked, refused = [], [], [], []
            for pattern in found:
                looser = without_lookarounds(pattern.pattern)
                if _compiles(pattern.pattern, options):
                    exact.append(pattern.pattern)
                elif _compiles(looser, options):
                    loose.append(looser)
                    checked.append(pattern)
                else:
                    refused.append(pattern)
            self._fast[category] = (
                re2.compile(_joined(exact), options) if exact else None,
                re2.compile(_joined(loose), options) if loose else None,
                _alternation(checked), _alternation(refused))

    def categories(self, text: str, among: Iterable[str]) -> set[str]:
        """The categories of `among` with a pattern that occurs in `text`."""
        if self._fast and _plain_ascii(text):
            return {c for c in among if self._fast_search(c, text)}
        plain = self._plain
        return {c for c in among if plain[c] is not None and plain[c].search(text)}

    @cached_property
    def _plain(self) -> dict[str, re.Pattern[str] | None]:
        # compiled on first need (a text that is not plain ASCII, or no RE2): four alternations
        # of every first pattern take Python's re a noticeable part of a cold start
        return {category: _alternation(found) for category, found in self._patterns.items()}

    def _fast_search(self, category: str, text: str) -> bool:
        exact, loose, checked, refused = self._fast[category]
        return bool((exact is not None and exact.search(text))
                    or (loose is not None and loose.search(text) and checked.search(text))
                    or (refused is not None and refused.search(text)))


def without_lookarounds(pattern: str) -> str:
    """`pattern` with every lookahead and lookbehind taken out: it matches wherever
    `pattern` does (a lookaround only ever forbids or demands), and maybe elsewhere."""
    out: list[str] = []
    stack: list[bool] = []  # for each open group: is it a lookaround
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        dropping = any(stack)
        if ch == "\\":
            piece, i = pattern[i:i + 2], i + 2
        elif ch == "[":  # a class: its parentheses are letters
            end = i + 1
            if end < n and pattern[end] == "^":
                end += 1
            if end < n and pattern[end] == "]":
                end += 1
            while end < n and pattern[end] != "]":
                end += 2 if pattern[end] == "\\" else 1
            piece, i = pattern[i:end + 1], end + 1
        elif ch == "(":
            lookaround = pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i)
            stack.append(lookaround)
            piece, i = ("" if lookaround else ch), i + 1
        elif ch == ")" and stack:
            piece, i = ("" if stack.pop() else ch), i + 1
        else:
            piece, i = ch, i + 1
        if not dropping:
            out.append(piece)
    return "".join(out)


def _joined(patterns: Sequence[re.Pattern[str] | str]) -> str:
    return "|".join(f"(?:{getattr(p, 'pattern', p)})" for p in patterns)


def _alternation(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str] | None:
    return re.compile(_joined(patterns)) if patterns else None


def _compiles(pattern: str, options) -> bool:
    try:
        re2.compile(pattern, options)
    except re2.error:
        return False
    return True


# ASCII without control characters: where RE2's \w, \b, \s and Python's agree
_PLAIN = re.compile(r"[ -~]*")


def _plain_ascii(text: str) -> bool:
    return text.isascii() and _PLAIN.fullmatch(text) is not None
