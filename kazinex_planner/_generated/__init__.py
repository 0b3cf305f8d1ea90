# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: f0832f62f1fe87963dd8f6992fcef2ff88b7db94c0f8d2d63e6aa3388474e8f8
"""Code generated from openapi/planner.yaml. Hand-written code never lives here."""
