"""API commands built from the operation index, so the CLI follows the spec.

Each entry of :data:`~kazinex_planner._generated.operations.OPERATIONS` becomes
``kazinex-planner <tag> <command>``: path parameters are arguments (``PROJECT_ID``),
query parameters and body fields are options whose types come from the generated
method's signature (enums become choices, lists repeatable options, datetimes ISO 8601,
booleans ``--x/--no-x``). A new operation in the spec therefore gets a command at the
next ``python -m codegen``; one that cannot be expressed as flags must be listed in
:data:`NOT_ON_CLI` with the reason (a test fails otherwise).
"""

from __future__ import annotations

import contextlib
import enum
import inspect
import sys
import types
import typing
from collections.abc import AsyncGenerator, Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any, Literal

import click

from .._client import PlannerClient
from .._core._pagination import AsyncPager
from .._generated.operations import OPERATIONS, Operation
from .._unset import UnsetType
from ._options import Settings, network_options, run_command
from ._render import print_list, print_object

__all__ = [
    "COMMAND_NAMES",
    "HAND_WRITTEN",
    "NOT_ON_CLI",
    "api_groups",
    "build_command",
]

#: Method name → command name where the method's name reads badly on a command line.
COMMAND_NAMES: dict[str, str] = {
    "get_report": "report",
    "list_checks": "checks",
    "get_check": "check",
    "list_assignments": "assignments",
    "get_loading": "loading",
    "send_test": "test",
    "list_deliveries": "deliveries",
}
#: Operations with their own hand-written command (operationId → where).
HAND_WRITTEN: dict[str, str] = {
    "uploadSchedule": "schedules upload (progress bar, --wait): cli/_upload.py",
}
#: Operations deliberately not on the command line, with the reason.
NOT_ON_CLI: dict[str, str] = {
    "batchUpdateActivities": (
        "its body is a list of structured updates; use `activities update` per activity"
    ),
}
#: Method parameters that are not flags: the common options carry timeout and
#: retries, lists page by themselves (``--limit``), ``prefetch`` is a library tuning.
#: Parameters that are not flags of their own: the common options carry timeout and
#: retries; the other per-call request options (headers, query, waits, lane, hooks) are
#: for Python callers.
_NOT_FLAGS = {
    "self",
    "timeout",
    "max_retries",
    "prefetch",
    "page",
    "per_page",
    "on_progress",
    "extra_headers",
    "extra_query",
    "max_wait",
    "lane",
    "on_attempt",
}

#: Parameter names the common options use (see ``_options``).
_COMMON = {"api_key", "base_url", "plan", "redis_url", "verbose", "as_json", "settings", "limit"}


class IsoDateTime(click.ParamType[datetime]):
    """An ISO 8601 date or date-time; without an offset it is taken as UTC."""

    name = "DATETIME"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> datetime:
        if isinstance(value, datetime):
            return value
        text = str(value).strip()
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            try:
                day = date.fromisoformat(text)
            except ValueError:
                self.fail(
                    f"{text!r} is not an ISO 8601 date or date-time "
                    "(e.g. 2026-03-01 or 2026-03-01T08:00:00Z)",
                    param,
                    ctx,
                )
            parsed = datetime(day.year, day.month, day.day)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _flag_name(name: str) -> str:
    return "--" + name.rstrip("_").replace("_", "-")


def _parts(annotation: Any) -> tuple[list[Any], bool, bool]:
    """``(types, nullable, patch)`` of a union annotation without None and UNSET."""
    args = (
        typing.get_args(annotation)
        if typing.get_origin(annotation) in (typing.Union, types.UnionType)
        else (annotation,)
    )
    kept = [a for a in args if a not in (type(None), UnsetType)]
    return kept, type(None) in args, UnsetType in args


def _choices(kinds: Sequence[Any]) -> list[str] | None:
    for kind in kinds:
        if typing.get_origin(kind) is Literal:
            return [str(v) for v in typing.get_args(kind)]
    for kind in kinds:
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return [str(m.value) for m in kind]
    return None


