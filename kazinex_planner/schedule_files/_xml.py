"""XML plumbing shared by the MSPDI and PMXML readers: bounded-memory parsing and errors.

``iterparse`` builds elements as it goes; the readers remove each processed record element
from its parent, so memory stays bounded by one record whatever the file size. A parse
error becomes a :class:`ScheduleFileError` carrying the line the parser stopped at.
"""

from __future__ import annotations

import codecs
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from ._errors import ScheduleFileError
from ._source import BOM_UTF8, Input
from ._xmlscan import parse_attributes

__all__ = ["children_text", "local_name", "parse_events", "probe_root", "xml_encoding"]


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


def parse_events(inp: Input) -> Iterator[tuple[str, ET.Element]]:
    """``iterparse`` start/end events; a parse error is raised with its line."""
    try:
        yield from ET.iterparse(inp, events=("start", "end"))
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else None
        raise ScheduleFileError(
            f"malformed XML: {exc.msg if hasattr(exc, 'msg') else exc}",
            file_name=inp.file_name,
            line=line,
        ) from None


def probe_root(inp: Input) -> tuple[str, str | None]:
    """Parse up to the root element; raise :class:`ScheduleFileError` if the XML is broken."""
    for _event, elem in parse_events(inp):
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
