package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.ReportCount;
import cn.fazhi.workbench.model.ReportSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The counts per jurisdiction and year say what the report list says, without reading it. */
class ReportCountsTest {
    @TempDir
    Path dir;

    @Test
    void countsTheReportsInForcePerJurisdictionAndYearAsTheListHasThem() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.db"))) {
            ReportStore store = new ReportStore(ws);
            store.insert(TestReports.county("通山县", 2022, 274));
            store.insert(TestReports.county("崇阳县", 2022, 12));
            store.insert(TestReports.county("崇阳县", 2022, 13)); // another report kept beside the first
            store.insert(TestReports.county("崇阳县", 2021, 14));
            long old = store.insert(TestReports.county("通城县", 2022, 15));
            store.replace(old, TestReports.county("通城县", 2022, 16)); // the replaced one is not in force
            store.insert(TestReports.of("unknown.txt", "年度报告\n全年共调处矛盾纠纷5件。\n")); // no jurisdiction, no year

            List<ReportCount> counts = store.reportCounts();
            Map<String, Integer> expected = new HashMap<>();
            for (ReportSummary r : store.list(null, null, false)) {
                expected.merge(key(r.jurisdiction() == null ? null : r.jurisdiction().fullName(), r.year()), 1, Integer::sum);
            }
            Map<String, Integer> actual = new HashMap<>();
            for (ReportCount c : counts) {
                actual.put(key(c.jurisdiction() == null ? null : c.jurisdiction().fullName(), c.year()), c.reports());
            }
            assertEquals(expected, actual);
            assertEquals(6, counts.stream().mapToInt(ReportCount::reports).sum(), "six reports in force: " + counts);
            ReportCount chongyang = counts.stream().filter(c -> c.jurisdiction() != null
                    && c.jurisdiction().name().equals("崇阳县") && Integer.valueOf(2022).equals(c.year())).findFirst().orElseThrow();
            assertEquals(2, chongyang.reports());
            assertEquals("421223", chongyang.jurisdiction().code());
            assertTrue(counts.stream().anyMatch(c -> c.jurisdiction() == null), "the unresolved report is counted too");
        }
    }

    private static String key(String jurisdiction, Integer year) {
        return jurisdiction + "/" + year;
    }
}
