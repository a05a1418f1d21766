-- Version 3: suggestions. Figures the extractor matched to an indicator but doubted (another body, a part,
-- an unclear period, competing figures): a person accepts one (it becomes a confirmed value) or dismisses
-- it. Kept apart from indicator_values so that comparisons and exports never see an undecided suggestion.
CREATE TABLE suggestions (
    id           INTEGER PRIMARY KEY,
    report_id    INTEGER NOT NULL REFERENCES reports (id),
    indicator    TEXT NOT NULL,
    value        TEXT NOT NULL,
    unit         TEXT NOT NULL,
    qualifier    TEXT NOT NULL,
    derived      INTEGER NOT NULL,
    section      TEXT NOT NULL,
    ev_start     INTEGER,
    ev_end       INTEGER,
    ev_text      TEXT,
    value_start  INTEGER,
    value_end    INTEGER,
    confidence   REAL,
    flags        TEXT NOT NULL DEFAULT '',  -- the reasons for doubt
    derived_from TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'dismissed')),
    note         TEXT,
    updated_at   TEXT NOT NULL
);
CREATE INDEX suggestions_report ON suggestions (report_id, status);
