"""Testing kit for applications built on the SDK: the emulator fixtures and helpers.

The pytest plugin (``kazinex_planner.testing.pytest_plugin``) is registered by entry
point, so installing the package gives every test suite the ``planner_emulator`` and
``planner`` fixtures. ``VirtualClock`` (from ``kazinex_planner.ratelimit``) drives rate
limits and retries without real waiting.
"""
