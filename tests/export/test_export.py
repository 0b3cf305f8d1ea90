"""The export against a fake API: what it writes, what it costs, what it refuses."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import attrs
import orjson
import pytest

from kazinex_planner import Plan, __version__
from kazinex_planner._generated.operations import SPEC_SHA256
from kazinex_planner.errors import NotFoundError
from kazinex_planner.export import (
    ExportEvent,
    ExportQuotaError,
    ExportStateError,
    PageWritten,
    UnitDone,
    UnitStarted,
    export,
)
from kazinex_planner.models import Activity

from ._fake import FakePlanner
from ._helpers import expected_files, read_jsonl, sha256, snapshot
from .conftest import ClientFactory


async def test_every_record_exactly_once_as_sent(
    fake: FakePlanner, make_client: ClientFactory, tmp_path: Path
) -> None:
    planner = make_client()
    report = await planner.export(tmp_path)

    expected = expected_files(fake)
    written = {path: read_jsonl(tmp_path / path) for path in snapshot(tmp_path)}
    assert written == expected  # same records, same order, unknown fields kept
    assert any(r.get("x_future") for r in written["proj_0000/activities.jsonl"])
    assert report.complete
    assert not report.partial
    assert report.records == sum(len(v) for v in expected.values())


async def test_requests_are_the_minimum_and_counted_honestly(
    fake: FakePlanner, make_client: ClientFactory, tmp_path: Path
) -> None:
    report = await make_client().export(tmp_path)

    # 1 listing + one per_page=1 count per paginated collection of the 2 scheduled
    # projects (6) and of the unscheduled one (schedules, baselines) = 15 planning;
    # data: activities 3 pages, assignments 2, others 1, 2 single objects, per project.
    assert report.estimate.planning_requests == 1 + 2 * 6 + 2
    per_project = 1 + 3 + 1 + 1 + 1 + 1 + 2 + 1  # schedules … loading
    assert report.estimate.requests == 2 * per_project + 2  # + unscheduled's 2 lists
    assert report.requests_used == report.estimate.requests_minimum
    assert report.requests_used == sum(fake.hits.values())
    # No data page was read twice.
    assert all(n == 1 for (path, page), n in fake.page_hits.items() if page > 1)


async def test_manifest_records_files_and_provenance(
    fake: FakePlanner, make_client: ClientFactory, tmp_path: Path
) -> None:
    report = await make_client().export(tmp_path, include=["projects", "activities"])
    manifest = orjson.loads((tmp_path / "manifest.json").read_bytes())

    assert manifest["status"] == "complete"
    assert manifest["sdk_version"] == __version__
    assert manifest["spec_sha256"] == SPEC_SHA256
    assert manifest["requests_used"] == report.requests_used
    assert manifest["pending"] == []
    assert manifest["started_at"].endswith("Z")
    assert manifest["finished_at"].endswith("Z")
    assert set(manifest["units"]) == {"projects", *(f"proj_000{i}/activities" for i in range(3))}
    for unit in manifest["units"].values():
        path = tmp_path / unit["path"]
        assert sha256(path) == unit["sha256"]
        assert path.stat().st_size == unit["bytes"]
        assert len(read_jsonl(path)) == unit["records"]
    assert manifest["counts"]["records"] == report.records == 3 + 450 * 2
    assert not list(tmp_path.rglob("*.part"))  # noqa: ASYNC240


async def test_csv_has_a_stable_column_order(
    fake: FakePlanner, make_client: ClientFactory, tmp_path: Path
) -> None:
    model_columns = [a.metadata.get("json", a.name) for a in attrs.fields(Activity)]
    headers = []
    for n, out in enumerate((tmp_path / "a", tmp_path / "b")):
        if n:  # a second export after the server reordered every record's keys
            for record in fake.records("proj_0000", "activities"):
                items = list(record.items())
                record.clear()
                record.update(reversed(items))
        await make_client().export(out, include=["activities"], format="csv")
        with (out / "proj_0000" / "activities.csv").open(newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        headers.append(rows[0])
        assert len(rows) == 1 + 450
    assert headers[0] == headers[1] == [*model_columns, "x_future"]
    first = dict(zip(headers[0], rows[1], strict=True))
    source = fake.records("proj_0000", "activities")[0]
    assert orjson.loads(first["x_future"]) == source["x_future"]  # nested → JSON text
    assert first["id"] == source["id"]
    assert first["is_critical"] in {"true", "false"}
    assert (out / "proj_0002" / "activities.csv").read_text().strip() == ",".join(model_columns)


async def test_typed_output_validates_and_drops_unknown_fields(
    fake: FakePlanner, make_client: ClientFactory, tmp_path: Path
) -> None:
    raw = await make_client().export(tmp_path / "raw", include=["activities"])
    typed = await make_client().export(tmp_path / "typed", include=["activities"], typed=True)
    raw_rows = read_jsonl(tmp_path / "raw" / "proj_0000" / "activities.jsonl")
    typed_rows = read_jsonl(tmp_path / "typed" / "proj_0000" / "activities.jsonl")

    assert raw.records == typed.records
    assert all("x_future" in r for r in raw_rows)
    assert not any("x_future" in r for r in typed_rows)
    stripped = [{k: v for k, v in r.items() if k != "x_future"} for r in raw_rows]
    assert [r["id"] for r in typed_rows] == [r["id"] for r in stripped]
    assert typed_rows[0].keys() <= stripped[0].keys()


async def test_refuses_before_any_data_request_naming_the_numbers(
    fake: FakePlanner, make_client: ClientFactory, tmp_path: Path
) -> None:
    planner = make_client(plan=Plan.enterprise(per_minute=100_000, per_day=30))
    out = tmp_path / "never-created"
    with pytest.raises(ExportQuotaError) as caught:
        await planner.export(out)

    error = caught.value
    assert fake.data_requests == 0  # only the listing and per_page=1 counts were sent
    assert sum(fake.hits.values()) == error.planning == 15
    assert error.needed == 24
    assert error.remaining == 30 - 15
    assert "24 more requests" in str(error)
    assert "only 15 remain" in str(error)
    assert not out.exists()


async def test_unknown_project_is_the_apis_not_found(
    make_client: ClientFactory, tmp_path: Path
) -> None:
    with pytest.raises(NotFoundError):
        await make_client().export(tmp_path, projects=["proj_0000", "proj_nope"])


async def test_selected_projects_only(
    fake: FakePlanner, make_client: ClientFactory, tmp_path: Path
) -> None:
    report = await make_client().export(tmp_path, projects=["proj_0001"], include=["projects"])
    assert read_jsonl(tmp_path / "projects.jsonl") == [fake.projects[1]]
    assert report.requests_used == 1  # the project was fetched once, for the file too


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"include": ["activities", "widgets", "gadgets"]}, "'gadgets', 'widgets'"),
        ({"include": "activities"}, "not the string"),
        ({"include": []}, "at least one"),
        ({"format": "xml"}, "format must be one of jsonl, csv"),
        ({"concurrency": 0}, "concurrency"),
        ({"projects": "proj_0000"}, "not one string"),
    ],
)
async def test_bad_options_are_value_errors(
    make_client: ClientFactory, tmp_path: Path, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        await export(make_client(), tmp_path, **kwargs)  # type: ignore[arg-type]


async def test_resuming_with_other_options_is_refused(
    make_client: ClientFactory, tmp_path: Path
) -> None:
    await make_client().export(tmp_path, include=["projects"])
    with pytest.raises(ExportStateError, match="format: manifest 'jsonl', now 'csv'"):
        await make_client().export(tmp_path, include=["projects"], format="csv")
    # resume=False starts over instead.
    report = await make_client().export(tmp_path, include=["projects"], format="csv", resume=False)
    assert (tmp_path / "projects.csv").exists()
    assert not (tmp_path / "projects.jsonl").exists()
    assert report.complete


async def test_progress_events_sync_and_async(make_client: ClientFactory, tmp_path: Path) -> None:
    seen: list[ExportEvent] = []

    async def on_event(event: ExportEvent) -> None:
        seen.append(event)

    await make_client().export(tmp_path, include=["activities"], progress=on_event)
    started = [e for e in seen if isinstance(e, UnitStarted) and e.unit == "proj_0000/activities"]
    pages = [e for e in seen if isinstance(e, PageWritten) and e.unit == "proj_0000/activities"]
    done = [e for e in seen if isinstance(e, UnitDone) and e.unit == "proj_0000/activities"]
    assert started[0].expected_records == 450
    assert started[0].expected_pages == 3
    assert [p.records for p in pages] == [200, 400, 450]
    assert done[0].records == 450
    assert done[0].requests == 3

    calls: list[str] = []
    await make_client().export(
        tmp_path / "b", include=["projects"], progress=lambda e: calls.append(type(e).__name__)
    )
    assert calls == ["ExportPlanned", "UnitStarted", "UnitDone"]


async def test_the_api_key_is_never_written(make_client: ClientFactory, tmp_path: Path) -> None:
    await make_client().export(tmp_path, include=["projects", "loading"])
    for path in tmp_path.rglob("*"):  # noqa: ASYNC240
        if path.is_file():
            assert b"test-key-not-secret" not in path.read_bytes()


def test_csv_cells_are_unambiguous_enough_to_read_back() -> None:
    from kazinex_planner.export._writer import _cell

    assert [_cell(v) for v in (None, "a,b", 1, 1.5, True, {"k": [1]})] == [
        "",
        "a,b",
        "1",
        "1.5",
        "true",
        '{"k":[1]}',
    ]
    buf = io.StringIO()
    csv.writer(buf).writerow([_cell("x\n,y")])
    assert next(csv.reader(io.StringIO(buf.getvalue()))) == ["x\n,y"]
