package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.AuditEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Schema 6 keeps only the indexes a query uses (decision 0034): each index is a page written per imported report.
 * These plans are what the queries of the import, the comparison, the lists and 待审核 rely on; dropping an
 * index one of them needs turns its SEARCH into a SCAN here.
 */
class IndexPlansTest {
    @TempDir
    Path dir;

    @Test
    void migratingFromVersion5DropsTheIndexesNoQueryNeedsAndKeepsTheAuditOfAValue() throws Exception {
        Path f = dir.resolve("v5.db");
        long valueId;
        try (Workspace ws = Workspace.open(f, 5)) {
            assertTrue(indexes(ws).containsKey("values_indicator"));
            ReportStore store = new ReportStore(ws, "tester");
            long id = store.insert(TestReports.county("通山县", 2022, 274));
            valueId = store.values(id).get(0).id();
            store.confirm(valueId, "checked");
        }
        try (Workspace ws = Workspace.open(f)) {
            assertEquals(Workspace.latestSchemaVersion(), ws.schemaVersion());
            Map<String, String> indexes = indexes(ws);
            assertFalse(indexes.containsKey("values_indicator"), indexes.toString());
            assertTrue(indexes.get("audit_value").contains("WHERE value_id IS NOT NULL"), indexes.toString());
            List<AuditEntry> history = new ReportStore(ws).audit(null, valueId);
            assertEquals(1, history.size());
            assertEquals("confirm", history.get(0).action());
            assertPlan(ws, "SELECT * FROM audit_log WHERE value_id = ? ORDER BY id", "SEARCH audit_log USING INDEX audit_value");
        }
        assertTrue(Workspace.checkFile(f).ok(), Workspace.checkFile(f).toString());
    }

    @Test
    void theImportsQuestionsTheComparisonAndTheQueueSearchAnIndex() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.db"))) {
            assertPlan(ws, "SELECT id FROM reports WHERE sha256 = ?", "SEARCH reports USING COVERING INDEX sqlite_autoindex_reports_1");
            assertPlan(ws, "SELECT 1 FROM reports r JOIN jurisdictions j ON j.id = r.jurisdiction_id"
                    + " WHERE j.full_name = ? AND r.year = ? AND r.superseded_by IS NULL LIMIT 1",
                    "SEARCH r USING INDEX reports_jurisdiction_year");
            String years = "?, ?";
            assertPlan(ws, String.format(ReportsWithValues.REPORTS, years), "SEARCH r USING INDEX reports_year");
            assertPlan(ws, String.format(ReportsWithValues.VALUES, years),
                    "SEARCH v USING INDEX sqlite_autoindex_indicator_values_1 (report_id=?)");
            assertPlan(ws, Rows.SUMMARY_SELECT + " WHERE r.id = ?",
                    "SEARCH v USING COVERING INDEX sqlite_autoindex_indicator_values_1 (report_id=?)");
            // 待审核 of one year narrowed to one indicator: the report's values by (report, indicator)
            String where = "r.superseded_by IS NULL AND r.year = ? AND q.indicator = ?";
            assertPlan(ws, ReviewQueueStore.branch("value", "indicator_values", "?", where),
                    "SEARCH q USING INDEX sqlite_autoindex_indicator_values_1 (report_id=? AND indicator=?)");
            assertPlan(ws, ReviewQueueStore.branch("suggestion", "suggestions", "?", where),
                    "SEARCH q USING INDEX suggestions_report (report_id=?)");
            // over all years, one indicator: the values are read once, each with its report by key, as the
            // whole queue (which this narrows) reads them; there is no index by indicator to write per report
            String anyYear = "r.superseded_by IS NULL AND q.indicator = ?";
            assertPlan(ws, ReviewQueueStore.branch("value", "indicator_values", "?", anyYear),
                    "SEARCH r USING INTEGER PRIMARY KEY");
        }
    }

    private static Map<String, String> indexes(Workspace ws) throws Exception {
        return ws.read(c -> {
            Map<String, String> out = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type = 'index'");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    private static void assertPlan(Workspace ws, String sql, String expected) throws Exception {
        List<String> plan = ws.read(c -> plan(c, sql));
        assertTrue(plan.stream().anyMatch(step -> step.startsWith(expected)), expected + " in " + plan + " of " + sql);
    }

    private static List<String> plan(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            int n = s.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= n; i++) {
                s.setObject(i, null);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(4));
                }
            }
        }
        return out;
    }
}
