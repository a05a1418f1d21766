package cn.fazhi.workbench.workflow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MissingReportsTest {
    @TempDir
    Path dir;

    @Test
    void listsTheDivisionsOfACityWithoutAReportInCodeOrder() throws Exception {
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("ws.db"), true)) {
            assertTrue(MissingReports.cities("江西省").contains("宜春市"));
            MissingReports.Result r = new MissingReports(s).find("江西省", "宜春市", 2022);
            assertEquals(1, r.reported(), "袁州区 reported for 2022 (the sample)");
            assertTrue(r.expected() >= 10, "宜春市 has ten county-level divisions");
            assertEquals(r.expected() - 1, r.missing());
            assertTrue(r.rows().stream().noneMatch(x -> x.jurisdiction().name().equals("袁州区")));
            List<String> codes = r.rows().stream().map(x -> x.jurisdiction().code()).toList();
            assertEquals(codes.stream().sorted().toList(), codes, "code order");
        }
    }
}
