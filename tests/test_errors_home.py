"""Every error the SDK raises is a ``PlannerError`` defined in ``kazinex_planner.errors``."""

from __future__ import annotations

import importlib
import pkgutil

import kazinex_planner
from kazinex_planner import errors


def _all_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(kazinex_planner.__path__, "kazinex_planner."):
        if ".cli" in info.name or ".testing" in info.name:
            continue  # optional extras (click/rich, pytest) import their own dependencies
        if ".emulator" in info.name:
            continue  # the server's internal errors become HTTP responses, never raised to users
        names.append(info.name)
    return names


def test_every_sdk_error_lives_in_the_errors_module() -> None:
    strays: set[str] = set()
    for name in _all_modules():
        module = importlib.import_module(name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, BaseException)
                and value.__module__.startswith("kazinex_planner")
                and value.__module__ != "kazinex_planner.errors"
                # private control-flow exceptions are caught where they are raised
                and not value.__qualname__.startswith("_")
            ):
                strays.add(f"{value.__module__}.{value.__qualname__}")
    assert not strays


def test_errors_are_planner_errors_and_listed() -> None:
    for name in errors.__all__:
        value = getattr(errors, name)
        if isinstance(value, type) and issubclass(value, BaseException):
            assert issubclass(value, errors.PlannerError), name
    for name in ("ScheduleFileError", "ExportQuotaError", "ExportStateError", "EventLoopError"):
        assert name in errors.__all__


def test_old_import_paths_still_work() -> None:
    from kazinex_planner.export import ExportQuotaError
    from kazinex_planner.schedule_files import ScheduleFileError
    from kazinex_planner.webhooks import WebhookVerificationError

    assert ExportQuotaError is errors.ExportQuotaError
    assert ScheduleFileError is errors.ScheduleFileError
    assert WebhookVerificationError is errors.WebhookVerificationError
