# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: de226616b4be55ff7c61a4d6d830eff0077e9bf41fdb183fd60c7ac0063f78c4
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
