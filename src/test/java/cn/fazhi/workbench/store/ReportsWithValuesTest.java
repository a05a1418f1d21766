package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.StoredValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a comparison reads, read the cheap way (counts from the values, columns by position), is what the
 * report list's summaries and the review's values say, report by report.
 */
class ReportsWithValuesTest {
    @TempDir
    Path dir;

    @Test
    void sameSummariesCountsAndValuesAsTheListAndTheReview() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.db"))) {
            ReportStore store = new ReportStore(ws);
            long a = store.insert(TestReports.county("通山县", 2022, 274));
            store.insert(TestReports.county("崇阳县", 2022, 12));
            store.insert(TestReports.county("崇阳县", 2021, 14));
            store.insert(TestReports.county("崇阳县", 2020, 15)); // a year not asked for
            long old = store.insert(TestReports.county("通城县", 2022, 16));
            store.replace(old, TestReports.county("通城县", 2022, 17)); // the replaced one is not in force
            store.insert(TestReports.of("unknown.txt", "2022年度报告\n全年共调处矛盾纠纷5件。\n")); // no jurisdiction
            List<StoredValue> values = store.values(a);
            assertTrue(values.size() >= 2, "the report has values to review: " + values);
            store.confirm(values.get(0).id(), "checked");
            store.reject(values.get(1).id(), "wrong");
            // a flagged value (as the extractor marks figures that do not add up), and a damaged figure
            ws.write(c -> c.createStatement().executeUpdate("UPDATE indicator_values SET flags = 'Inconsistent,x' WHERE id = "
                    + values.get(0).id()));
            // ids written by hand or by another tool, in another case or blank: read as the review reads them
            assertTrue(values.size() > 3, "a value to write by hand: " + values);
            ws.write(c -> c.createStatement().executeUpdate("UPDATE indicator_values SET qualifier = '',"
                    + " section = 'Results', unit = '人' WHERE id = " + values.get(3).id()));
            if (values.size() > 2) {
                ws.write(c -> c.createStatement().executeUpdate("UPDATE indicator_values SET value = 'n/a' WHERE id = "
                        + values.get(2).id()));
            }

            Map<ReportSummary, List<StoredValue>> read = store.reportsWithValues(List.of(2021, 2022));

            Map<Long, ReportSummary> expected = new LinkedHashMap<>();
            for (ReportSummary r : store.list(null, null, false)) {
                if (r.year() != null && Set.of(2021, 2022).contains(r.year())) {
                    expected.put(r.id(), r);
                }
            }
            Map<Long, ReportSummary> actual = new LinkedHashMap<>();
            read.keySet().forEach(r -> actual.put(r.id(), r));
            assertEquals(expected, actual);
            ReportSummary tongshan = actual.get(a);
            assertEquals(values.size(), tongshan.values());
            assertEquals(2, tongshan.reviewed());
            assertEquals(1, tongshan.flagged());
            read.forEach((r, vs) -> {
                try {
                    List<StoredValue> byId = vs.stream().sorted(java.util.Comparator.comparingLong(StoredValue::id)).toList();
                    assertEquals(store.values(r.id()), byId, "values of report " + r.id());
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            // the year read only for the changes comes without evidence sentences; the figures are the same
            Map<ReportSummary, List<StoredValue>> light = store.reportsWithValues(List.of(2021, 2022), Set.of(2021));
            assertEquals(read.keySet(), light.keySet());
            light.forEach((r, vs) -> {
                List<StoredValue> full = read.get(r);
                assertEquals(full.size(), vs.size());
                for (int k = 0; k < vs.size(); k++) {
                    StoredValue v = vs.get(k);
                    if (r.year() == 2021) {
                        assertEquals(null, v.value().evidence());
                        assertEquals(full.get(k).value().value(), v.value().value());
                        assertEquals(full.get(k).status(), v.status());
                    } else {
                        assertEquals(full.get(k), v);
                    }
                }
            });
            // values found in one sentence share its text, read once (the comparison's memory, issue 12)
            List<StoredValue> tongshanValues = read.get(tongshan);
            boolean shared = false;
            for (StoredValue x : tongshanValues) {
                for (StoredValue y : tongshanValues) {
                    if (x != y && x.value().evidence() != null && y.value().evidence() != null
                            && x.value().evidence().start() == y.value().evidence().start()
                            && x.value().evidence().end() == y.value().evidence().end()) {
                        assertTrue(x.value().evidence().sentence() == y.value().evidence().sentence());
                        shared = true;
                    }
                }
            }
            assertTrue(shared, "the test report has a sentence with two values: " + tongshanValues);
            // one jurisdiction, one object: 2021 and 2022 of 崇阳县 share it
            List<ReportSummary> chongyang = read.keySet().stream()
                    .filter(r -> r.jurisdiction() != null && r.jurisdiction().name().equals("崇阳县")).toList();
            assertEquals(2, chongyang.size());
            assertTrue(chongyang.get(0).jurisdiction() == chongyang.get(1).jurisdiction());
        }
    }
}
