"""The XER file structure, walked in large chunks: tables, field lists, rows, the end mark.

An XER is tab-separated text: ``ERMHDR`` on line 1, then for each table a ``%T`` line
(the name), a ``%F`` line (the column names) and ``%R`` lines (rows), and ``%E`` at the
end. The walker checks that structure (rows need a field list first, the file must end
with ``%E``), counts rows per table with ``bytes.count`` and hands whole segments of rows
to a visitor, which decides what to extract and how. Working on megabyte-sized segments
instead of lines keeps the per-row cost in C, which is what makes counting fast.
"""

from __future__ import annotations

from typing import Protocol

import attrs

from ._errors import ScheduleFileError
from ._source import BOM_UTF8, Input, iter_line_chunks

__all__ = ["XerLayout", "XerVisitor", "walk_xer"]


class XerVisitor(Protocol):
    """Receives the tables a walk finds; only tables it ``wants`` get their rows."""

    def wants(self, table: str) -> bool: ...

    def table(self, table: str, fields: list[str]) -> None:
        """A table's ``%F`` line was read: ``fields`` are its column names."""

    def rows(self, table: str, buf: bytes, start: int, end: int) -> None:
        """``buf[start:end]`` holds rows of ``table``: ``\\n%R\\t...`` lines (maybe others)."""


@attrs.define(kw_only=True)
class XerLayout:
    """What the walk learned about the file as a whole."""

    version: str | None
    has_bom: bool
    valid_utf8: bool
    row_counts: dict[str, int]
    tables: list[str]
    lines: int

    @property
    def encoding(self) -> str:
        if not self.valid_utf8:
            return "cp1252"
        return "utf-8-sig" if self.has_bom else "utf-8"


_ROW = b"\n%R\t"


