# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Code generated from openapi/planner.yaml. Hand-written code never lives here.

Importing the package hands the models' decoders to the converter, so no model class
exists before the converter knows its decoder (the converter never imports this package).
"""

from kazinex_planner._converter import use_decoders

from .decoders import DECODERS

use_decoders(DECODERS)
