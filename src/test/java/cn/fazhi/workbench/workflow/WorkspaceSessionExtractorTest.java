package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extractor is made when first needed, once, and again for a new catalogue (issue 17: opening need not pay for it). */
class WorkspaceSessionExtractorTest {
    @TempDir
    Path dir;

    @Test
    void theExtractorIsMadeOnceAndFollowsTheCatalogueInForce() throws Exception {
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("ws.db"), false)) {
            var first = s.extractor();
            assertSame(first, s.extractor());
            s.addIndicator(new Catalogues.NewIndicator("custom.visits", "法律咨询", "", "人次", false, "neutral",
                    "disputes", "legal_aid", List.of("法律咨询"), false));
            var second = s.extractor();
            assertNotSame(first, second, "a new catalogue, a new extractor");
            var x = second.extract(new ReportText("通山县2022年度法治政府建设情况报告\n一、成效\n"
                    + "依托法律援助工作站，全年共接待群众法律咨询600人次。\n", ReportFormat.TXT, "UTF-8"));
            assertTrue(x.values().stream().anyMatch(v -> v.indicator().equals("custom.visits")), x.values().toString());
        }
    }
}
