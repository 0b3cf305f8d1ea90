"""Request handlers, one module per endpoint group (tag) of the spec."""

from __future__ import annotations

from .._context import Route
from . import activities, baselines, projects, quality, resources, schedules, users, webhooks

__all__ = ["ROUTES"]

#: Every operation of the spec. Concrete paths come before templated ones of the same
#: shape (``/resources/assignments`` before ``/resources/{resource_id}``).
ROUTES: tuple[Route, ...] = (
    *projects.ROUTES,
    *schedules.ROUTES,
    *activities.ROUTES,
    *baselines.ROUTES,
    *quality.ROUTES,
    *resources.ROUTES,
    *users.ROUTES,
    *webhooks.ROUTES,
)
