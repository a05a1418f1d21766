-- Version 2: user settings (report deadline, language…) and the indexes the lists and comparisons use.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE INDEX reports_jurisdiction_year ON reports (jurisdiction_id, year);
CREATE INDEX values_indicator ON indicator_values (indicator);
CREATE INDEX audit_value ON audit_log (value_id);
