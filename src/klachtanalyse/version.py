"""One version string for the package and one for the analysis pipeline.

PIPELINE_VERSION changes whenever a stage would give a different record for the same
bytes (new rules, a new model): the store re-analyses files whose recorded pipeline
version differs, so bump it with every change that alters output.
"""

__version__ = "0.1.0"
PIPELINE_VERSION = "0.9.21"  # 28 Nov 2026 (session 13): ground rounds 22-25, policy batches 27-29, privacy batches 19-21, ruling rounds 17-18 with 749 more places in the gazetteer, an ellipsis no form leader (0.9.16 to 0.9.20: the earlier steps); before: 0.9.15 (session 12: ground rounds 18-21, policy batches 23-26, privacy batches 15-18 (0.9.9 to 0.9.14: the earlier steps of the session); thema-v2 2.13 unchanged; before: 0.9.8 (session 11: ground rounds 15-17, ruling round 16 (and "in verbinding met" in the language layer), privacy batches 13-14, policy batch 22; thema-v2 2.13 unchanged; before: 0.9.7 (sessions 9-10: ground rounds 10-14, ruling rounds 11-15, policy batches 17-21, privacy batches 8-12, privacy split into modules (same spans); thema-v2 2.13 unchanged; before: 0.9.6 (session 8: thema-v2 2.13; ruling rounds 8-10, policy batches 14-16, privacy batches 5-7, ground rounds 7-9 (extract and rule grounds together); before: 0.9.4 (session 7)))))
