"""The export's own errors: refusing for quota, and refusing to mix two exports.

Both are defined in :mod:`kazinex_planner.errors`, the home of every SDK error.
"""

from __future__ import annotations

from ..errors import ExportQuotaError, ExportStateError

__all__ = ["ExportQuotaError", "ExportStateError"]
