"""klachtanalyse: evidence from Dutch eviction rulings, complaints and municipal policies.

The researchers' API, shared by the notebooks and the `rapport` command:

    import klachtanalyse as ka
    r = ka.analyse("corpora/geschreven/klachten")      # or ka.open("resultaten.duckdb")
    r.tabel("thema", per="gemeente")                   # documents per theme and municipality
    r.dossier("kinderen_onzichtbaar")                  # every quote, with document and source
    r.toon("k0001")                                    # one document, evidence highlighted
    r.rapport("rapport.html", xlsx="tabellen.xlsx")    # the report, always pseudonymised
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, Iterable

from klachtanalyse.version import PIPELINE_VERSION, __version__

__all__ = ["__version__", "PIPELINE_VERSION", "analyse", "open", "Result"]


def __getattr__(name: str):
    # `ka.Result` without importing pandas when only the CLI's version is asked for.
    if name == "Result":
        from klachtanalyse.aggregate import Result

        return Result
    raise AttributeError(f"module 'klachtanalyse' has no attribute {name!r}")


def analyse(
    paths: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    store: str | os.PathLike | None = None,
    jobs: int = 1,
    pseudonimiseer: bool = False,
    voortgang: bool | None = None,
    **options: Any,
):
    """Analyse files or folders (read recursively) and return a `Result`.

    store="resultaten.duckdb" keeps the records in a store and re-analyses only new or
    changed files next time (what `klachtanalyse analyse --store` does); jobs=N uses N
    worker processes. pseudonimiseer=True replaces personal data in texts and quotes
    (consistent over the run). voortgang shows a progress bar on stderr (default: more than
    10 files). Other options go to the pipeline (`model="path/to/model"`).
    Every file found gives one record; files that cannot be read are in `result.fouten`.
    """
    from klachtanalyse.aggregate import Result
    from klachtanalyse.pipeline import Options
    from klachtanalyse.read import discover

    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    paths = list(paths)
    files = discover(paths)
    show = len(files) > 10 if voortgang is None else voortgang
    herkomst = ", ".join(str(p) for p in paths)
    if store is not None or jobs > 1:
        from klachtanalyse.store.runner import BatchRun

        # The batch runner pseudonymises in its single writer (same placeholders across the run).
        run = BatchRun(files, options=Options(pseudonimiseer=pseudonimiseer, **options), store=store,
                       jobs=jobs, progress=show)
        records = list(run.records())
        return Result.from_records(records, herkomst=herkomst, gepseudonimiseerd=pseudonimiseer)
    from klachtanalyse.pipeline import Pipeline

    pipe = Pipeline(Options(**options))
    if show:
        from tqdm import tqdm

        iterator = tqdm(files, desc="analyse", unit="bestand", file=sys.stderr, mininterval=1.0)
    else:
        iterator = files
    records = [pipe.analyse_file(p) for p in iterator]
    result = Result.from_records(records, herkomst=herkomst)
    return result.pseudonimiseer() if pseudonimiseer else result


def open(store: str | os.PathLike, *, pseudonimiseer: bool = False):  # noqa: A001 - `ka.open(store)` is the API
    """The records of a store (`analyse --store DB`) or of a JSON-lines export as a `Result`."""
    from klachtanalyse.aggregate import Result
    from klachtanalyse.document import Record

    path = Path(store)
    if not path.exists():
        raise FileNotFoundError(f"bestaat niet: {path}")
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        records = []
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                except json.JSONDecodeError:
                    raise ValueError(f"{path}, regel {n}: geen geldige JSON") from None
                rec = Record.from_dict(data)
                rec.text = data.get("text")
                records.append(rec)
    else:
        from klachtanalyse.store import Store

        with Store(path, read_only=True) as db:
            records = list(db.iter_records(include_text=True))
    result = Result.from_records(records, herkomst=str(path))
    return result.pseudonimiseer() if pseudonimiseer else result
