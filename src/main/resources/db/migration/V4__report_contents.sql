-- The original bytes and the decoded text of a report move out of the reports row into their own table.
-- SQLite keeps a row's columns in order and a 30 KB original spills into a chain of overflow pages, so any
-- column stored after it (needs_attention, superseded_by, imported_at) was reached by walking that chain:
-- listing 30,000 reports read the whole workspace. Lists and comparisons now read small rows only; the
-- content is read for one report at a time (evidence, re-extraction, workspace check).
CREATE TABLE report_contents (
    report_id INTEGER PRIMARY KEY REFERENCES reports (id),
    original  BLOB NOT NULL,               -- the bytes, so evidence survives the source file
    text      TEXT NOT NULL                -- decoded text; evidence offsets point into it
);
INSERT INTO report_contents (report_id, original, text) SELECT id, original, text FROM reports;
-- emptied first, so the two column drops below rewrite small rows instead of copying the content twice more
UPDATE reports SET original = x'', text = '';
ALTER TABLE reports DROP COLUMN original;
ALTER TABLE reports DROP COLUMN text;
-- comparisons and the review queue ask for the reports in force of some years
CREATE INDEX reports_year ON reports (year, superseded_by);
