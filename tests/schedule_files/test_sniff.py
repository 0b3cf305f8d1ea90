"""sniff_format: the format from the first bytes, or None (the emulator's 415)."""

from __future__ import annotations

import pytest

from kazinex_planner.schedule_files import generate_xer, sniff_format

MS = "http://schemas.microsoft.com/project"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"ERMHDR\t19.12\t2024-01-01\n%T\tPROJECT\n", "xer"),
        (b"\xef\xbb\xbfERMHDR\t8.1\n", "xer"),
        (b"ERMHDR\r\n", "xer"),
        (b"ERMHDRX\t1\n", None),
        (b" ERMHDR\t1\n", None),
        (f'<?xml version="1.0"?>\n<Project xmlns="{MS}"><Name>x</Name>'.encode(), "mspdi"),
        (b"\xef\xbb\xbf" + f"<Project xmlns='{MS}'>".encode(), "mspdi"),
        (f'<!-- exported --><?pi x?>\n<ms:Project xmlns:ms="{MS}">'.encode(), "mspdi"),
        (f'<Project xmlns:ms="{MS}">'.encode(), None),  # Project itself has no namespace
        (f'<!DOCTYPE Project [<!ENTITY a "b">]><Project xmlns="{MS}">'.encode(), "mspdi"),
        (
            f'<?xml version="1.0" encoding="UTF-16"?><Project xmlns="{MS}">'.encode("utf-16"),
            "mspdi",
        ),
        (
            b'<?xml version="1.0"?><APIBusinessObjects xmlns="http://xmlns.oracle.com/Primavera/P6/V19.12/API/BusinessObjects">',
            "pmxml",
        ),
        (b"<APIBusinessObjects>", "pmxml"),
        (b'<Project xmlns="http://example.com/other">', None),
        (b"<Project>", None),
        (b'<?xml version="1.0"?><html><body/></html>', None),
        (b"%PDF-1.4\n", None),
        (b"", None),
        (b"\x00\x01\x02", None),
        (b"<", None),
    ],
)
def test_sniff(head: bytes, expected: str | None) -> None:
    assert sniff_format(head) == expected


def test_sniff_generated_file() -> None:
    assert sniff_format(generate_xer(activities_per_project=3)[:4096]) == "xer"


def test_sniff_accepts_bytes_like() -> None:
    assert sniff_format(memoryview(b"ERMHDR\t1\n")) == "xer"  # type: ignore[arg-type]
    assert sniff_format(bytearray(b"<APIBusinessObjects/>")) == "pmxml"  # type: ignore[arg-type]
