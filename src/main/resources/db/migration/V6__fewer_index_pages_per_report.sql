-- Version 6: fewer index pages written per imported report (issue 17). Each report is stored in its own
-- transaction, and each transaction writes every page it touched to the write-ahead log; an index whose order
-- is not the order of import (the indicator's name) touches a different leaf page for each value of the report.
-- values_indicator made 8 of a report's 32 page writes (1,000 generated reports) and no query needs it: every
-- query that names an indicator also reaches the values through their report (the unique index on
-- report_id, indicator), and the 待审核 queue narrowed to one indicator over all years reads the values'
-- unique index instead (decision 0034, with the query plans).
DROP INDEX IF EXISTS values_indicator;
-- A value's history is looked up by value id; an import's audit row has none, so it need not be indexed.
DROP INDEX IF EXISTS audit_value;
CREATE INDEX audit_value ON audit_log (value_id) WHERE value_id IS NOT NULL;
