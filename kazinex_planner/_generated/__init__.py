# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 0c421ce429a8facf75e6115cd397b26e980b0cbf1c1b3c8f8877106359ec61b7
"""Code generated from openapi/planner.yaml. Hand-written code never lives here."""
