"""Tests of kazinex_planner.webhooks."""
