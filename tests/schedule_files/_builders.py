"""Small schedule files built in tests: XER tables, MSPDI and PMXML documents."""

from __future__ import annotations

from collections.abc import Sequence

MSPDI_NS = "http://schemas.microsoft.com/project"

TASK_FIELDS = (
    "task_id",
    "proj_id",
    "wbs_id",
    "clndr_id",
    "phys_complete_pct",
    "complete_pct_type",
    "task_type",
    "duration_type",
    "status_code",
    "task_code",
    "task_name",
    "total_float_hr_cnt",
    "free_float_hr_cnt",
    "remain_drtn_hr_cnt",
    "target_drtn_hr_cnt",
    "act_start_date",
    "act_end_date",
    "early_start_date",
    "early_end_date",
    "late_start_date",
    "late_end_date",
    "target_start_date",
    "target_end_date",
    "cstr_type",
    "cstr_date",
    "driving_path_flag",
)


def table(name: str, fields: Sequence[str], *rows: Sequence[str]) -> str:
    """One XER table: ``%T``, ``%F`` and a ``%R`` line per row."""
    lines = [f"%T\t{name}", "%F\t" + "\t".join(fields)]
    lines += ["%R\t" + "\t".join(row) for row in rows]
    return "\n".join(lines) + "\n"


def task(**values: str) -> list[str]:
    """A TASK row in ``TASK_FIELDS`` order; unspecified columns are empty."""
    extra = set(values) - set(TASK_FIELDS)
    if extra:
        raise KeyError(f"not a TASK_FIELDS column: {sorted(extra)}")
    return [values.get(f, "") for f in TASK_FIELDS]


def project(proj_id: str = "1", code: str = "P1", recalc: str = "2024-03-01 08:00") -> str:
    return table(
        "PROJECT",
        ("proj_id", "proj_short_name", "last_recalc_date", "plan_start_date"),
        (proj_id, code, recalc, "2024-01-01 08:00"),
    )


def xer(
    *tables: str,
    version: str = "19.12",
    end: bool = True,
    newline: str = "\n",
) -> str:
    """A whole XER file as text (encode it as the test needs)."""
    text = f"ERMHDR\t{version}\t2024-03-01\tProject\tadmin\tTest\tdbxDatabaseNoName\tPM\tUSD\n"
    text += "".join(tables)
    if end:
        text += "%E\n"
    return text.replace("\n", newline)


def minimal_xer(name: str = "Activity") -> str:
    """One project, one WBS root, one activity: the smallest sensible XER."""
    return xer(
        project(),
        table(
            "PROJWBS",
            ("wbs_id", "proj_id", "proj_node_flag", "wbs_short_name", "wbs_name", "parent_wbs_id"),
            ("10", "1", "Y", "P1", "Project One", ""),
        ),
        table(
            "TASK",
            TASK_FIELDS,
            task(
                task_id="100",
                proj_id="1",
                wbs_id="10",
                task_code="A1",
                task_name=name,
                task_type="TT_Task",
                status_code="TK_NotStart",
            ),
        ),
    )


def mspdi(body: str, *, declaration: bool = True) -> bytes:
    """An MSPDI document with ``body`` inside ``<Project>``."""
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' if declaration else ""
    return f'{head}<Project xmlns="{MSPDI_NS}">\n{body}\n</Project>\n'.encode()


def element(tag: str, **children: str | int | float) -> str:
    """``<tag><k>v</k>...</tag>`` with children in the given order."""
    inner = "".join(f"<{k}>{v}</{k}>" for k, v in children.items())
    return f"<{tag}>{inner}</{tag}>"
