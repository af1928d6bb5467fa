"""A worker function for the crash-recovery test: dies hard on one file, like a segfault."""

import os

from klachtanalyse.store.engines import analyse_path


def analyse_or_die(path, options):
    if path.endswith("Leegstandwet_BWBR0003403.md"):
        os._exit(3)
    return analyse_path(path, options)
