"""The two entry points: pick the format from the head, then hand over to its reader.

Both functions are sans-I/O in the sense that matters for the SDK: no network, no event
loop, only the file (or bytes) they are given, so the emulator, the CLI and tests call them
the same way. Errors are always :class:`ScheduleFileError`, except OS errors from opening a
path (a missing file is not a schedule problem).
"""

from __future__ import annotations

from ._errors import ScheduleFileError
from ._limits import DEFAULT_LIMITS, ReadLimits
from ._mspdi import inspect_mspdi, read_mspdi
from ._pmxml import inspect_pmxml, read_pmxml
from ._records import ScheduleData, ScheduleFormat, ScheduleSummary
from ._sniff import describe_unknown, looks_like_xml, root_element, sniff_format
from ._source import Input, ScheduleSource, open_source
from ._xer_inspect import inspect_xer
from ._xer_read import read_xer
from ._xml import probe_root

__all__ = ["inspect_schedule", "read_schedule"]


def inspect_schedule(
    source: ScheduleSource, *, limits: ReadLimits = DEFAULT_LIMITS
) -> ScheduleSummary:
    """Count what a schedule file holds, streaming, without keeping any rows.

    ``source`` is a path, ``bytes``/``bytearray``/``memoryview``, or a binary file object.
    Memory stays bounded (a few MB plus the set of activity ids) whatever the file size.
    Raises :class:`ScheduleFileError` when the input is not a readable schedule or passes
    one of ``limits`` (see :class:`ReadLimits`).
    """
    with open_source(source, limits) as inp:
        fmt = _format_of(inp)
        if fmt == "xer":
            return inspect_xer(inp)
        if fmt == "mspdi":
            return inspect_mspdi(inp)
        return inspect_pmxml(inp)


def read_schedule(source: ScheduleSource, *, limits: ReadLimits = DEFAULT_LIMITS) -> ScheduleData:
    """Read every project, WBS node, calendar, activity, link, resource and assignment.

    Accepts the same sources and ``limits`` as :func:`inspect_schedule`. Unknown codes
    never raise: they are mapped to a default and reported in ``ScheduleData.warnings``.
    """
    with open_source(source, limits) as inp:
        fmt = _format_of(inp)
        if fmt == "xer":
            return read_xer(inp)
        if fmt == "mspdi":
            return read_mspdi(inp)
        return read_pmxml(inp)


def _format_of(inp: Input) -> ScheduleFormat:
    fmt = sniff_format(inp.head)
    if fmt is not None:
        return fmt
    if not looks_like_xml(inp.head):
        raise ScheduleFileError(describe_unknown(inp.head), file_name=inp.file_name)
    root = root_element(inp.head)
    if root is None:
        # The prolog is unusual or broken: let the XML parser find the root or the error.
        root = probe_root(inp)
    local, namespace = root
    where = f" in namespace {namespace!r}" if namespace else " without a namespace"
    raise ScheduleFileError(
        "XML file is neither MSPDI (root Project in the MS Project namespace) nor PMXML "
        f"(root APIBusinessObjects): its root element is <{local}>{where}",
        file_name=inp.file_name,
        line=1,
    )
