"""Hand-written extensions of the generated resource classes (waiters, upload validation)."""

from .quality import Quality
from .schedules import Schedules

__all__ = ["Quality", "Schedules"]
