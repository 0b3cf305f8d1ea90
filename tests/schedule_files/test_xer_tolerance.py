"""What real XER files do that a naive reader gets wrong: encodings, line ends, DEL line
breaks, missing or unknown tables and columns, short rows, several projects, quotes and
links to activities in other projects. Each case is checked through both entry points."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from kazinex_planner.schedule_files import (
    ScheduleData,
    ScheduleSummary,
    inspect_schedule,
    read_schedule,
)
from tests.schedule_files._builders import TASK_FIELDS, minimal_xer, project, table, task, xer

PRED_FIELDS = ("task_pred_id", "task_id", "pred_task_id", "proj_id", "pred_type", "lag_hr_cnt")


def both(data: bytes) -> tuple[ScheduleSummary, ScheduleData]:
    return inspect_schedule(data), read_schedule(data)


def test_cp1252_names_are_decoded_not_dropped() -> None:
    raw = minimal_xer(name="Café – ü naïve £5").encode("cp1252")
    summary, data = both(raw)
    assert summary.encoding == data.encoding == "cp1252"
    assert data.activities[0].name == "Café – ü naïve £5"


def test_cp1252_undefined_bytes_do_not_fail() -> None:
    raw = minimal_xer(name="X").encode("ascii").replace(b"\tX\t", b"\tA\x81B\x9d\t")
    data = read_schedule(raw)
    assert data.encoding == "cp1252"
    assert data.activities[0].name == "A\x81B\x9d"


def test_utf8_with_and_without_bom() -> None:
    text = minimal_xer(name="Café – ü 日本")
    plain, data = both(text.encode("utf-8"))
    assert plain.encoding == data.encoding == "utf-8"
    assert data.activities[0].name == "Café – ü 日本"
    bom, data = both(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert bom.encoding == data.encoding == "utf-8-sig"
    assert bom.version == "19.12"
    assert data.activities[0].name == "Café – ü 日本"


def test_cp1252_decision_is_per_file_even_when_the_odd_byte_is_late(tmp_path: Path) -> None:
    """A cp1252 byte after several MB of ASCII still makes every value cp1252."""
    filler = table(
        "UDFVALUE",
        ("udf_type_id", "fk_id", "udf_text"),
        *[("1", str(i), "x" * 200) for i in range(20_000)],
    )
    text = xer(
        project(code="Projé"),
        filler,
        table("TASK", TASK_FIELDS, task(task_id="1", proj_id="1", task_name="Straße")),
    )
    path = tmp_path / "late.xer"
    path.write_bytes(text.encode("cp1252"))
    assert path.stat().st_size > 4_000_000
    summary, data = inspect_schedule(path), read_schedule(path)
    assert summary.encoding == data.encoding == "cp1252"
    assert summary.projects[0].code == data.projects[0].code == "Projé"
    assert data.activities[0].name == "Straße"


def test_crlf_line_ends() -> None:
    raw = minimal_xer(name="CRLF task").replace("\n", "\r\n").encode()
    summary, data = both(raw)
    assert summary.activity_count == 1
    assert data.activities[0].name == "CRLF task"
    assert data.activities[0].type == "task"  # no trailing \r glued to the last column
    assert data.projects[0].code == "P1"


def test_del_bytes_are_line_breaks_in_memos_and_names() -> None:
    memo = table(
        "TASKMEMO",
        ("memo_id", "task_id", "memo_type_id", "task_notes"),
        ("1", "100", "1", "line one\x7fline two\x7f\x7fend"),
    )
    text = minimal_xer(name="two\x7flines").replace("%E\n", memo + "%E\n")
    summary, data = both(text.encode())
    assert summary.activity_count == 1
    assert data.activities[0].notes == "line one\nline two\n\nend"
    assert data.activities[0].name == "two\nlines"


def test_missing_and_empty_tables() -> None:
    text = xer(project(), table("TASK", TASK_FIELDS), table("TASKPRED", PRED_FIELDS))
    summary, data = both(text.encode())
    assert (summary.activity_count, summary.relationship_count, summary.wbs_count) == (0, 0, 0)
    assert (summary.resource_count, summary.calendar_count, summary.assignment_count) == (0, 0, 0)
    assert summary.project_count == 1
    assert data.activities == data.relationships == data.wbs == ()
    only_project = xer(project())
    summary, data = both(only_project.encode())
    assert summary.activity_count == 0
    assert any("no TASK table" in w for w in summary.warnings)
    assert any("no TASK table" in w for w in data.warnings)


def test_unknown_tables_and_columns_are_ignored() -> None:
    odd = table("ZZCUSTOM", ("a", "b"), ("1", "2"), ("3", "4"))
    fields = ("extra_first", *TASK_FIELDS[:5], "mystery", *TASK_FIELDS[5:])
    row = task(
        task_id="7",
        proj_id="1",
        task_code="A7",
        task_name="Odd",
        task_type="TT_Mile",
        status_code="TK_Complete",
    )
    text = xer(odd, project(), table("TASK", fields, ["X", *row[:5], "?", *row[5:]]))
    summary, data = both(text.encode())
    assert summary.activity_count == 1
    (act,) = data.activities
    assert (act.id, act.code, act.name, act.type, act.status) == (
        "7",
        "A7",
        "Odd",
        "start_milestone",
        "completed",
    )


def test_short_rows_read_missing_values_as_empty() -> None:
    fields = (
        "task_id",
        "proj_id",
        "task_code",
        "task_name",
        "task_type",
        "status_code",
        "target_drtn_hr_cnt",
    )
    text = xer(project(), table("TASK", fields, ("1", "1", "A1"), ("2", "1"), ("3",)))
    summary, data = both(text.encode())
    assert summary.activity_count == 3
    assert summary.projects[0].activity_count == 2  # the third row has no proj_id
    assert [a.code for a in data.activities] == ["A1", "", ""]
    assert all(a.original_duration_hours is None for a in data.activities)
    assert [a.project_id for a in data.activities] == ["1", "1", ""]


def test_several_projects_split_counts() -> None:
    wbs_fields = (
        "wbs_id",
        "proj_id",
        "proj_node_flag",
        "wbs_short_name",
        "wbs_name",
        "parent_wbs_id",
    )
    text = xer(
        table(
            "PROJECT",
            ("proj_id", "proj_short_name", "last_recalc_date"),
            ("1", "ONE", "2024-01-05 08:00"),
            ("2", "TWO", "2024-02-05 08:00"),
        ),
        table(
            "CALENDAR",
            ("clndr_id", "clndr_name", "proj_id", "clndr_type", "day_hr_cnt"),
            ("1", "Global", "", "CA_Base", "8"),
            ("2", "Two's", "2", "CA_Project", "10"),
        ),
        table(
            "PROJWBS",
            wbs_fields,
            ("10", "1", "Y", "ONE", "Project One", "5"),
            ("20", "2", "Y", "TWO", "Project Two", "5"),
            ("21", "2", "N", "A", "Area", "20"),
        ),
        table(
            "RSRC",
            ("rsrc_id", "rsrc_short_name", "rsrc_name", "rsrc_type"),
            ("7", "R7", "Crane", "RT_Equip"),
            ("8", "R8", "Rebar", "RT_Mat"),
        ),
        table(
            "TASK",
            TASK_FIELDS,
            task(task_id="1", proj_id="1"),
            task(task_id="2", proj_id="2"),
            task(task_id="3", proj_id="2"),
        ),
        table("TASKPRED", PRED_FIELDS, ("50", "3", "2", "2", "PR_FS", "0")),
        table(
            "TASKRSRC",
            ("taskrsrc_id", "task_id", "proj_id", "rsrc_id"),
            ("60", "1", "1", "7"),
            ("61", "2", "2", "7"),
            ("62", "3", "2", "8"),
        ),
    )
    summary, data = both(text.encode())
    assert summary.project_count == 2
    assert (summary.activity_count, summary.relationship_count, summary.resource_count) == (3, 1, 2)
    assert (summary.assignment_count, summary.calendar_count, summary.wbs_count) == (3, 2, 3)
    one, two = summary.projects
    assert (one.code, one.name, one.activity_count, one.relationship_count) == (
        "ONE",
        "Project One",
        1,
        0,
    )
    assert (two.code, two.name, two.activity_count, two.relationship_count) == (
        "TWO",
        "Project Two",
        2,
        1,
    )
    assert (one.resource_count, two.resource_count) == (1, 2)
    assert (one.assignment_count, two.assignment_count) == (1, 2)
    assert (one.calendar_count, two.calendar_count) == (0, 1)  # the global one is the file's
    assert (one.wbs_count, two.wbs_count) == (1, 2)
    assert summary.data_date == one.data_date
    assert [p.name for p in data.projects] == ["Project One", "Project Two"]
    assert [w.parent_id for w in data.wbs] == [None, None, "20"]  # roots' EPS parents dropped
    assert {c.id: c.project_id for c in data.calendars} == {"1": None, "2": "2"}
    assert [r.type for r in data.resources] == ["nonlabor", "material"]


def test_quotes_inside_values_are_kept() -> None:
    name = 'Install 12" pipe "north" \'A\''
    summary, data = both(minimal_xer(name=name).encode())
    assert summary.activity_count == 1
    assert data.activities[0].name == name


def test_external_links_are_kept_counted_and_reported() -> None:
    text = xer(
        project(),
        table("TASK", TASK_FIELDS, task(task_id="1", proj_id="1"), task(task_id="2", proj_id="1")),
        table(
            "TASKPRED",
            PRED_FIELDS,
            ("50", "2", "1", "1", "PR_FS", "0"),
            ("51", "2", "999", "1", "PR_SS", "8"),
            ("52", "777", "1", "1", "PR_FF", "0"),
        ),
    )
    summary, data = both(text.encode())
    assert summary.relationship_count == 3
    message = "2 relationships reference activities outside the file (external links)"
    assert message in summary.warnings
    assert message in data.warnings
    assert [r.is_external for r in data.relationships] == [False, True, True]
    assert data.relationships[1].lag_hours == 8.0


def test_links_listed_before_the_task_table_are_resolved() -> None:
    text = xer(
        project(),
        table(
            "TASKPRED",
            PRED_FIELDS,
            ("50", "2", "1", "1", "PR_FS", "0"),
            ("51", "2", "9", "1", "PR_FS", "0"),
        ),
        table("TASK", TASK_FIELDS, task(task_id="1", proj_id="1"), task(task_id="2", proj_id="1")),
    )
    summary, data = both(text.encode())
    assert (
        "1 relationships reference activities outside the file (external links)" in summary.warnings
    )
    assert [r.is_external for r in data.relationships] == [False, True]


@pytest.mark.parametrize(
    "kind", ["path", "str", "bytes", "bytearray", "memoryview", "file", "pipe"]
)
def test_every_source_kind(tmp_path: Path, kind: str) -> None:
    raw = minimal_xer(name="Café").encode("cp1252")
    path = tmp_path / "source.xer"
    path.write_bytes(raw)

    class Pipe(io.RawIOBase):
        """A stream that cannot seek, like a socket."""

        def __init__(self) -> None:
            self._data = io.BytesIO(raw)

        def readable(self) -> bool:
            return True

        def readinto(self, b: bytearray) -> int:  # type: ignore[override]
            chunk = self._data.read(min(len(b), 7))  # short reads too
            b[: len(chunk)] = chunk
            return len(chunk)

    sources = {
        "path": lambda: path,
        "str": lambda: str(path),
        "bytes": lambda: raw,
        "bytearray": lambda: bytearray(raw),
        "memoryview": lambda: memoryview(raw),
        "file": lambda: path.open("rb"),
        "pipe": lambda: Pipe(),
    }
    with contextlib.ExitStack() as stack:
        first, second = sources[kind](), sources[kind]()
        for src in (first, second):
            if isinstance(src, io.IOBase):
                stack.enter_context(src)
        summary = inspect_schedule(first)
        data = read_schedule(second)
        if kind == "file":
            assert not first.closed  # the caller's file stays the caller's to close
    assert summary.activity_count == len(data.activities) == 1
    assert data.activities[0].name == "Café"
    expected_name = "source.xer" if kind in ("path", "str", "file") else None
    assert summary.file_name == data.file_name == expected_name


def test_seekable_file_objects_are_read_from_their_position() -> None:
    """Callers may hand over a file positioned after a prefix (an upload envelope)."""
    raw = b"PREFIX" + minimal_xer().encode()
    fh = io.BytesIO(raw)
    fh.seek(6)
    assert len(read_schedule(fh).activities) == 1
    fh.seek(6)
    assert inspect_schedule(fh).activity_count == 1


def test_text_mode_files_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "t.xer"
    path.write_text(minimal_xer())
    with path.open() as fh, pytest.raises(TypeError, match="binary mode"):
        inspect_schedule(fh)  # type: ignore[arg-type]


def test_chunk_boundaries_do_not_split_rows(tmp_path: Path) -> None:
    """Rows straddling the 1 MB chunk boundary are counted once, with their values."""
    rows = [
        task(task_id=str(i), proj_id="1", task_code=f"A{i}", task_name="n" * (i % 97))
        for i in range(30_000)
    ]
    text = xer(project(), table("TASK", TASK_FIELDS, *rows), newline="\r\n")
    path = tmp_path / "big.xer"
    path.write_bytes(text.encode())
    assert path.stat().st_size > 2 * (1 << 20)
    summary, data = inspect_schedule(path), read_schedule(path)
    assert summary.activity_count == summary.projects[0].activity_count == 30_000
    assert [a.code for a in data.activities] == [f"A{i}" for i in range(30_000)]
    assert [len(a.name) for a in data.activities] == [i % 97 for i in range(30_000)]
