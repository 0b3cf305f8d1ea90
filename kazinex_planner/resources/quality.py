"""Quality: the generated methods plus ``wait_until_complete``."""

from __future__ import annotations

from .._generated.models import QualityReport, QualityStatus
from .._generated.resources import QualityResource
from ._polling import poll_until


class Quality(QualityResource):
    """``planner.quality``: reports, checks, and waiting for a report to complete."""

    async def wait_until_complete(
        self,
        project_id: str,
        schedule_id: str | None = None,
        *,
        timeout: float = 600,
        poll_interval: float = 2.0,
    ) -> QualityReport:
        """Poll the quality report until its status is ``complete`` (bulk lane, backing off)."""
        return await poll_until(
            lambda: self.get_report(project_id, schedule_id=schedule_id),
            lambda r: r.status == QualityStatus.complete,
            clock=self._transport.clock,
            timeout=timeout,
            poll_interval=poll_interval,
            what=f"quality report of project {project_id}",
        )
