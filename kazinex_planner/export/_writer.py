"""Writing one unit: records to a temporary file, in page order, once each; then commit.

A unit's file only ever appears under its final name complete: records go to
``<file>.part`` and the file is fsynced and renamed (``os.replace``, atomic on POSIX and
Windows) when the last page is in. A crash leaves at most a ``.part`` file, which a
resumed export discards, so a final name always means "complete and recorded".

Records are de-duplicated by ``id`` within the unit: page-number pagination shifts
records across page boundaries when the list changes between page fetches, and the
same record must not be written twice.

CSV needs its header first, but fields the SDK does not know are discovered only while
reading. So a CSV unit is first streamed as JSON lines to a scratch ``.part`` file
while the extra keys are collected, then transcoded to CSV at commit time, from disk;
memory stays bounded by one page either way.
"""

from __future__ import annotations

import csv
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any, Final

import attrs
import cattrs
import orjson

from ..errors import ResponseValidationError
from ._units import ExportFormat

__all__ = ["PART_SUFFIX", "CommittedFile", "UnitWriter", "csv_columns", "fsync_dir", "sha256_of"]

PART_SUFFIX: Final = ".part"
_CHUNK: Final = 1 << 20


@attrs.frozen(kw_only=True)
class CommittedFile:
    """What the manifest records about a committed file."""

    records: int
    sha256: str
    bytes: int


def model_columns(model: type) -> tuple[str, ...]:
    """The JSON names of ``model``'s fields, in declaration order."""
    return tuple(a.metadata.get("json", a.name) for a in attrs.fields(model))


def csv_columns(model: type, extra: Iterable[str]) -> list[str]:
    """Stable CSV columns: the model's fields in order, then unknown keys sorted."""
    known = model_columns(model)
    known_set = set(known)
    return [*known, *sorted(k for k in set(extra) if k not in known_set)]


def _cell(value: Any) -> str:
    """One CSV cell: ``null`` is empty, scalars as JSON spells them, nesting as JSON text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return orjson.dumps(value).decode()


def sha256_of(path: Path) -> tuple[str, int]:
    """``(hex digest, size)`` of a file, read in chunks."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class UnitWriter:
    """Streams one unit's records to ``<final>.part`` and commits it.

    ``typed=True`` structures each record into ``model`` and unstructures it back, which
    validates it and normalizes it to what the SDK knows (unknown fields are dropped);
    the default writes each record exactly as the server sent it.
    """

    def __init__(self, final: Path, *, fmt: ExportFormat, model: type[Any], typed: bool) -> None:
        self.final = final
        self.fmt = fmt
        self.model = model
        self.typed = typed
        self.part = final.with_name(final.name + PART_SUFFIX)
        # CSV: JSON lines go to a scratch file first (see the module docstring).
        self._rows = final.with_name(final.name + ".rows" + PART_SUFFIX) if fmt == "csv" else None
        self._seen: set[str] = set()
        self._extra: set[str] = set()
        self._known = frozenset(model_columns(model))
        self._digest = hashlib.sha256()
        self._size = 0
        self._handle: IO[bytes] | None = None
        self.records = 0

    def open(self) -> None:
        self.final.parent.mkdir(parents=True, exist_ok=True)
        self._handle = (self._rows or self.part).open("wb")

    def write(self, records: Iterable[Any]) -> int:
        """Append the records not written yet (by ``id``); returns how many were new."""
        handle = self._handle
        if handle is None:
            raise RuntimeError("UnitWriter.open() was not called")
        lines: list[bytes] = []
        for record in records:
            key = record.get("id") if isinstance(record, dict) else None
            if isinstance(key, str):
                if key in self._seen:
                    continue
                self._seen.add(key)
            data = self._normalize(record)
            if self._rows is not None and isinstance(data, dict):
                self._extra.update(k for k in data if k not in self._known)
            lines.append(orjson.dumps(data))
        if lines:
            lines.append(b"")
            blob = b"\n".join(lines)
            handle.write(blob)
            if self._rows is None:
                self._digest.update(blob)
                self._size += len(blob)
        self.records += len(lines) - 1 if lines else 0
        return len(lines) - 1 if lines else 0

    def _normalize(self, record: Any) -> Any:
        if not self.typed:
            return record
        try:
            # The models' public round trip: the same rules as decoding a response.
            return self.model.from_dict(record).to_dict()
        except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
            raise ResponseValidationError(
                f"a record of {self.final.name} does not match {self.model.__name__}: {exc}",
                body=orjson.dumps(record),
            ) from exc

    def commit(self) -> CommittedFile:
        """Flush, fsync and rename into place (blocking: run it in a thread)."""
        handle = self._handle
        if handle is None:
            raise RuntimeError("UnitWriter.open() was not called")
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        self._handle = None
        if self._rows is not None:
            sha, size = self._transcode_csv(self._rows)
        else:
            sha, size = self._digest.hexdigest(), self._size
        os.replace(self.part, self.final)
        fsync_dir(self.final.parent)
        return CommittedFile(records=self.records, sha256=sha, bytes=size)

    def _transcode_csv(self, rows: Path) -> tuple[str, int]:
        """Write the CSV ``.part`` from the scratch JSON lines; returns its sha256 and size."""
        columns = csv_columns(self.model, self._extra)
        with (
            rows.open("rb") as source,
            self.part.open("w", newline="", encoding="utf-8") as out,
        ):
            writer = csv.writer(out)
            writer.writerow(columns)
            for line in source:
                record = orjson.loads(line)
                writer.writerow([_cell(record.get(c)) for c in columns])
            out.flush()
            os.fsync(out.fileno())
        rows.unlink()
        return sha256_of(self.part)

    def discard(self) -> None:
        """Close and remove the temporary files (the unit will be redone)."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        for path in (self.part, self._rows):
            if path is not None:
                path.unlink(missing_ok=True)
