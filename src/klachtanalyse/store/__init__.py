"""Stage package: store, the embedded DuckDB store and the batch runner (see docs/batch.md).

Public face:
    Store(path, read_only=False)        one DuckDB file: documents, findings, evidence, runs
      .iter_records(include_text=True)  every stored record (interface shape + text + extra)
      .runs()                           every run with its arguments, versions and counts
      .sql(query)                       any SQL on the tables (docs/batch.md lists them)
      .close() / with Store(...) as s:
    StoreError                          a store that cannot be opened or used (one-line reason)
    run_batch(paths, ...)               the batch runner behind `analyse` (incremental, -j N, dask)
"""

from klachtanalyse.store.db import Entry, Signature, StoredState, Store, StoreError, path_key

__all__ = ["Entry", "Signature", "StoredState", "Store", "StoreError", "path_key"]
