"""klachtanalyse: evidence from Dutch eviction rulings, complaints and municipal policies.

    import klachtanalyse as ka
    records = ka.analyse("corpora/")
"""

from klachtanalyse.version import PIPELINE_VERSION, __version__

__all__ = ["__version__", "PIPELINE_VERSION", "analyse"]


def analyse(paths, **options):
    """Analyse files or folders and return the records (see klachtanalyse.aggregate for tables)."""
    from klachtanalyse.pipeline import Options, Pipeline
    from klachtanalyse.read import discover

    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    pipe = Pipeline(Options(**options))
    return [pipe.analyse_file(p) for p in discover(paths)]
