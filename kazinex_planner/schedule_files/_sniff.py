"""Deciding the format from the first bytes, without parsing the file.

The emulator answers 415 from this alone, and the readers use it to pick a parser, so it
must be cheap (linear in the head, see ``_xmlscan``) and must not guess: an XER starts with
``ERMHDR`` (after an optional BOM), MSPDI is XML whose root is ``Project`` in the MS Project
namespace, PMXML is XML whose root is ``APIBusinessObjects``. Anything else is ``None``.
"""

from __future__ import annotations

import codecs

from ._records import ScheduleFormat
from ._source import BOM_UTF8
from ._xmlscan import parse_attributes, parse_start_tag, skip_prolog

__all__ = ["MSPDI_NAMESPACE", "describe_unknown", "looks_like_xml", "root_element", "sniff_format"]

MSPDI_NAMESPACE = "http://schemas.microsoft.com/project"


def sniff_format(head: bytes) -> ScheduleFormat | None:
    """Return ``"xer"``, ``"mspdi"``, ``"pmxml"`` or ``None`` from the first few KB."""
    data = bytes(head[: 64 * 1024])
    if data.startswith(BOM_UTF8):
        data = data[3:]
    if data.startswith(b"ERMHDR") and data[6:7] in (b"", b"\t", b"\r", b"\n"):
        return "xer"
    root = root_element(head)
    if root is None:
        return None
    local, namespace = root
    if local == "Project" and namespace == MSPDI_NAMESPACE:
        return "mspdi"
    if local == "APIBusinessObjects":
        return "pmxml"
    return None


def _xml_text(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if data.startswith(BOM_UTF8):
        data = data[3:]
    # Only ASCII matters for the prolog and the root tag; replacement keeps offsets sane.
    return data.decode("utf-8", errors="replace")


def looks_like_xml(head: bytes) -> bool:
    """True when the first non-blank character is ``<`` (in UTF-8 or UTF-16)."""
    return _xml_text(bytes(head[:256])).lstrip().startswith("<")


def root_element(head: bytes) -> tuple[str, str | None] | None:
    """The root element's local name and namespace URI, or ``None`` if not found in ``head``."""
    text = _xml_text(bytes(head[: 64 * 1024]))
    tag = parse_start_tag(text, skip_prolog(text))
    if tag is None:
        return None
    qname, attrs = tag
    prefix, _, local = qname.rpartition(":")
    wanted = f"xmlns:{prefix}" if prefix else "xmlns"
    namespace = None
    for name, value in parse_attributes(attrs):
        if name == wanted:
            namespace = value.strip()
    return local, namespace


def describe_unknown(head: bytes) -> str:
    """A message naming what the bytes look like, for the "not a schedule" error."""
    data = bytes(head[:16])
    if data.startswith(b"%PDF"):
        what = "a PDF document"
    elif data.startswith(b"\xd0\xcf\x11\xe0"):
        what = "an OLE2 binary (a .mpp or an Office file; export MSPDI XML from MS Project)"
    elif data.startswith(b"PK\x03\x04"):
        what = "a ZIP archive (or an .xlsx/.docx file)"
    elif data.lstrip().startswith((b"{", b"[")):
        what = "JSON or another text format"
    else:
        what = "neither an XER (starting with ERMHDR) nor MSPDI/PMXML XML"
    return f"not a schedule file: the content is {what}"