def long_lines(buf: bytes, end: int, min_bytes: int) -> list[tuple[int, int]]:
    """``(start, stop)`` of the lines in ``buf[:end]`` at least ``min_bytes`` long.

    Such a line covers a whole aligned window of ``min_bytes // 2`` bytes, so one ``find``
    per window (which stops at the first newline, a few dozen bytes in) finds every
    candidate: the check costs almost nothing on a real file.
    """
    step = max(min_bytes // 2, 1)
    found: list[tuple[int, int]] = []
    pos = 0
    while pos < end:
        stop = min(pos + step, end)
        if stop - pos == step and buf.find(b"\n", pos, stop) < 0:
            start = buf.rfind(b"\n", 0, pos) + 1
            nl = buf.find(b"\n", stop, end)
            line_end = nl if nl >= 0 else end
            if line_end - start >= min_bytes:
                found.append((start, line_end))
            pos = line_end
            continue
        pos = stop
    return found


class _Walk:
    def __init__(self, inp: Input, visitor: XerVisitor, check_encoding: bool) -> None:
        self.inp = inp
        self.visitor = visitor
        self.check_encoding = check_encoding
        self.valid_utf8 = True
        self.line_base = 0
        self.table: str | None = None
        self.fields_seen = False
        self.ended = False
        self.version: str | None = None
        self.counts: dict[str, int] = {}
        self.tables: list[str] = []
        self.buf = b""
        self.last = False

    def error(self, message: str, pos: int | None = None) -> ScheduleFileError:
        line = None if pos is None else self.line_base + self.buf.count(b"\n", 0, pos + 1)
        return ScheduleFileError(message, file_name=self.inp.file_name, line=line, table=self.table)

    def run(self) -> XerLayout:
        has_bom = self.inp.head.startswith(BOM_UTF8)
        first = True
        for buf, end, last in iter_line_chunks(self.inp, skip=3 if has_bom else 0):
            self.buf = buf
            self.last = last
            if self.check_encoding and self.valid_utf8 and not buf.isascii():
                try:
                    str(memoryview(buf)[:end], "utf-8")
                except UnicodeDecodeError:
                    self.valid_utf8 = False
            self.check_widths(end)
            pos = self.header(end) if first else 0
            first = False
            if not self.ended:
                self.chunk(pos, end)
            self.line_base += buf.count(b"\n", 0, end)
        if not self.tables:
            raise ScheduleFileError(
                "XER file has no tables (no %T line)", file_name=self.inp.file_name, line=1
            )
        # A final newline ends the last line rather than starting another.
        lines = self.line_base - (1 if self.buf.endswith(b"\n") else 0)
        if not self.ended:
            raise ScheduleFileError(
                "truncated XER file: the %E end marker is missing",
                file_name=self.inp.file_name,
                line=lines,
                table=self.table,
            )
        return XerLayout(
            version=self.version,
            has_bom=has_bom,
            valid_utf8=self.valid_utf8,
            row_counts=self.counts,
            tables=self.tables,
            lines=lines,
        )

    def check_widths(self, end: int) -> None:
        """Refuse a line longer, or with more columns, than the limits before anything
        splits it (``iter_line_chunks`` refuses lines too long to fit a chunk)."""
        limits = self.inp.limits
        max_columns, max_line = limits.max_columns, limits.max_line_bytes
        buf = self.buf
        for start, stop in long_lines(buf, end, min(max_columns, max_line + 1)):
            if stop - start > max_line:
                raise self.error(
                    f"a line is longer than {max_line} bytes (ReadLimits.max_line_bytes): "
                    "this is not a schedule file",
                    start - 1,
                )
            columns = buf.count(b"\t", start, stop) + 1
            if columns > max_columns:
                raise self.error(
                    f"a line has {columns} columns, more than {max_columns} "
                    "(ReadLimits.max_columns): this is not a schedule file",
                    start - 1,
                )

    def header(self, end: int) -> int:
        """Read ``ERMHDR\\t<version>\\t...`` on line 1; return where line 2 starts."""
        buf = self.buf
        nl = buf.find(b"\n", 1, end)
        stop = nl if nl >= 0 else end
        line = buf[1:stop].rstrip(b"\r")
        parts = line.split(b"\t")
        if parts[0] != b"ERMHDR":
            raise self.error("not an XER file: line 1 does not start with ERMHDR", 0)
        if len(parts) > 1 and parts[1].strip():
            self.version = parts[1].strip().decode("latin-1")
        return stop

    def chunk(self, pos: int, end: int) -> None:
        buf = self.buf
        while pos < end and not self.ended:
            t = buf.find(b"\n%T", pos, end)
            seg_end = t if t >= 0 else end
            if seg_end > pos:
                self.segment(pos, seg_end)
            if t < 0 or self.ended:
                return
            nl = buf.find(b"\n", t + 1, end)
            stop = nl if nl >= 0 else end
            name = buf[t + 3 : stop].strip().decode("latin-1")
            self.table = name
            self.tables.append(name)
            self.counts.setdefault(name, 0)
            self.fields_seen = False
            pos = stop

    def segment(self, start: int, end: int) -> None:
        buf = self.buf
        if self.last:
            # %E closes the file; only the final chunk needs searching for it.
            e = buf.find(b"\n%E", start, end)
            while e >= 0 and buf[e + 3 : e + 4] not in (b"", b"\r", b"\n", b"\t", b" "):
                e = buf.find(b"\n%E", e + 3, end)
            if e >= 0:
                self.ended = True
                end = e
        if not self.fields_seen:
            r = buf.find(b"\n%R", start, end)
            f = buf.find(b"\n%F", start, end)
            if r >= 0 and (f < 0 or r < f):
                if self.table is None:
                    raise self.error("%R row before any %T table line", r)
                raise self.error(f"%R row before the %F field list of table {self.table}", r)
            if f < 0:
                return
            nl = buf.find(b"\n", f + 1, end)
            stop = nl if nl >= 0 else end
            if self.table is None:
                raise self.error("%F field list before any %T table line", f)
            fields = buf[f + 3 : stop].strip(b"\t\r ").decode("latin-1").split("\t")
            self.fields_seen = True
            self.visitor.table(self.table, [c.strip() for c in fields])
            start = stop
        table = self.table
        if table is None or start >= end:
            return
        n = buf.count(_ROW, start, end)
        if n:
            self.counts[table] += n
            if self.visitor.wants(table):
                self.visitor.rows(table, buf, start, end)


def walk_xer(inp: Input, visitor: XerVisitor, *, check_encoding: bool = True) -> XerLayout:
    """Walk the whole XER in ``inp``, feeding ``visitor``; raise on a broken structure."""
    return _Walk(inp, visitor, check_encoding).run()
