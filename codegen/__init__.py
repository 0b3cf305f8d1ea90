"""Code generator: ``openapi/planner.yaml`` → attrs models and async resource classes.

Never imported at runtime. ``python -m codegen`` regenerates the files under
``kazinex_planner/_generated``; ``python -m codegen --check`` exits non-zero and
prints a diff when the committed files are stale.
"""
