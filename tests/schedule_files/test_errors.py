"""Inputs that are not schedules: each raises ScheduleFileError saying what and where."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kazinex_planner.errors import PlannerError
from kazinex_planner.schedule_files import ScheduleFileError, inspect_schedule, read_schedule
from tests.schedule_files._builders import TASK_FIELDS, minimal_xer, project, table, task, xer

READERS: list[Callable[[bytes], object]] = [inspect_schedule, read_schedule]
ids = ["inspect", "read"]


def raises(reader: Callable[[bytes], object], data: bytes) -> ScheduleFileError:
    with pytest.raises(ScheduleFileError) as info:
        reader(data)
    return info.value


@pytest.mark.parametrize("reader", READERS, ids=ids)
def test_empty_input(reader: Callable[[bytes], object]) -> None:
    err = raises(reader, b"")
    assert "empty" in err.message
    assert isinstance(err, PlannerError)


def test_empty_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "nothing.xer"
    path.write_bytes(b"")
    with pytest.raises(ScheduleFileError) as info:
        inspect_schedule(path)
    assert info.value.file_name == "nothing.xer"
    assert "nothing.xer" in str(info.value)


@pytest.mark.parametrize("reader", READERS, ids=ids)
def test_pdf(reader: Callable[[bytes], object]) -> None:
    err = raises(reader, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    assert "not a schedule file" in err.message
    assert "PDF" in err.message


@pytest.mark.parametrize("reader", READERS, ids=ids)
def test_random_bytes(reader: Callable[[bytes], object]) -> None:
    err = raises(reader, bytes(range(256)) * 40)
    assert "not a schedule file" in err.message


@pytest.mark.parametrize("reader", READERS, ids=ids)
def test_mpp_binary_gets_a_hint(reader: Callable[[bytes], object]) -> None:
    err = raises(reader, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert "MSPDI" in err.message


@pytest.mark.parametrize("reader", READERS, ids=ids)
def test_xml_that_is_not_a_schedule(reader: Callable[[bytes], object]) -> None:
    err = raises(reader, b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>')
    assert "neither MSPDI" in err.message
    assert "<svg>" in err.message


@pytest.mark.parametrize("reader", READERS, ids=ids)
def test_project_root_without_the_ms_project_namespace(reader: Callable[[bytes], object]) -> None:
    err = raises(reader, b"<Project><Tasks/></Project>")
    assert "neither MSPDI" in err.message
    assert "without a namespace" in err.message


@pytest.mark.parametrize("reader", READERS, ids=ids)
def test_malformed_mspdi_reports_the_line(reader: Callable[[bytes], object]) -> None:
    doc = (
        b'<?xml version="1.0"?>\n'
        b'<Project xmlns="http://schemas.microsoft.com/project">\n'
        b"<Tasks>\n"
        b"<Task><UID>1</UID></Tsak>\n"
        b"</Tasks>\n"
        b"</Project>\n"
    )
    err = raises(reader, doc)
    assert err.message.startswith("malformed XML")
    assert err.line == 4


@pytest.mark.parametrize("reader", READERS, ids=ids)
def test_malformed_xml_prolog_reports_the_line(reader: Callable[[bytes], object]) -> None:
    err = raises(reader, b"<?xml version='1.0'?>\n<!-- unterminated comment\n<Project>")
    assert err.message.startswith("malformed XML")
    assert err.line is not None


@pytest.mark.parametrize("reader", READERS, ids=ids)
def test_truncated_xer_without_end_marker(reader: Callable[[bytes], object]) -> None:
    text = xer(
        project(), table("TASK", TASK_FIELDS, task(task_id="1"), task(task_id="2")), end=False
    )
    err = raises(reader, text.encode())
    assert "%E" in err.message
    assert "truncated" in err.message
    assert err.table == "TASK"
    assert err.line == text.count("\n")


@pytest.mark.parametrize("reader", READERS, ids=ids)
def test_truncated_mid_row(reader: Callable[[bytes], object]) -> None:
    data = minimal_xer().encode()
    err = raises(reader, data[: data.index(b"TT_Task") + 4])
    assert "truncated" in err.message
    assert err.table == "TASK"


@pytest.mark.parametrize("reader", READERS, ids=ids)
def test_row_before_field_list(reader: Callable[[bytes], object]) -> None:
    text = xer(project(), "%T\tTASK\n%R\t1\t1\tA1\n%F\ttask_id\tproj_id\ttask_code\n")
    err = raises(reader, text.encode())
    assert "%R" in err.message
    assert "%F" in err.message
    assert err.table == "TASK"
    assert err.line == 6  # ERMHDR, PROJECT's %T/%F/%R, TASK's %T, then the row
    assert "line 6" in str(err)
    assert "table TASK" in str(err)


@pytest.mark.parametrize("reader", READERS, ids=ids)
def test_row_before_any_table(reader: Callable[[bytes], object]) -> None:
    err = raises(reader, b"ERMHDR\t19.12\n%R\t1\t2\n%E\n")
    assert err.line == 2
    assert err.table is None


@pytest.mark.parametrize("reader", READERS, ids=ids)
def test_xer_header_without_tables(reader: Callable[[bytes], object]) -> None:
    err = raises(reader, b"ERMHDR\t19.12\t2024-01-01\n%E\n")
    assert "no tables" in err.message


def test_row_before_field_list_deep_in_a_large_file(tmp_path: Path) -> None:
    """Line numbers stay right across the 1 MB chunks of the streaming reader."""
    rows = [task(task_id=str(i), proj_id="1", task_name="x" * 150) for i in range(20_000)]
    good = xer(project(), table("TASK", TASK_FIELDS, *rows), end=False)
    text = good + "%T\tTASKPRED\n%R\t1\t2\t3\n%E\n"
    path = tmp_path / "bad.xer"
    path.write_bytes(text.encode())
    assert path.stat().st_size > 3 * (1 << 20)
    for reader in READERS:
        with pytest.raises(ScheduleFileError) as info:
            reader(path)  # type: ignore[arg-type]
        assert info.value.line == good.count("\n") + 2
        assert info.value.table == "TASKPRED"
        assert info.value.file_name == "bad.xer"


def test_error_pickles_with_its_context() -> None:
    err = ScheduleFileError("boom", file_name="a.xer", line=3, table="TASK")
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.message, copy.file_name, copy.line, copy.table) == ("boom", "a.xer", 3, "TASK")
    assert str(copy) == "boom (a.xer, line 3, table TASK)"


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        inspect_schedule(tmp_path / "absent.xer")


def test_wrong_source_type() -> None:
    with pytest.raises(TypeError, match="source must be"):
        inspect_schedule(12345)  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048))
def test_random_bytes_never_produce_a_summary(data: bytes) -> None:
    """Garbage is always an error, never a summary with zero activities."""
    with pytest.raises(ScheduleFileError):
        inspect_schedule(data)


@settings(max_examples=100, deadline=None)
@given(st.binary(min_size=1, max_size=512), st.sampled_from([b"", b"\xef\xbb\xbf", b"<", b"%T\t"]))
def test_prefixed_garbage_never_produces_a_summary(data: bytes, prefix: bytes) -> None:
    """Near misses (a BOM, an XML start, an XER marker) followed by junk are still errors."""
    with pytest.raises(ScheduleFileError):
        inspect_schedule(prefix + data)
