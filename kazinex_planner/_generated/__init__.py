# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 8559a6fb7093051cf70323c83912f3df38ce7d58fe7cde879754439573940f7d
"""Code generated from openapi/planner.yaml. Hand-written code never lives here."""
