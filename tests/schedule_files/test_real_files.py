"""The readers against every real file in ../shared/schedules.

Each expected number comes from two places that do not use the reader: a table written
down once from ``awk``/ElementTree counts of the files listed in SOURCES.md, and an
independent count computed here (plain line splitting for XER, a full ElementTree parse for
MSPDI) that also covers files added later.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from kazinex_planner.schedule_files import inspect_schedule, read_schedule, sniff_format
from tests.conftest import shared_schedule_files, shared_schedules_dir

FILES = shared_schedule_files()

#: (format, version, encoding, activities, relationships, resources, assignments,
#:  calendars, wbs, data date), counted with awk (XER) and ElementTree (MSPDI).
KNOWN = {
    "mpxj__TwentyFourHourCalendar.xer": (
        "xer",
        "8.2.0",
        "utf-8",
        1,
        0,
        0,
        0,
        1,
        1,
        "2019-10-02 00:00",
    ),
    "mpxj__invalid-8.4.xer": ("xer", "8.4", "cp1252", 12, 0, 0, 0, 3, 1, "2015-02-24 00:00"),
    "mpxj__percent-complete-8.4.xer": (
        "xer",
        "8.4",
        "cp1252",
        12,
        0,
        0,
        0,
        1,
        1,
        "2015-02-24 00:00",
    ),
    "mpxj__resource-rates-test.xer": (
        "xer",
        "20.12",
        "cp1252",
        1,
        0,
        1,
        5,
        1,
        1,
        "2022-08-22 00:00",
    ),
    "pyp6xer__SP10_COST_LOADED.xer": (
        "xer",
        "8.1",
        "cp1252",
        3994,
        5966,
        180,
        692,
        6,
        2266,
        "2017-09-16 00:00",
    ),
    "mpxj__legacy-sample.xml": ("mspdi", None, "utf-8", 16, 6, 2, 2, 4, 3, "2003-02-19 08:00"),
    "mpxj__legacy-sample1.xml": ("mspdi", "14", "utf-8", 18, 6, 2, 4, 4, 4, "2003-12-01 14:14"),
    "mpxj__mspdinulltasks.xml": ("mspdi", "12", "utf-8", 3, 0, 0, 0, 1, 2, "2008-11-05 08:00"),
    "mpxj__mspdirelations.xml": ("mspdi", "12", "utf-8", 5, 4, 0, 0, 1, 0, "2009-01-09 08:00"),
    "mpxj__mspdiresource.xml": ("mspdi", "12", "utf-8", 3, 1, 4, 5, 6, 0, "2010-03-16 08:00"),
    "mpxj__task-durations-project2019-mspdi.xml": (
        "mspdi",
        "14",
        "utf-8",
        110,
        0,
        0,
        0,
        1,
        0,
        "2018-10-18 08:00",
    ),
}


def _xer_tables(path: Path) -> tuple[str, str, dict[str, list[str]], dict[str, list[list[str]]]]:
    """Independent XER reading: version, encoding, field lists and rows per table."""
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        encoding, raw = "utf-8-sig", raw[3:]
    else:
        try:
            raw.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = "cp1252"
    text = raw.decode("utf-8" if encoding != "cp1252" else "cp1252")
    lines = text.replace("\r\n", "\n").split("\n")
    version = lines[0].split("\t")[1]
    fields: dict[str, list[str]] = {}
    rows: dict[str, list[list[str]]] = {}
    current = ""
    for line in lines[1:]:
        parts = line.split("\t")
        if parts[0] == "%T":
            current = parts[1]
            rows.setdefault(current, [])
        elif parts[0] == "%F":
            fields[current] = parts[1:]
        elif parts[0] == "%R":
            rows[current].append(parts[1:])
    return version, encoding, fields, rows


def _column(
    fields: dict[str, list[str]], rows: dict[str, list[list[str]]], table: str, col: str
) -> list[str]:
    i = fields[table].index(col)
    return [r[i] if i < len(r) else "" for r in rows.get(table, [])]


def _mspdi_counts(path: Path) -> tuple[str | None, tuple[int, ...], str]:
    """Independent MSPDI counts following the documented definitions."""
    ns = "{http://schemas.microsoft.com/project}"
    root = ET.parse(path).getroot()

    def text(e: ET.Element, tag: str) -> str:
        return (e.findtext(ns + tag) or "").strip()

    tasks = root.findall(f"{ns}Tasks/{ns}Task")
    activities = [
        t
        for t in tasks
        if text(t, "UID") != "0" and text(t, "IsNull") != "1" and text(t, "Summary") != "1"
    ]
    wbs = [
        t
        for t in tasks
        if text(t, "UID") != "0" and text(t, "IsNull") != "1" and text(t, "Summary") == "1"
    ]
    counts = (
        len(activities),
        len(root.findall(f".//{ns}PredecessorLink")),
        len([r for r in root.findall(f"{ns}Resources/{ns}Resource") if text(r, "UID") != "0"]),
        len(
            [
                a
                for a in root.findall(f"{ns}Assignments/{ns}Assignment")
                if text(a, "ResourceUID") != "-65535"
            ]
        ),
        len(root.findall(f"{ns}Calendars/{ns}Calendar")),
        len(wbs),
    )
    data_date = text(root, "StatusDate") or text(root, "CurrentDate")
    return text(root, "SaveVersion") or None, counts, data_date


def test_shared_schedules_are_present() -> None:
    """Skips (or fails in CI) when ../shared/schedules is missing, so the gap is visible."""
    folder = shared_schedules_dir()
    assert sorted(p.name for p in FILES) == sorted(
        p.name for p in folder.rglob("*") if p.suffix.lower() in {".xer", ".xml"}
    )
    assert len(FILES) >= len(KNOWN)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_counts_match_independent_counts(path: Path) -> None:
    summary = inspect_schedule(path)
    got = (
        summary.activity_count,
        summary.relationship_count,
        summary.resource_count,
        summary.assignment_count,
        summary.calendar_count,
        summary.wbs_count,
    )
    if path.suffix.lower() == ".xer":
        version, encoding, fields, rows = _xer_tables(path)
        tables = ("TASK", "TASKPRED", "RSRC", "TASKRSRC", "CALENDAR", "PROJWBS")
        expected = tuple(len(rows.get(t, [])) for t in tables)
        recalc = _column(fields, rows, "PROJECT", "last_recalc_date")
        data_date = next((d for d in recalc if d), "")
        assert summary.format == "xer"
        assert summary.project_count == len(rows["PROJECT"])
    else:
        version_or_none, expected, data_date = _mspdi_counts(path)
        version, encoding = version_or_none, "utf-8"  # type: ignore[assignment]
        assert summary.format == "mspdi"
        assert summary.project_count == 1
    assert got == expected
    assert summary.version == version
    assert summary.encoding == encoding
    assert summary.data_date == (datetime.fromisoformat(data_date) if data_date else None)
    assert sniff_format(path.read_bytes()[:4096]) == summary.format
    known = KNOWN.get(path.name)
    if known is not None:
        fmt, kversion, kencoding, *kcounts, kdate = known
        assert (summary.format, summary.version, summary.encoding) == (fmt, kversion, kencoding)
        assert got == tuple(kcounts)
        assert summary.data_date == datetime.fromisoformat(str(kdate))


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_read_agrees_with_inspect(path: Path) -> None:
    summary = inspect_schedule(path)
    data = read_schedule(path)
    assert (data.format, data.version, data.encoding) == (
        summary.format,
        summary.version,
        summary.encoding,
    )
    assert (
        len(data.activities),
        len(data.relationships),
        len(data.resources),
        len(data.assignments),
        len(data.calendars),
        len(data.wbs),
        len(data.projects),
    ) == (
        summary.activity_count,
        summary.relationship_count,
        summary.resource_count,
        summary.assignment_count,
        summary.calendar_count,
        summary.wbs_count,
        summary.project_count,
    )
    assert data.data_date == summary.data_date
    assert data.warnings == summary.warnings
    assert data.file_name == summary.file_name == path.name
    # Every activity belongs to a project of the file.
    assert {a.project_id for a in data.activities} <= {p.id for p in data.projects}
    for p, s in zip(data.projects, summary.projects, strict=True):
        assert (p.code, p.name, p.data_date) == (s.code, s.name, s.data_date)


XER_FILES = [p for p in FILES if p.suffix.lower() == ".xer"]


@pytest.mark.parametrize("path", XER_FILES, ids=[p.name for p in XER_FILES])
def test_xer_values_match_the_file(path: Path) -> None:
    """Names (decoded with the file's encoding), codes and types agree row by row."""
    _, _, fields, rows = _xer_tables(path)
    data = read_schedule(path)
    ids = _column(fields, rows, "TASK", "task_id")
    names = [n.replace("\x7f", "\n") for n in _column(fields, rows, "TASK", "task_name")]
    assert [a.id for a in data.activities] == ids
    assert [a.name for a in data.activities] == names
    assert [a.code for a in data.activities] == _column(fields, rows, "TASK", "task_code")
    type_map = {
        "TT_Task": "task",
        "TT_Rsrc": "resource_dependent",
        "TT_LOE": "level_of_effort",
        "TT_Mile": "start_milestone",
        "TT_FinMile": "finish_milestone",
        "TT_WBS": "wbs_summary",
    }
    assert [a.type for a in data.activities] == [
        type_map[t] for t in _column(fields, rows, "TASK", "task_type")
    ]
    status_map = {
        "TK_NotStart": "not_started",
        "TK_Active": "in_progress",
        "TK_Complete": "completed",
    }
    assert [a.status for a in data.activities] == [
        status_map[s] for s in _column(fields, rows, "TASK", "status_code")
    ]
    if rows.get("TASKPRED"):
        pred_types = Counter(t[3:] for t in _column(fields, rows, "TASKPRED", "pred_type"))
        assert Counter(r.type for r in data.relationships) == pred_types
        lags = [float(x or 0) for x in _column(fields, rows, "TASKPRED", "lag_hr_cnt")]
        assert [r.lag_hours for r in data.relationships] == lags
    floats = [float(x) if x else None for x in _column(fields, rows, "TASK", "total_float_hr_cnt")]
    assert [a.total_float_hours for a in data.activities] == floats
    if rows.get("RSRC"):
        assert [r.name for r in data.resources] == _column(fields, rows, "RSRC", "rsrc_name")


def test_sp10_cp1252_text_is_decoded() -> None:
    """SP10 is cp1252: its non-ASCII bytes must come out as the right characters."""
    path = shared_schedules_dir() / "xer" / "pyp6xer__SP10_COST_LOADED.xer"
    raw = path.read_bytes()
    data = read_schedule(path)
    texts = (
        [a.name for a in data.activities]
        + [w.name for w in data.wbs]
        + [r.name for r in data.resources]
    )
    non_ascii = {ch for t in texts for ch in t if ord(ch) > 127}
    assert non_ascii, "SP10 has non-ASCII names"
    for ch in non_ascii:
        assert ch.encode("cp1252") in raw
    assert "\ufffd" not in "".join(texts)
    (project,) = data.projects
    assert project.code == "HS2-LWM-IMP-040-20"
    assert project.name == "ENABLING WORKS WORK PACKAGE STRATEGY P10 : AREA CENTRAL"
    assert sum(w.is_project_root for w in data.wbs) == 1
