"""ReadLimits: each limit refuses with ScheduleFileError naming it (and the XER line)."""

from __future__ import annotations

import io

import pytest

from kazinex_planner.schedule_files import (
    ReadLimits,
    ScheduleFileError,
    generate_xer,
    inspect_schedule,
    read_schedule,
    sniff_format,
)
from kazinex_planner.schedule_files._xer_walk import long_lines

MS = b'<Project xmlns="http://schemas.microsoft.com/project">'
READERS = [inspect_schedule, read_schedule]


def _xer(*lines: bytes) -> bytes:
    return b"\n".join([b"ERMHDR\t19.12", b"%T\tTASK", b"%F\ttask_id\ttask_code", *lines, b"%E"])


@pytest.mark.parametrize("fn", READERS)
def test_wide_field_list_names_its_line(fn: object) -> None:
    data = b"ERMHDR\t19.12\n%T\tTASK\n%F" + b"\t" * 50 + b"\n%R\t1\n%E\n"
    with pytest.raises(ScheduleFileError, match="max_columns") as info:
        fn(data, limits=ReadLimits(max_columns=40))  # type: ignore[operator]
    assert info.value.line == 3


@pytest.mark.parametrize("fn", READERS)
def test_wide_row_names_its_line(fn: object) -> None:
    data = _xer(b"%R\t1\tA", b"%R" + b"\tx" * 60, b"%R\t3\tC")
    with pytest.raises(ScheduleFileError, match="61 columns") as info:
        fn(data, limits=ReadLimits(max_columns=50))  # type: ignore[operator]
    assert info.value.line == 5


@pytest.mark.parametrize("fn", READERS)
def test_long_line_names_its_line(fn: object) -> None:
    data = _xer(b"%R\t1\tA", b"%R\t2\t" + b"y" * 5000, b"%R\t3\tC")
    with pytest.raises(ScheduleFileError, match="max_line_bytes") as info:
        fn(io.BytesIO(data), limits=ReadLimits(max_line_bytes=4096))  # type: ignore[operator]
    assert info.value.line == 5


def test_long_last_line_without_newline() -> None:
    data = _xer(b"%R\t1\tA") + b"\n%R\t2\t" + b"z" * 5000
    with pytest.raises(ScheduleFileError, match="max_line_bytes"):
        inspect_schedule(data, limits=ReadLimits(max_line_bytes=4096))


def test_lines_just_under_the_limits_are_read() -> None:
    data = _xer(b"%R\t1\t" + b"y" * 4000)
    summary = inspect_schedule(data, limits=ReadLimits(max_line_bytes=4096, max_columns=3))
    assert summary.activity_count == 1
    assert read_schedule(data, limits=ReadLimits(max_columns=3)).activities[0].code == "y" * 4000


def test_default_limits_read_a_generated_file() -> None:
    data = generate_xer(projects=2, activities_per_project=300, seed=2)
    assert inspect_schedule(data).activity_count == inspect_schedule(data).activity_count == 600


@pytest.mark.parametrize("fn", READERS)
@pytest.mark.parametrize(
    ("data", "limits", "match"),
    [
        (MS + b"<a>" * 10 + b"</a>" * 10 + b"</Project>", ReadLimits(max_depth=8), "max_depth"),
        (
            MS + b"<Tasks><Task>" + b"<x/>" * 500 + b"</Task></Tasks></Project>",
            ReadLimits(max_held_elements=100),
            "max_held_elements",
        ),
        (
            MS + b'<Tasks><Task n="' + b"v" * 300_000 + b'"/></Tasks></Project>',
            ReadLimits(max_token_bytes=100_000),
            "max_token_bytes",
        ),
        (
            MS + b"<Name>" + b"t" * 300_000 + b"</Name></Project>",
            ReadLimits(max_token_bytes=100_000),
            "max_token_bytes",
        ),
        (
            MS + b"<!--" + b"c" * 300_000 + b"--></Project>",
            ReadLimits(max_token_bytes=100_000),
            "max_token_bytes",
        ),
    ],
)
def test_xml_limits(fn: object, data: bytes, limits: ReadLimits, match: str) -> None:
    with pytest.raises(ScheduleFileError, match=match):
        fn(data, limits=limits)  # type: ignore[operator]


def test_many_records_are_not_held_at_once() -> None:
    """Dropped records free their count: 5,000 tasks pass a 100-element limit."""
    tasks = b"<Task><UID>1</UID><Name>a</Name></Task>" * 5000
    data = MS + b"<Tasks>" + tasks + b"</Tasks></Project>"
    summary = inspect_schedule(data, limits=ReadLimits(max_held_elements=100))
    assert summary.activity_count == 5000


@pytest.mark.parametrize("value", [0, -1, 1.5, True, "10"])
def test_limits_must_be_positive_ints(value: object) -> None:
    with pytest.raises(ValueError, match="max_depth must be a positive int"):
        ReadLimits(max_depth=value)  # type: ignore[arg-type]


def test_long_lines_finds_exactly_the_long_lines() -> None:
    buf = b"\n" + b"a" * 9 + b"\n" + b"b" * 10 + b"\n\n" + b"c" * 25
    assert long_lines(buf, len(buf), 10) == [(11, 21), (23, 48)]
    assert long_lines(buf, len(buf), 26) == []


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"<!DOCTYPE" + b"[x]" * 5000, None),
        (b"<!DOCTYPE Project [" + b"<!ENTITY a 'b'>" * 100 + b"]>" + MS, "mspdi"),
        (b"<!-- a --><!-- b -->\n" + MS, "mspdi"),
        (b"<?xml version='1.0'?><!-- never closed" + MS, None),
        (b'<ms:Project xmlns:ms="http://schemas.microsoft.com/project" a="1"/>', "mspdi"),
        (b'<Project a="x" xmlns = "http://schemas.microsoft.com/project" >', "mspdi"),
        (b"<Project a=\"xmlns='http://schemas.microsoft.com/project'\">", None),
        (b"<Project" + b" " * 10_000, None),
    ],
)
def test_sniff_edge_cases(head: bytes, expected: str | None) -> None:
    assert sniff_format(head) == expected
