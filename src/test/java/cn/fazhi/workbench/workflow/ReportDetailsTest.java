package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.AuditEntry;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.scorecard.ReportFacts;
import cn.fazhi.workbench.scorecard.ReportScore;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A publication date set by a person (issue 16) and the report's web address (issue 13), end to end. */
class ReportDetailsTest {
    @TempDir
    Path dir;

    private static final String TONGSHAN = "通山县2022年度法治政府建设情况报告\n一、主要成效\n全县共调处矛盾纠纷274件，调处成功率达到100%。"
            + "全年共收到行政复议申请21件，受理19件。\n二、存在的不足\n基层力量薄弱。\n三、下一步工作安排\n继续推进。\n"
            + "通山县人民政府\n2023年3月20日\n";

    private static final String PAGE = "<html><head><meta charset=\"utf-8\">"
            + "<link rel=\"canonical\" href=\"http://www.tongshan.gov.cn/zwgk/art/2023/3/20/art_1.html\">"
            + "<title>通山县2022年度法治政府建设情况报告</title></head><body><p>"
            + TONGSHAN.replace("\n", "</p><p>") + "</p></body></html>";

    private WorkspaceSession open() throws WorkspaceException {
        return WorkspaceSession.open(dir.resolve("ws.db"), false);
    }

