"""Text decoding and value conversion shared by the readers.

P6 writes XER files in the machine's ANSI code page (cp1252 in practice) or in UTF-8, with
or without a BOM, and says neither. The rule is: valid UTF-8 is UTF-8, anything else is
cp1252, decided once per file. cp1252 leaves five bytes undefined; Windows maps them to the
C1 controls, and so does the ``kazinex-cp1252`` error handler, so decoding never fails.

Unknown or malformed values never raise: they become ``None`` or a default and are
reported once, with a count, through :class:`Warnings`.
"""

from __future__ import annotations

import codecs
from datetime import datetime

__all__ = ["CP1252_ERRORS", "DateParser", "Warnings", "decode", "number"]

CP1252_ERRORS = "kazinex-cp1252"


def _c1_controls(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error(CP1252_ERRORS, _c1_controls)


def decode(data: bytes, encoding: str) -> str:
    """Decode with the file's encoding; cp1252 never fails (see the module docstring)."""
    if encoding == "cp1252":
        return data.decode("cp1252", CP1252_ERRORS)
    return data.decode("utf-8", "replace")


class Warnings:
    """Collects warnings by kind, so a million bad rows give one line with a count."""

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}
        self._examples: dict[str, str] = {}

    def add(self, template: str, n: int = 1, example: str | None = None) -> None:
        """Count ``n`` occurrences; ``template`` may contain ``{n}`` and ``{example}``.

        ``{example}`` is the first example given for that template, shown as a repr.
        """
        self._counts[template] = self._counts.get(template, 0) + n
        if example is not None and template not in self._examples:
            self._examples[template] = repr(example[:40])

    def __bool__(self) -> bool:
        return bool(self._counts)

    def result(self) -> tuple[str, ...]:
        return tuple(
            t.replace("{n}", str(n)).replace("{example}", self._examples.get(t, "''"))
            for t, n in self._counts.items()
        )


def number(text: str | None, warnings: Warnings, what: str) -> float | None:
    """``float(text)``, ``None`` when empty; a malformed number is warned about, not raised."""
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        warnings.add(f"{{n}} malformed numbers in {what} were ignored (e.g. {{example}})", 1, text)
        return None


_FALLBACK_DATE_FORMATS = ("%d-%b-%y %H:%M", "%d-%b-%y", "%Y/%m/%d %H:%M", "%m/%d/%Y %H:%M")


class DateParser:
    """Parses the dates of one file, remembering them: schedules repeat the same few dates.

    The cache also makes every equal date the same object, which keeps ``read_schedule``
    small on large files.
    """

    def __init__(self, warnings: Warnings) -> None:
        self._cache: dict[str, datetime | None] = {"": None}
        self._warnings = warnings

    def __call__(self, text: str) -> datetime | None:
        try:
            return self._cache[text]
        except KeyError:
            pass
        value = self._parse(text)
        if len(self._cache) < 1_000_000:
            self._cache[text] = value
        return value

    def _parse(self, text: str) -> datetime | None:
        value = _parse_date(text.strip())
        if value is None:
            self._warnings.add("{n} malformed dates were ignored (e.g. {example})", 1, text)
            return None
        # Neither P6 nor MS Project records a time zone: keep local naive times.
        return value.replace(tzinfo=None) if value.tzinfo is not None else value


def _parse_date(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    for fmt in _FALLBACK_DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None
