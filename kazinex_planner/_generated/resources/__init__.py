# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 8559a6fb7093051cf70323c83912f3df38ce7d58fe7cde879754439573940f7d
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
