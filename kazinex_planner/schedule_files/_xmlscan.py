"""Hand-written scanners for the start of an XML document: prolog, root tag, attributes.

The sniffer reads these from the first 64 KB of untrusted bytes, on every upload. A
regular expression with nested quantifiers once took 2^n steps on ``<!DOCTYPE`` followed by
repeated ``[x]`` (40 repetitions, a 129-byte file, took more than 30 s), so the structure is
walked here with ``str.find`` and one pass per item: every function is linear in its input,
whatever the input. The only regular expression left matches a name and cannot backtrack
(each part's characters exclude the next part's first character), and the two that skip
whitespace or an attribute name are a single character class.
"""

from __future__ import annotations

import re

__all__ = ["parse_attributes", "parse_start_tag", "skip_prolog"]

_NAME = re.compile(r"[A-Za-z_][\w.\-]*(?::[\w.\-]+)?")
_ATTR_NAME = re.compile(r"[^=\s]*")
_SPACE = re.compile(r"\s*")


def _skip_space(text: str, pos: int) -> int:
    m = _SPACE.match(text, pos)
    return m.end() if m else pos


def _doctype_end(text: str, pos: int) -> int:
    """Where ``<!DOCTYPE ...>`` starting at ``pos`` ends, or -1 if it does not end.

    An internal subset ``[...]`` runs to the first ``]``; a ``>`` outside it closes the
    declaration. Each character is looked at once.
    """
    pos += len("<!DOCTYPE")
    while True:
        gt = text.find(">", pos)
        bracket = text.find("[", pos, gt if gt >= 0 else len(text))
        if bracket < 0:
            return gt + 1 if gt >= 0 else -1
        close = text.find("]", bracket + 1)
        if close < 0:
            return -1
        pos = close + 1


def skip_prolog(text: str) -> int:
    """The offset of the first character after the prolog (declarations, comments, PIs,
    a DOCTYPE and whitespace); the root element should start there."""
    pos = 0
    while True:
        pos = _skip_space(text, pos)
        if text.startswith("<?", pos):
            end = text.find("?>", pos + 2)
            nxt = end + 2 if end >= 0 else -1
        elif text.startswith("<!--", pos):
            end = text.find("-->", pos + 4)
            nxt = end + 3 if end >= 0 else -1
        elif text.startswith("<!DOCTYPE", pos):
            nxt = _doctype_end(text, pos)
        else:
            return pos
        if nxt < 0:
            return pos  # an unterminated item: the root is not in this text
        pos = nxt


def parse_start_tag(text: str, pos: int) -> tuple[str, str] | None:
    """``(qualified name, attribute text)`` of the start tag at ``pos``, or ``None``.

    The attribute text is everything between the name and the closing ``>`` (without a
    trailing ``/``); the tag must close before any other ``<``.
    """
    if not text.startswith("<", pos):
        return None
    m = _NAME.match(text, pos + 1)
    if m is None:
        return None
    name, after = m.group(), m.end()
    gt = text.find(">", after)
    if gt < 0:
        return None
    if text.find("<", after, gt) >= 0:
        return None
    body = text[after:gt]
    if body.endswith("/"):
        body = body[:-1]
    if body and not body[0].isspace():
        return None  # the name runs into another character: not a well-formed tag
    return name, body


def parse_attributes(text: str) -> list[tuple[str, str]]:
    """``name="value"`` pairs in order; stops at the first thing that is not one."""
    pairs: list[tuple[str, str]] = []
    pos, end = 0, len(text)
    while True:
        pos = _skip_space(text, pos)
        if pos >= end:
            return pairs
        m = _ATTR_NAME.match(text, pos)
        eq = m.end() if m else pos
        name = text[pos:eq]
        eq = _skip_space(text, eq)
        if not name or eq >= end or text[eq] != "=":
            return pairs
        q = _skip_space(text, eq + 1)
        if q >= end or text[q] not in "\"'":
            return pairs
        close = text.find(text[q], q + 1)
        if close < 0:
            return pairs
        pairs.append((name, text[q + 1 : close]))
        pos = close + 1
