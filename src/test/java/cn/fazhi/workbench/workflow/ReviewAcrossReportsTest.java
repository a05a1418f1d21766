package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.compare.Outliers;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One indicator across the province's reports: every jurisdiction's value, its sentence, last year, outliers first. */
class ReviewAcrossReportsTest {
    @TempDir
    Path dir;

    private static ImportReports.Source report(String county, int year, int disputes) {
        String text = county + year + "年度法治政府建设情况报告\n一、主要成效\n全县共调处矛盾纠纷" + disputes + "件。\n";
        return ImportReports.Source.ofBytes(county + year + ".txt", county + year + ".txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theOneTenTimesTheOthersAndTheJumpFromLastYearComeFirstWithTheirSentences() throws Exception {
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("ws.db"), false)) {
            List<ImportReports.Source> sources = new ArrayList<>(List.of(report("通山县", 2022, 274), report("崇阳县", 2022, 300),
                    report("通城县", 2022, 3100), report("嘉鱼县", 2022, 310), report("万载县", 2022, 290),
                    report("上高县", 2022, 280), report("上高县", 2021, 30), report("咸安区", 2022, 295)));
            new ImportReports(s).run(sources, ImportReports.NewVersionPolicy.KEEP_BOTH, ProgressListener.NONE, CancellationToken.none());

            List<ReviewAcrossReports.Row> rows = new ReviewAcrossReports(s).rows("mediation.disputes", 2022, null);
            assertEquals(7, rows.size(), rows.toString());
            assertTrue(rows.get(0).flagged() && rows.get(1).flagged(), "flagged first: " + rows);
            assertFalse(rows.get(2).flagged());
            ReviewAcrossReports.Row tongcheng = rows.stream().filter(r -> r.item().jurisdiction().contains("通城县")).findFirst().orElseThrow();
            assertTrue(tongcheng.flags().contains(Outliers.Flag.TEN_TIMES_MEDIAN), tongcheng.toString());
            assertTrue(tongcheng.sentence().contains("3100件"), tongcheng.sentence());
            ReviewAcrossReports.Row shanggao = rows.stream().filter(r -> r.item().jurisdiction().contains("上高县")).findFirst().orElseThrow();
            assertEquals(30, shanggao.previous().intValue());
            assertEquals(java.util.Set.of(Outliers.Flag.YEAR_JUMP), shanggao.flags());

            ReviewAcrossReports.Row wanzai = rows.stream().filter(r -> r.item().jurisdiction().contains("万载县")).findFirst().orElseThrow();
            assertTrue(wanzai.flags().isEmpty(), "judged against 江西省's figures, not 湖北省's: " + wanzai);

            assertTrue(new ReviewAcrossReports(s).rows("mediation.disputes", 2022, "咸宁市").stream()
                    .allMatch(r -> "咸宁市".equals(r.item().city())), "one 地市");
        }
    }
}
