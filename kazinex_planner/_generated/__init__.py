# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 8f955f788f1280f7457163c45626e54596318eca3d7e1ce958d66cde423eef60
"""Code generated from openapi/planner.yaml. Hand-written code never lives here."""
