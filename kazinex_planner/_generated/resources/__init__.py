# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Generated resource classes, one per endpoint group."""

from .activities import ActivitiesResource
from .baselines import BaselinesResource
from .projects import ProjectsResource
from .quality import QualityResource
from .resources import ResourcesResource
from .schedules import SchedulesResource
from .users import UsersResource
from .webhooks import WebhooksResource

__all__ = [
    "ProjectsResource",
    "SchedulesResource",
    "ActivitiesResource",
    "BaselinesResource",
    "QualityResource",
    "ResourcesResource",
    "UsersResource",
    "WebhooksResource",
]
