# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: de226616b4be55ff7c61a4d6d830eff0077e9bf41fdb183fd60c7ac0063f78c4
"""Code generated from openapi/planner.yaml. Hand-written code never lives here."""
