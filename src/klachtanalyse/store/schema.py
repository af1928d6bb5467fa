"""The store's tables, in one place so docs/batch.md and the code cannot drift apart.

Why these shapes:
- `documents` is keyed by the file's absolute path (`path`): that is what "the same file"
  means for an incremental run, whatever relative path the user typed (`source` keeps the
  path as given, for the record). A re-analysed file replaces its row, findings and evidence.
- every finding carries the backend (`source`), model name/version and pipeline version
  that made it, every evidence passage the rule id: each number in a report can be traced.
- `runs` has one row per `analyse` call; a row left `running` by a killed process is marked
  `interrupted` by the next writer (DuckDB's file lock guarantees one writer at a time).
- JSON columns hold the contract's `metadata` block and the free-form `extra` block, so
  researchers can query them with DuckDB's JSON operators (`metadata->>'$.uitkomst'`).
"""

SCHEMA_VERSION = "1"

DDL = """
CREATE TABLE IF NOT EXISTS store_info (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);

CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started TIMESTAMP NOT NULL,
    finished TIMESTAMP,
    status VARCHAR NOT NULL,            -- running | done | interrupted
    args JSON,                          -- the command's arguments
    engine VARCHAR,                     -- serial | processes | dask
    jobs INTEGER,
    pipeline_version VARCHAR,
    model_name VARCHAR,
    model_version VARCHAR,
    pseudonymised BOOLEAN,
    files BIGINT DEFAULT 0,             -- files found
    analysed BIGINT DEFAULT 0,          -- files analysed in this run (new + changed + retried + outdated)
    skipped BIGINT DEFAULT 0,           -- unchanged files taken from the store
    errors BIGINT DEFAULT 0,            -- analysed files that gave an error record
    new_files BIGINT DEFAULT 0,
    changed_files BIGINT DEFAULT 0,
    retried BIGINT DEFAULT 0,           -- files whose earlier record was an error
    outdated BIGINT DEFAULT 0,          -- unchanged bytes, other pipeline/model version or options
    seconds DOUBLE
);

CREATE TABLE IF NOT EXISTS documents (
    path VARCHAR PRIMARY KEY,           -- absolute path of the file: the key of incremental runs
    source VARCHAR NOT NULL,            -- the path as given or found (the record's "source")
    id VARCHAR NOT NULL,                -- ECLI or sha256:<hex> (the record's "id")
    content_hash VARCHAR NOT NULL,      -- sha256 of the file's bytes
    size_bytes BIGINT,
    kind VARCHAR,
    status VARCHAR NOT NULL,            -- ok | error
    error VARCHAR,
    metadata JSON,                      -- the contract's metadata block
    extra JSON,                         -- what the project knows beyond the contract
    text VARCHAR,                       -- the extracted text (evidence offsets point into it)
    pipeline_version VARCHAR NOT NULL,
    model_name VARCHAR,
    model_version VARCHAR,
    pseudonymised BOOLEAN NOT NULL,
    run_id INTEGER NOT NULL,
    analysed_at TIMESTAMP NOT NULL,
    seconds DOUBLE                      -- analysis time of this file in its worker
);

CREATE TABLE IF NOT EXISTS findings (
    id BIGINT PRIMARY KEY,
    document VARCHAR NOT NULL,          -- documents.path
    position INTEGER NOT NULL,          -- order of the label in the record
    label VARCHAR NOT NULL,             -- theme id from taxonomy.yaml
    score DOUBLE NOT NULL,
    source VARCHAR,                     -- backend that produced it (Label.source: rules, textcat, ...)
    model_name VARCHAR,
    model_version VARCHAR,
    pipeline_version VARCHAR NOT NULL,
    run_id INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS evidence (
    finding BIGINT NOT NULL,            -- findings.id
    position INTEGER NOT NULL,
    text VARCHAR NOT NULL,              -- == documents.text[start:end]
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    rule VARCHAR                        -- rule id or model that found the passage
);
"""

TABLES = ("store_info", "runs", "documents", "findings", "evidence")
