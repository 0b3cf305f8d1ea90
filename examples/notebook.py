# %% [markdown]
# # Exploring a project's schedule quality, from a notebook
#
# This file is a notebook in the *percent* format: Jupyter (with jupytext), VS Code and
# PyCharm show each `# %%` block as a cell. It also runs as a plain script
# (`python examples/notebook.py`), which is how CI runs it, headless.
#
# It uses the **sync client**, `kazinex_planner.sync.PlannerClient`. Notebooks already run
# an event loop, so `asyncio.run(...)` fails there; the sync client runs its own loop in
# a background thread and never touches the notebook's. Every method is the async
# client's method, without `await`; list methods return pagers you iterate with `for`.
#
# Requirements: `pip install -r examples/requirements.txt` (matplotlib).

# %%
import os
import sys
from collections import Counter
from pathlib import Path

import matplotlib

if "ipykernel" not in sys.modules:
    matplotlib.use("Agg")  # a script (CI): draw to files, no display needed
import matplotlib.pyplot as plt

from kazinex_planner.schedule_files import generate_xer
from kazinex_planner.sync import Emulator, PlannerClient

OUT = Path(os.environ.get("NOTEBOOK_OUT", "notebook-output"))
OUT.mkdir(parents=True, exist_ok=True)

# %% [markdown]
# ## Connect
#
# With `KAZINEX_API_KEY` set, this talks to the real API. Otherwise it starts the
# embedded emulator (in its own thread, like the client) and publishes a generated
# schedule to it, so the notebook has something to explore.

# %%
emulator = None
if os.environ.get("KAZINEX_API_KEY"):
    planner = PlannerClient()
    project = next(iter(planner.projects.list()))
else:
    emulator = Emulator(plan="business")
    emulator.start()
    planner = PlannerClient(emulator.issue_key(), base_url=emulator.base_url, plan="business")
    project = planner.projects.create(name="Notebook sample", code="NB1")
    uploaded = planner.schedules.upload(
        project.id, generate_xer(activities_per_project=300, seed=5), label="Update 01"
    )
    planner.schedules.wait_until_ready(project.id, uploaded.id, poll_interval=0.2)
print(planner, "→", project.name)

# %% [markdown]
# ## The quality report
#
# `wait_until_complete` blocks until the server has scored the current revision.

# %%
report = planner.quality.wait_until_complete(project.id, poll_interval=0.2)
print(f"overall {report.score} ({report.grade})")
for category in report.categories:
    print(f"  {category.name:<16} {category.score!s:>6}  fail={category.failed}")

# %% [markdown]
# Failing checks, straight from the pager (one request per page, fetched lazily):

# %%
failing = list(planner.quality.list_checks(project.id, verdict="fail"))
for check in failing:
    print(f"{check.id:<28} {check.value} {check.unit} (threshold {check.threshold})")

# %% [markdown]
# ## Float across the schedule
#
# Iterating the activities pager reads every page; here ~300 activities in 2 pages.

# %%
activities = list(planner.activities.list(project.id, per_page=200))
floats = [a.total_float_hours for a in activities if a.total_float_hours is not None]
statuses = Counter(str(a.status) for a in activities)
print(len(activities), "activities;", dict(statuses))

# %%
fig, ax = plt.subplots(figsize=(7, 4))
ax.hist([f / 8 for f in floats], bins=30, color="#3b7dd8")
ax.axvline(44, color="#c0392b", linestyle="--", label="high-float threshold (44 d)")
ax.axvline(0, color="black", linewidth=0.8)
ax.set(xlabel="total float (working days)", ylabel="activities", title="Total float")
ax.legend()
fig.tight_layout()
fig.savefig(OUT / "float.png", dpi=100)

# %%
scored = [c for c in report.categories if c.score is not None]
fig, ax = plt.subplots(figsize=(7, 4))
bars = ax.barh([c.name for c in scored], [c.score or 0 for c in scored], color="#27ae60")
ax.bar_label(bars, fmt="%.0f")
ax.set(xlim=(0, 100), xlabel="score", title=f"Quality by category — overall {report.score}")
ax.invert_yaxis()
fig.tight_layout()
fig.savefig(OUT / "quality.png", dpi=100)
print("plots written to", OUT.resolve())

# %% [markdown]
# ## Clean up
#
# Closing stops the client's loop thread (an unclosed client is closed at exit anyway).

# %%
planner.close()
if emulator is not None:
    emulator.stop()
