# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 0c421ce429a8facf75e6115cd397b26e980b0cbf1c1b3c8f8877106359ec61b7
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
