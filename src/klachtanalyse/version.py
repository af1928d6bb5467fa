"""One version string for the package and one for the analysis pipeline.

PIPELINE_VERSION changes whenever a stage would give a different record for the same
bytes (new rules, a new model): the store re-analyses files whose recorded pipeline
version differs, so bump it with every change that alters output.
"""

__version__ = "0.1.0"
PIPELINE_VERSION = "0.9.5"  # 28 Nov 2026 (session 8): ruling round 8, policy batch 14, privacy batch 5, ground round 7 (extract and rule grounds together); before: 0.9.4 (session 7)