    private List<ImportReports.FileOutcome> importFile(ImportReports importer, Path file, ImportReports.NewVersionPolicy p) {
        return importer.run(ImportReports.sources(List.of(file.toString())), p, ProgressListener.NONE, CancellationToken.none());
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aSavedPageKeepsItsAddressAndAPersonsDateWinsUntilCleared() throws Exception {
        try (WorkspaceSession s = open()) {
            s.reviewer("张三");
            long id = importFile(new ImportReports(s), write("tongshan.html", PAGE), ImportReports.NewVersionPolicy.KEEP_BOTH)
                    .get(0).reportId();
            ReportSummary r = s.queries().report(id).orElseThrow();
            assertEquals("http://www.tongshan.gov.cn/zwgk/art/2023/3/20/art_1.html", r.sourceUrl());
            assertFalse(r.sourceUrlByHand());
            LocalDate read = r.publishDate();

            ReportSummary set = new SetReportDetails(s).publishDate(id, LocalDate.of(2023, 3, 28), "门户网站发布时间");
            assertEquals(LocalDate.of(2023, 3, 28), set.publishDate());
            assertTrue(set.publishDateByHand());
            AuditEntry a = s.queries().history(id, null).stream().filter(e -> e.action().equals("set_publish_date"))
                    .findFirst().orElseThrow();
            assertEquals("张三", a.who());
            assertEquals("2023-03-28", a.newValue());

            new ReextractReports(s).run(ProgressListener.NONE, CancellationToken.none());
            assertEquals(LocalDate.of(2023, 3, 28), s.queries().report(id).orElseThrow().publishDate(),
                    "re-extraction never overwrites a date a person set");

            ReportSummary cleared = new SetReportDetails(s).publishDate(id, null, null);
            assertFalse(cleared.publishDateByHand());
            assertEquals(read, cleared.publishDate(), "clearing brings back the date read from the report");
        }
    }

    @Test
    void aNewVersionKeepsWhatAPersonStatedAndTheScorecardSaysUser() throws Exception {
        try (WorkspaceSession s = open()) {
            long first = importFile(new ImportReports(s), write("v1.txt", TONGSHAN), ImportReports.NewVersionPolicy.KEEP_BOTH)
                    .get(0).reportId();
            new SetReportDetails(s).publishDate(first, LocalDate.of(2023, 4, 3), null);
            new SetReportDetails(s).sourceUrl(first, "https://www.tongshan.gov.cn/a.html", null);
            ImportReports.FileOutcome o = importFile(new ImportReports(s), write("v2.txt", TONGSHAN.replace("274件", "281件").replace("基层力量薄弱。",
                            "基层力量薄弱，法治宣传方式单一，行政执法人员培训不足。全年办理法律援助案件56件。")),
                    ImportReports.NewVersionPolicy.REPLACE).get(0);
            assertEquals(ImportReports.Status.REPLACED, o.status());
            ReportSummary now = s.queries().report(o.reportId()).orElseThrow();
            assertEquals(LocalDate.of(2023, 4, 3), now.publishDate());
            assertTrue(now.publishDateByHand());
            assertEquals("https://www.tongshan.gov.cn/a.html", now.sourceUrl());
            assertTrue(now.sourceUrlByHand());

            BuildScorecard.Result card = new BuildScorecard(s).build(2022, "湖北省", "咸宁市");
            ReportScore row = card.scorecard().rows().stream().filter(x -> x.facts().hasReport()).findFirst().orElseThrow();
            assertEquals(ReportFacts.DateSource.USER, row.facts().dateSource());
            assertEquals(LocalDate.of(2023, 4, 3), row.facts().published());
            assertEquals(ReportScore.Timeliness.LATE, row.timeliness(), "the person's date decides: after 1 April");

            Path docx = dir.resolve("通报.docx");
            new WriteBriefing(s).write(card, docx, LocalDate.of(2023, 5, 1));
            StringBuilder all = new StringBuilder();
            try (var in = Files.newInputStream(docx); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
                doc.getParagraphs().forEach(p -> all.append(p.getText()).append('\n'));
                doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> all.append(c.getText()).append('\t'))));
            }
            assertTrue(all.toString().contains("通山县（2023年4月3日（人工填写））"), "the 通报 says which date a person set");
            assertTrue(all.toString().contains("其中1份报告的公开日期为人工填写。"));
        }
    }

    @Test
    void anAddressGivenAtImportIsAPersonsAndBadInputIsRefused() throws Exception {
        try (WorkspaceSession s = open()) {
            Path page = write("tongshan.html", PAGE);
            long id = importFile(new ImportReports(s).withSourceUrl(" https://example.gov.cn/given.html "), page,
                    ImportReports.NewVersionPolicy.KEEP_BOTH).get(0).reportId();
            ReportSummary r = s.queries().report(id).orElseThrow();
            assertEquals("https://example.gov.cn/given.html", r.sourceUrl(), "the person's address wins over the page's own");
            assertTrue(r.sourceUrlByHand());
            assertTrue(s.queries().history(id, null).stream().anyMatch(e -> e.action().equals("set_source_url")));

            assertThrows(ReviewValues.ReviewException.class, () -> new ImportReports(s).withSourceUrl("=HYPERLINK(\"x\")"));
            var bad = assertThrows(ReviewValues.ReviewException.class,
                    () -> new SetReportDetails(s).sourceUrl(id, "javascript:alert(1)", null));
            assertEquals(ReviewValues.Refusal.BAD_URL, bad.refusal());
            var early = assertThrows(ReviewValues.ReviewException.class,
                    () -> new SetReportDetails(s).publishDate(id, LocalDate.of(2021, 12, 31), null));
            assertEquals(ReviewValues.Refusal.DATE_OUT_OF_RANGE, early.refusal());
            assertThrows(ReviewValues.ReviewException.class,
                    () -> new SetReportDetails(s).publishDate(id, LocalDate.now().plusDays(2), null));
            assertEquals(LocalDate.of(2023, 3, 31), SetReportDetails.parseDate("2023年3月31日"));
            assertEquals(LocalDate.of(2023, 3, 1), SetReportDetails.parseDate("2023/3/1"));
            assertEquals(ReviewValues.Refusal.NOT_A_DATE,
                    assertThrows(ReviewValues.ReviewException.class, () -> SetReportDetails.parseDate("三月")).refusal());

            ReportSummary cleared = new SetReportDetails(s).sourceUrl(id, "", null);
            assertNull(cleared.sourceUrl());
        }
    }
}
