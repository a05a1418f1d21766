-- Version 5: what a person knows about a report that its file may not say, and population figures.
-- A publication date set by a person (issue 16) lives beside the date the extractor read, never in its place:
-- re-extraction and a new version of the report rewrite publish_date, never publish_date_by_hand, and the
-- date in force is the person's when there is one.
ALTER TABLE reports ADD COLUMN publish_date_by_hand TEXT;           -- ISO date, or NULL
-- The report's web address (issue 13): read from the saved page (canonical link, og:url, the saved-from
-- comment, an .mht's Content-Location) or given by a person, who then wins over any file.
ALTER TABLE reports ADD COLUMN source_url TEXT;
ALTER TABLE reports ADD COLUMN source_url_by_hand INTEGER NOT NULL DEFAULT 0;
-- Resident population (常住人口) per jurisdiction and year (issue 12), entered or imported by the user;
-- none is shipped. Counts the catalogue marks per-head comparable are shown per 10,000 residents from it.
CREATE TABLE population (
    code       TEXT NOT NULL,                  -- GB/T 2260 code of the jurisdiction
    year       INTEGER NOT NULL,
    residents  INTEGER NOT NULL CHECK (residents > 0),
    source     TEXT,                           -- the file it was imported from, or NULL when typed in
    updated_at TEXT NOT NULL,
    PRIMARY KEY (code, year)
);
