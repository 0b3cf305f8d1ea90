"""The sync facade has exactly the async client's groups, methods and parameters."""

from __future__ import annotations

import inspect
import typing

from kazinex_planner import PlannerClient as AsyncPlannerClient
from kazinex_planner._generated.operations import OPERATIONS
from kazinex_planner.sync import PlannerClient

GROUPS = sorted({op.tag for op in OPERATIONS})


def _public_methods(cls: type) -> set[str]:
    return {n for n, v in inspect.getmembers(cls, callable) if not n.startswith("_")}


def _group_class(client: type, group: str) -> type:
    # Inherited too: the async groups are declared on BaseClient, below the export layer.
    return typing.get_type_hints(client)[group]  # type: ignore[no-any-return]


def test_every_operation_has_a_blocking_method() -> None:
    for op in OPERATIONS:
        cls = _group_class(PlannerClient, op.tag)
        assert callable(getattr(cls, op.method_name, None)), f"{op.operation_id} missing"


def test_groups_and_methods_equal_the_async_client() -> None:
    for group in GROUPS:
        sync_cls = _group_class(PlannerClient, group)
        async_cls = _group_class(AsyncPlannerClient, group)
        # waiters included: the async hand-written extensions have sync twins
        assert _public_methods(sync_cls) == _public_methods(async_cls), group
    sync_names = {*dir(PlannerClient), *inspect.get_annotations(PlannerClient)}
    sync_attrs = {n for n in sync_names if not n.startswith("_")}
    # an instance, for the attributes the async client sets in __init__ (no session yet)
    instance = AsyncPlannerClient("kzp_test_facade", base_url="http://127.0.0.1:9")
    async_attrs = {n for n in dir(instance) if not n.startswith("_")}
    # the sync client adds only its bridge accessors
    assert async_attrs - sync_attrs == set()
    assert sync_attrs - async_attrs == {"async_client", "loop"}
    assert set(GROUPS) <= set(inspect.get_annotations(PlannerClient))


def test_signatures_equal_the_async_methods() -> None:
    for group in GROUPS:
        sync_cls = _group_class(PlannerClient, group)
        async_cls = _group_class(AsyncPlannerClient, group)
        for name in _public_methods(async_cls):
            s = inspect.signature(getattr(sync_cls, name), eval_str=True)
            a = inspect.signature(getattr(async_cls, name), eval_str=True)
            assert list(s.parameters.values()) == list(a.parameters.values()), (group, name)


def test_import_creates_no_event_loop() -> None:
    import subprocess
    import sys

    code = (
        "import asyncio, threading, warnings\n"
        "warnings.simplefilter('error')\n"
        "from kazinex_planner.sync import PlannerClient\n"
        "assert threading.active_count() == 1, threading.enumerate()\n"
        "try:\n"
        "    asyncio.get_running_loop()\n"
        "except RuntimeError:\n"
        "    print('no loop')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "no loop"


def test_constructor_and_export_take_the_async_parameters() -> None:
    def params(fn: object) -> list[inspect.Parameter]:
        # annotations compared as written (both modules postpone them)
        return list(inspect.signature(fn).parameters.values())  # type: ignore[arg-type]

    sync_init = params(PlannerClient.__init__)
    # session= is the one exception: a session belongs to the loop that created it
    async_init = [p for p in params(AsyncPlannerClient.__init__) if p.name != "session"]
    assert sync_init == async_init
    assert params(PlannerClient.export) == params(AsyncPlannerClient.export)
    assert params(PlannerClient.with_options) == params(AsyncPlannerClient.with_options)


def test_raw_response_twins_match() -> None:
    for group in GROUPS:
        sync_raw, async_raw = (
            _raw_class(PlannerClient, group),
            _raw_class(AsyncPlannerClient, group),
        )
        assert _public_methods(sync_raw) == _public_methods(async_raw), group
        for name in _public_methods(async_raw):
            s = inspect.signature(getattr(sync_raw, name), eval_str=True)
            a = inspect.signature(getattr(async_raw, name), eval_str=True)
            assert list(s.parameters.values()) == list(a.parameters.values()), (group, name)


def _raw_class(client: type, group: str) -> type:
    prop = _group_class(client, group).with_raw_response
    return inspect.get_annotations(prop.func, eval_str=True)["return"]  # type: ignore[no-any-return]
