-- Version 1: reports, their values, the catalogue in force and the audit log.
CREATE TABLE jurisdictions (
    id          INTEGER PRIMARY KEY,
    code        TEXT,                      -- GB/T 2260; NULL for development zones
    name        TEXT NOT NULL,
    full_name   TEXT NOT NULL UNIQUE,
    level       TEXT NOT NULL CHECK (level IN ('province', 'city', 'county', 'district', 'zone')),
    parent_code TEXT,
    province    TEXT,
    city        TEXT
);
CREATE UNIQUE INDEX jurisdictions_code ON jurisdictions (code) WHERE code IS NOT NULL;

CREATE TABLE reports (
    id                  INTEGER PRIMARY KEY,
    jurisdiction_id     INTEGER REFERENCES jurisdictions (id),
    year                INTEGER,
    title               TEXT,
    issuer              TEXT,
    publish_date        TEXT,              -- ISO date
    doc_number          TEXT,
    source_name         TEXT NOT NULL,     -- file name as imported
    source_path         TEXT,
    format              TEXT NOT NULL,
    charset             TEXT,
    sha256              TEXT NOT NULL UNIQUE,
    original            BLOB NOT NULL,     -- the bytes, so evidence survives the source file
    text                TEXT NOT NULL,     -- decoded text; evidence offsets point into it
    warnings            TEXT NOT NULL DEFAULT '[]',
    needs_attention     INTEGER NOT NULL DEFAULT 0,
    set_by_hand         INTEGER NOT NULL DEFAULT 0,  -- jurisdiction/year fixed by a person
    superseded_by       INTEGER REFERENCES reports (id),
    imported_at         TEXT NOT NULL
);

CREATE TABLE catalogue (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    json        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE indicator_values (
    id          INTEGER PRIMARY KEY,
    report_id   INTEGER NOT NULL REFERENCES reports (id),
    indicator   TEXT NOT NULL,
    value       TEXT NOT NULL,             -- decimal as text: exact
    unit        TEXT NOT NULL,
    qualifier   TEXT NOT NULL,
    derived     INTEGER NOT NULL,
    section     TEXT NOT NULL,
    ev_start    INTEGER,
    ev_end      INTEGER,
    ev_text     TEXT,
    value_start INTEGER,
    value_end   INTEGER,
    confidence  REAL,
    flags       TEXT NOT NULL DEFAULT '',
    derived_from TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL CHECK (status IN ('extracted', 'confirmed', 'corrected', 'rejected', 'manual')),
    note        TEXT,
    updated_at  TEXT NOT NULL,
    UNIQUE (report_id, indicator)
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    who         TEXT NOT NULL,
    action      TEXT NOT NULL,
    report_id   INTEGER,
    value_id    INTEGER,
    indicator   TEXT,
    old_value   TEXT,
    new_value   TEXT,
    note        TEXT
);
