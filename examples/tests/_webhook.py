"""A signed ``quality.complete`` delivery, as the API would send it to the examples."""

from __future__ import annotations

import json

from kazinex_planner.webhooks import sign

SECRET = "whsec_examples_0123456789abcdef"


def quality_complete(event_id: str = "evt_example_1") -> tuple[bytes, dict[str, str]]:
    body = json.dumps(
        {
            "id": event_id,
            "type": "quality.complete",
            "created_at": "2026-03-02T08:01:30Z",
            "project_id": "proj_01HZ4G7Q",
            "data": {
                "schedule_id": "sch_01HZ5A2B",
                "score": 78.4,
                "grade": "good",
                "completed_at": "2026-03-02T08:01:30Z",
            },
        }
    ).encode()
    return body, {**sign(body, SECRET), "Content-Type": "application/json"}