def _option(name: str, annotation: Any, default: Any) -> click.Option | None:
    """A click option for one keyword parameter, or None when it has no flag form."""
    kinds, _nullable, patch = _parts(annotation)
    required = default is inspect.Parameter.empty
    flag = _flag_name(name)
    doc = "" if not patch else " (unchanged when omitted)"
    first = kinds[0] if kinds else str
    if typing.get_origin(first) is list:
        (inner,) = typing.get_args(first)
        choices = _choices(_parts(inner)[0])  # an enum, or the enum | its literal strings
        if choices is None and inner is not str:
            return None  # a list of objects: not expressible as flags
        values = f": {', '.join(choices)}" if choices else ""
        return click.Option(
            [flag],
            multiple=True,
            required=required,
            type=_ListItems(choices),
            help=f"Repeatable or comma-separated{values}{doc}.",
        )
    choices = _choices(kinds)
    if choices is not None:
        return click.Option(
            [flag], type=click.Choice(choices), required=required, help=f"One of the values{doc}."
        )
    if first is bool:
        negative = "--no-" + flag[2:]
        return click.Option(
            [f"{flag}/{negative}"],
            default=None if (patch or default is None) else bool(default),
            required=required,
            help="Set to true or false (unchanged when omitted)."
            if patch
            else "Filter on true or false."
            if default is None
            else f"Default {default}.",
        )
    simple: dict[Any, click.ParamType[Any]] = {
        str: click.STRING,
        int: click.INT,
        float: click.FLOAT,
        datetime: IsoDateTime(),
    }
    if first not in simple:
        return None
    return click.Option([flag], type=simple[first], required=required, help=doc.strip() or None)


def _listify(value: tuple[list[str], ...]) -> list[str]:
    return [part for item in value for part in item]


class _ListItems(click.ParamType[list[str]]):
    """One occurrence of a repeatable option: comma-separated items, checked one by one."""

    name = "LIST"

    def __init__(self, choices: list[str] | None) -> None:
        self.choices = choices

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> list[str]:
        if isinstance(value, list):
            return value
        items = [part.strip() for part in str(value).split(",") if part.strip()]
        bad = [item for item in items if self.choices is not None and item not in self.choices]
        if bad:
            self.fail(
                f"{', '.join(map(repr, bad))} not among: {', '.join(self.choices or ())}",
                param,
                ctx,
            )
        return items


def _describe(func: Callable[..., Any]) -> tuple[str, str]:
    doc = inspect.getdoc(func) or ""
    paragraphs = [p.replace("\n", " ") for p in doc.split("\n\n")]
    summary = paragraphs[0] if paragraphs else ""
    detail = paragraphs[1] if len(paragraphs) > 1 and "``" not in paragraphs[1] else ""
    return summary, detail


def _resource_classes() -> dict[str, type]:
    hints = typing.get_type_hints(PlannerClient)
    return {name: cls for name, cls in hints.items() if isinstance(cls, type)}


async def _pages(pager: AsyncPager[Any]) -> AsyncGenerator[tuple[Sequence[Any], int], None]:
    # aclosing: stopping at --limit closes the pager now, not at garbage collection.
    async with contextlib.aclosing(pager.pages()) as pages:
        async for page in pages:
            yield page.data, page.meta.total


