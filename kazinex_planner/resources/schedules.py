"""Schedules: the generated methods plus local validation and ``wait_until_ready``."""

from __future__ import annotations

from .._core._upload import UploadSource, can_rewind
from .._generated.models import Schedule, ScheduleStatus
from .._generated.resources import SchedulesResource
from ..errors import ScheduleProcessingError
from ._polling import poll_until
from ._validate import inspect_off_loop


class Schedules(SchedulesResource):
    """``planner.schedules``: upload, list, get, delete, and wait for processing."""

    async def _validate_upload(self, source: UploadSource, *, timeout: float) -> None:
        # A bad file is rejected here, before it costs a request and a wait. Only a source
        # that can be read again is inspected: a one-shot async stream is left to the
        # server, which validates it too. Reading is CPU work on untrusted bytes, so it
        # runs in a worker thread; the event loop keeps serving other calls meanwhile.
        if not can_rewind(source):
            return
        await inspect_off_loop(source, timeout=timeout)

    async def wait_until_ready(
        self,
        project_id: str,
        schedule_id: str,
        *,
        timeout: float = 600,
        poll_interval: float = 2.0,
    ) -> Schedule:
        """Poll until the schedule is ``ready``; raise if it ``failed`` or time runs out.

        Raises :class:`~kazinex_planner.errors.ScheduleProcessingError` with the server's
        reason when processing failed, and
        :class:`~kazinex_planner.errors.WaitTimeoutError` after ``timeout`` seconds.
        """
        schedule = await poll_until(
            lambda: self.get(project_id, schedule_id),
            lambda s: s.status != ScheduleStatus.processing,
            clock=self._transport.clock,
            timeout=timeout,
            poll_interval=poll_interval,
            what=f"processing of schedule {schedule_id}",
        )
        if schedule.status == ScheduleStatus.failed:
            reason = schedule.error
            raise ScheduleProcessingError(
                f"schedule {schedule_id} failed to process: {reason or 'no reason given'}",
                schedule_id=schedule_id,
                reason=reason,
            )
        return schedule
