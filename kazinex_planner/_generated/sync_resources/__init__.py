# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Generated blocking resource classes (``kazinex_planner.sync``)."""

from .activities import SyncActivitiesResource
from .baselines import SyncBaselinesResource
from .projects import SyncProjectsResource
from .quality import SyncQualityResource
from .resources import SyncResourcesResource
from .schedules import SyncSchedulesResource
from .users import SyncUsersResource
from .webhooks import SyncWebhooksResource

__all__ = [
    "SyncProjectsResource",
    "SyncSchedulesResource",
    "SyncActivitiesResource",
    "SyncBaselinesResource",
    "SyncQualityResource",
    "SyncResourcesResource",
    "SyncUsersResource",
    "SyncWebhooksResource",
]