def build_command(op: Operation, resource_cls: type) -> click.Command | None:
    """The command for ``op``, or None when the operation is hand-written or excluded."""
    if op.operation_id in HAND_WRITTEN or op.operation_id in NOT_ON_CLI:
        return None
    method = getattr(resource_cls, op.method_name)
    hints = typing.get_type_hints(method)
    signature = inspect.signature(method)
    returns = hints.get("return")
    is_list = typing.get_origin(returns) is AsyncPager
    item_model = typing.get_args(returns)[0].__name__ if is_list else ""
    params: list[click.Parameter] = []
    positional: list[str] = []
    keywords: dict[str, bool] = {}  # name → is a list option
    for name, parameter in signature.parameters.items():
        if name in _NOT_FLAGS:
            continue
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            positional.append(name)
            params.append(click.Argument([name], metavar=name.upper()))
            continue
        if name in _COMMON:
            raise TypeError(f"{op.operation_id}: parameter {name!r} clashes with a common option")
        option = _option(name, hints[name], parameter.default)
        if option is None:
            raise TypeError(
                f"{op.operation_id}: parameter {name!r} has no flag form; "
                "list the operation in NOT_ON_CLI or teach _option its type"
            )
        params.append(option)
        keywords[name] = bool(option.multiple)
    if is_list:
        params.append(
            click.Option(
                ["--limit"],
                type=click.IntRange(min=0),
                default=100,
                show_default=True,
                help="Items to show (0: all); pages are fetched only as far as needed.",
            )
        )
    summary, detail = _describe(method)
    tag, method_name = op.tag, op.method_name
    reads_only = op.http_method == "GET"

    @network_options
    def callback(settings: Settings, **values: Any) -> None:
        args = [values.pop(name) for name in positional]
        limit = values.pop("limit", None)
        kwargs: dict[str, Any] = {}
        for name, is_multiple in keywords.items():
            value = values.pop(name)
            if is_multiple:
                value = _listify(value) or None
            if value is not None:  # omitted: the method's default (UNSET for an update)
                kwargs[name] = value

        async def go() -> None:
            async with settings.client() as planner:
                bound = getattr(getattr(planner, tag), method_name)
                if is_list:
                    per_page = min(200, limit) if limit else 200
                    pager = bound(*args, per_page=per_page, **kwargs)
                    async with contextlib.aclosing(_pages(pager)) as pages:
                        await print_list(
                            pages,
                            model=item_model,
                            limit=limit or None,
                            as_json=settings.as_json,
                        )
                    return
                result = await bound(*args, **kwargs)
                if result is None:
                    _done(op, args, settings.as_json)
                else:
                    print_object(result, as_json=settings.as_json)

        run_command(
            go(),
            settings,
            interrupted="interrupted: nothing was changed"
            if reads_only
            else "interrupted: the request may or may not have been applied; check with a "
            "get or list command before repeating it",
        )

    epilog = f"API: {op.http_method} {op.path} ({op.operation_id})."
    return click.Command(
        COMMAND_NAMES.get(op.method_name, op.method_name.replace("_", "-")),
        callback=callback,
        params=[*params, *getattr(callback, "__click_params__", [])[::-1]],
        help=f"{summary}\n\n{detail}" if detail else summary,
        short_help=summary,
        epilog=epilog,
    )


def _done(op: Operation, args: Sequence[str], as_json: bool) -> None:
    what = op.tag.rstrip("s") if op.tag != "quality" else "quality check"
    target = args[-1] if args else ""
    if as_json:
        import json

        print(json.dumps({"operation": op.operation_id, "id": target, "status": "done"}))
    else:
        verb = {"remove": "removed", "unmark": "unmarked"}.get(op.method_name, "deleted")
        click.echo(f"{verb} {what} {target}")


def _group_help(resource_cls: type) -> str:
    for cls in resource_cls.__mro__:
        module = sys.modules.get(cls.__module__)
        if module is not None and module.__doc__ and "_generated" in cls.__module__:
            paragraphs = module.__doc__.strip().split("\n\n")
            return paragraphs[-1].replace("\n", " ")
    return ""


def api_groups() -> list[click.Group]:
    """One group per tag with one command per operation, in the spec's order."""
    classes = _resource_classes()
    groups: dict[str, click.Group] = {}
    for op in OPERATIONS:
        group = groups.get(op.tag)
        if group is None:
            group = click.Group(op.tag, help=_group_help(classes[op.tag]))
            groups[op.tag] = group
        command = build_command(op, classes[op.tag])
        if command is not None:
            group.add_command(command)
    return list(groups.values())
