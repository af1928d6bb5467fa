"""One version string for the package and one for the analysis pipeline.

PIPELINE_VERSION changes whenever a stage would give a different record for the same
bytes (new rules, a new model): the store re-analyses files whose recorded pipeline
version differs, so bump it with every change that alters output.
"""

__version__ = "0.1.0"
PIPELINE_VERSION = "0.9.4"  # 28 Nov 2026 (session 7): thema-v2 2.12; ground rounds 5-6, ruling rounds 5-7, privacy batches 1-4 and vocabulary, policy batches 10-13
