"""XML plumbing shared by the MSPDI and PMXML readers: bounded-memory parsing and errors.

:class:`XmlStream` builds elements as it goes (like ``iterparse``, with the limits of
:class:`ReadLimits` enforced while streaming); the readers drop each processed record
element, so memory stays bounded by one record whatever the file size. A parse error
becomes a :class:`ScheduleFileError` carrying the line the parser stopped at.
"""

from __future__ import annotations

import codecs
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import cast

from ._errors import ScheduleFileError
from ._source import BOM_UTF8, Input
from ._xmlscan import parse_attributes

__all__ = ["XmlStream", "children_text", "local_name", "probe_root", "xml_encoding"]

#: Bytes fed to the parser at a time: small chunks keep the elements of one feed in the
#: CPU cache (16 KiB is ``iterparse``'s size, and 25 % faster than 256 KiB). While a feed
#: produces no event (a long token), each next chunk is twice as large, up to
#: ``_MAX_CHUNK``: an expat older than 2.6.0 re-scans the incomplete token on every feed,
#: and growing chunks make that re-scanning linear in the token's size, not quadratic.
_CHUNK = 16 * 1024
_MAX_CHUNK = 1024 * 1024


def xml_encoding(head: bytes) -> str:
    """The encoding a reader would use: BOM first, then the declaration, else UTF-8."""
    if head.startswith(BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return declared_encoding(head) or "utf-8"


def declared_encoding(head: bytes) -> str | None:
    """The ``encoding`` of an ``<?xml ...?>`` declaration at the start, lower-cased."""
    text = head[:4096].lstrip().decode("latin-1")
    if not text.startswith("<?xml"):
        return None
    end = text.find("?>")
    if end < 0:
        return None
    for name, value in parse_attributes(text[5:end]):
        if name == "encoding":
            value = value.strip()
            ok = value and all(c.isascii() and (c.isalnum() or c in "._-") for c in value)
            return value.lower() if ok else None
    return None


class XmlStream:
    """Start/end events of a document, fed in chunks, with the limits enforced as it goes.

    - **Depth**: a start deeper than ``max_depth`` is refused at once.
    - **Token size**: expat builds one token (a tag with its attributes, a text, a
      comment) before it reports it, and an expat older than 2.6.0 re-scans an
      incomplete token on every feed (quadratic: 150 s for a 70 MB attribute). Refusing
      once more than ``max_token_bytes`` were fed without any event bounds the memory,
      and chunks that double while no event comes keep the re-scanning linear.
    - **Held elements**: every started element counts until the reader drops it (or its
      ancestor) with :meth:`drop`; more than ``max_held_elements`` alive is refused, so a
      record with millions of children cannot fill the memory.

    Iterating yields ``("start" | "end", element)`` like ``iterparse``.
    """

    def __init__(self, inp: Input) -> None:
        self._inp = inp
        self._limits = inp.limits
        self._held = 0
        self._opened: list[int] = []  # ``_held`` just before each open element started
        self._last_size = 0  # elements still held in the subtree of the last ended one

    def __iter__(self) -> Iterator[tuple[str, ET.Element]]:
        parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(
            events=("start", "end", "comment", "pi")
        )
        limits, read = self._limits, self._inp.read
        max_depth, max_held = limits.max_depth, limits.max_held_elements
        opened = self._opened
        quiet = 0  # bytes fed since the last event
        size = _CHUNK
        try:
            while True:
                chunk = read(size)
                if chunk:
                    parser.feed(chunk)
                else:
                    parser.close()
                progressed = False
                # The counters are inlined: this loop runs twice per element.
                # Only start and end events carry an element; comments and PIs are progress.
                events = cast("Iterator[tuple[str, ET.Element]]", parser.read_events())
                for event, elem in events:
                    progressed = True
                    if event == "start":
                        opened.append(self._held)
                        self._held += 1
                        if len(opened) > max_depth or self._held > max_held:
                            raise self._too_big()
                        yield event, elem
                    elif event == "end":
                        # Only drops of just-ended children happen while an element is
                        # open, so what is held now is exactly its subtree's live elements.
                        self._last_size = self._held - opened.pop()
                        yield event, elem
                if not chunk:
                    return
                if progressed:
                    quiet, size = 0, _CHUNK
                else:
                    quiet, size = quiet + len(chunk), min(size * 2, _MAX_CHUNK)
                if quiet > limits.max_token_bytes:
                    raise self._error(
                        f"more than {limits.max_token_bytes} bytes without an element "
                        "boundary: a single text, attribute or declaration is too large "
                        "(ReadLimits.max_token_bytes)"
                    )
        except ET.ParseError as exc:
            line = exc.position[0] if exc.position else None
            raise ScheduleFileError(
                f"malformed XML: {exc.msg if hasattr(exc, 'msg') else exc}",
                file_name=self._inp.file_name,
                line=line,
            ) from None

    def drop(self, parent: ET.Element, elem: ET.Element) -> None:
        """Remove ``elem``, the element of the latest end event, and free its subtree."""
        parent.remove(elem)
        self._held -= self._last_size
        self._last_size = 0

    def _too_big(self) -> ScheduleFileError:
        limits = self._limits
        if len(self._opened) > limits.max_depth:
            return self._error(
                f"elements are nested deeper than {limits.max_depth} levels (ReadLimits.max_depth)"
            )
        return self._error(
            f"more than {limits.max_held_elements} elements in one record "
            "(ReadLimits.max_held_elements)"
        )

    def _error(self, message: str) -> ScheduleFileError:
        return ScheduleFileError(
            f"{message}: this is not a schedule file", file_name=self._inp.file_name
        )


def probe_root(inp: Input) -> tuple[str, str | None]:
    """Parse up to the root element; raise :class:`ScheduleFileError` if the XML is broken."""
    for _event, elem in XmlStream(inp):
        ns, local = split_tag(elem.tag)
        return local, ns
    raise ScheduleFileError("malformed XML: no root element", file_name=inp.file_name)


def split_tag(tag: str) -> tuple[str | None, str]:
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return None, tag


def local_name(tag: str) -> str:
    return tag.rpartition("}")[2]


def children_text(elem: ET.Element) -> dict[str, str]:
    """Direct children's text by local name (the last one wins); empty text is ``""``."""
    return {local_name(c.tag): (c.text or "").strip() for c in elem}
