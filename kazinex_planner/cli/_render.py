"""Showing API objects: a table chosen per entity, a key/value view, or JSON (lines).

Tables must stay readable at 80 columns without cutting an id in half: id columns get
their full width as a minimum and never wrap; the other columns give way (wrapping
text, then an ellipsis). JSON uses the API's field names, exactly as the SDK would send
them, so ``--json`` output can be fed back to tools.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

import attrs
import orjson
from rich.console import Console
from rich.table import Table

from .._converter import converter
from ._common import console

__all__ = [
    "COLUMNS",
    "ListSummary",
    "as_data",
    "print_list",
    "print_object",
    "table_for",
]

#: Columns per entity (the model's class name), chosen to fit 80 columns; others
#: show their first fields. The key is the API's field name.
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "Project": (
        ("id", "id"),
        ("name", "name"),
        ("code", "code"),
        ("activity_count", "activities"),
        ("quality_grade", "quality"),
    ),
    "Schedule": (
        ("id", "id"),
        ("revision", "rev"),
        ("status", "status"),
        ("activity_count", "activities"),
        ("label", "label"),
    ),
    "Activity": (
        ("id", "id"),
        ("code", "code"),
        ("name", "name"),
        ("status", "status"),
        ("percent_complete", "%"),
    ),
    "Baseline": (
        ("id", "id"),
        ("schedule_id", "schedule"),
        ("label", "label"),
        ("is_primary", "primary"),
    ),
    "QualityCheckResult": (
        ("id", "check"),
        ("verdict", "verdict"),
        ("score", "score"),
        ("value", "value"),
        ("affected_count", "affected"),
    ),
    "Resource": (("id", "id"), ("code", "code"), ("name", "name"), ("type", "type")),
    "ResourceAssignment": (
        ("id", "id"),
        ("activity_id", "activity"),
        ("resource_id", "resource"),
        ("budgeted_units", "budgeted"),
    ),
    "User": (("id", "id"), ("email", "email"), ("role", "role"), ("status", "status")),
    "Webhook": (("id", "id"), ("url", "url"), ("events", "events"), ("active", "active")),
    "WebhookDelivery": (
        ("id", "id"),
        ("event_type", "event"),
        ("status", "status"),
        ("status_code", "http"),
        ("attempt", "attempt"),
    ),
}
_NUMERIC = {
    "activity_count",
    "revision",
    "percent_complete",
    "score",
    "value",
    "affected_count",
    "budgeted_units",
    "status_code",
    "attempt",
}


def as_data(value: Any) -> Any:
    """A model as JSON-ready data with the API's field names (UNSET fields omitted)."""
    return converter.unstructure(value)


def _is_id(key: str) -> bool:
    return key == "id" or key.endswith("_id")


def cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return (
            ", ".join(cell(v) for v in value)
            if all(not isinstance(v, Mapping | list) for v in value)
            else json.dumps(value, separators=(",", ":"))
        )
    if isinstance(value, Mapping):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def _columns(model: str, sample: Mapping[str, Any] | None) -> tuple[tuple[str, str], ...]:
    if model in COLUMNS:
        return COLUMNS[model]
    keys = list(sample or ())[:5]
    return tuple((key, key) for key in keys)


def table_for(model: str, rows: Sequence[Mapping[str, Any]], *, title: str | None = None) -> Table:
    """A table of ``rows`` (API data) with ``model``'s columns; ids are never cut."""
    columns = _columns(model, rows[0] if rows else None)
    table = Table(title=title, title_justify="left", expand=False)
    for key, header in columns:
        if _is_id(key):
            width = max([len(header)] + [len(cell(r.get(key))) for r in rows])
            table.add_column(header, no_wrap=True, min_width=width, overflow="fold")
        else:
            table.add_column(
                header,
                justify="right" if key in _NUMERIC else "left",
                overflow="ellipsis" if key in {"url", "email"} else "fold",
                ratio=None,
            )
    for row in rows:
        table.add_row(*(cell(row.get(key)) for key, _ in columns))
    return table


def print_object(value: Any, *, as_json: bool, out: Console = console) -> None:
    """One object: JSON, or a two-column field/value view."""
    data = as_data(value)
    if as_json:
        print(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())
        return
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("value", overflow="fold")
    items = data.items() if isinstance(data, Mapping) else [("value", data)]
    for key, item in items:
        table.add_row(key, cell(item))
    out.print(table)


@attrs.define
class ListSummary:
    """What a list printed, for the footer: shown items and the server's total."""

    shown: int = 0
    total: int | None = None


async def print_list(
    pages: AsyncIterator[tuple[Sequence[Any], int]],
    *,
    model: str,
    limit: int | None,
    as_json: bool,
    out: Console = console,
) -> ListSummary:
    """Print items page by page as they arrive (JSON lines) or as one table.

    ``pages`` yields ``(items, total)``; iteration stops as soon as ``limit`` items are
    shown, so no page beyond them is requested.
    """
    summary = ListSummary()
    rows: list[Mapping[str, Any]] = []
    async for items, total in pages:
        summary.total = total
        for item in items:
            if limit is not None and summary.shown >= limit:
                break
            data = as_data(item)
            summary.shown += 1
            if as_json:
                print(orjson.dumps(data).decode(), flush=False)
            else:
                rows.append(data)
        if limit is not None and summary.shown >= limit:
            break
    if not as_json:
        if rows:
            out.print(table_for(model, rows))
        shown_all = summary.total is None or summary.shown >= summary.total
        if not rows:
            out.print("no items")
        elif not shown_all:
            out.print(
                f"showing {summary.shown} of {summary.total}; --limit N shows more, "
                "--limit 0 shows all"
            )
    return summary
