"""The export's own errors: refusing for quota, and refusing to mix two exports."""

from __future__ import annotations

from datetime import datetime

from ..errors import PlannerError

__all__ = ["ExportQuotaError", "ExportStateError"]


class ExportQuotaError(PlannerError):
    """Today's remaining requests cannot finish the export; raised before any data request.

    ``needed`` counts the requests the export still has to make (data pages and single
    objects); ``remaining`` is the day budget left after planning; ``planning`` is what
    planning itself spent. Pass ``allow_partial=True`` to export what fits today and
    resume the rest after ``reset_at``.
    """

    def __init__(
        self,
        message: str,
        *,
        needed: int,
        remaining: int,
        planning: int,
        reset_at: datetime | None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.needed = needed
        self.remaining = remaining
        self.planning = planning
        self.reset_at = reset_at


class ExportStateError(PlannerError, ValueError):
    """The output directory holds an export this call cannot resume (other options, a
    damaged manifest): resuming would mix two exports in one directory."""
