package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.ReviewStatus;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.scorecard.ReportScore;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the 通报 back: GB/T 9704 page and styles, page numbers, tables, and where every figure comes from. */
class BriefingDocumentTest {
    @TempDir
    Path dir;

    private static final LocalDate DATE = LocalDate.of(2023, 6, 1);

    private record Written(BuildScorecard.Result scored, XWPFDocument doc, String text) {
    }

    private Written write(WorkspaceSession s) throws Exception {
        BuildScorecard.Result scored = new BuildScorecard(s).build(2022, "江西省", "宜春市");
        Path out = dir.resolve("通报.docx");
        WriteBriefing.Result r = new WriteBriefing(s).write(scored, out, DATE);
        assertEquals("关于宜春市2022年度法治政府建设情况报告的通报", r.title());
        try (InputStream in = Files.newInputStream(out)) {
            XWPFDocument doc = new XWPFDocument(in);
            StringBuilder all = new StringBuilder();
            doc.getParagraphs().forEach(p -> all.append(p.getText()).append('\n'));
            for (XWPFTable t : doc.getTables()) {
                for (XWPFTableRow row : t.getRows()) {
                    row.getTableCells().forEach(c -> all.append(c.getText()).append('\t'));
                    all.append('\n');
                }
            }
            return new Written(scored, doc, all.toString());
        }
    }

    @Test
    void layoutIsTheOneOfGovernmentDocuments() throws Exception {
        try (WorkspaceSession s = BriefingFixture.open(dir); XWPFDocument doc = write(s).doc()) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertEquals("11906", sect.getPgSz().getW().toString(), "A4 width");
            assertEquals("16838", sect.getPgSz().getH().toString(), "A4 height");
            assertEquals("2098", sect.getPgMar().getTop().toString(), "37 mm");
            assertEquals("1984", sect.getPgMar().getBottom().toString(), "35 mm");
            assertEquals("1587", sect.getPgMar().getLeft().toString(), "28 mm");
            assertEquals("1474", sect.getPgMar().getRight().toString(), "26 mm");

            CTStyle body = doc.getStyles().getStyle("GwBody").getCTStyle();
            assertEquals("仿宋_GB2312", body.getRPr().getRFontsArray(0).getEastAsia());
            assertEquals("仿宋", body.getRPr().getRFontsArray(0).getAscii());
            assertEquals("32", body.getRPr().getSzArray(0).getVal().toString(), "三号 = 16 pt");
            assertEquals("360", body.getPPr().getSpacing().getLine().toString(), "1.5 lines");
            assertEquals("200", body.getPPr().getInd().getFirstLineChars().toString(), "two characters' indent");
            CTStyle title = doc.getStyles().getStyle("GwTitle").getCTStyle();
            assertEquals("方正小标宋简体", title.getRPr().getRFontsArray(0).getEastAsia());
            assertEquals("44", title.getRPr().getSzArray(0).getVal().toString(), "二号 = 22 pt");
            assertEquals("黑体", doc.getStyles().getStyle("GwHeading1").getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
            assertEquals("楷体_GB2312", doc.getStyles().getStyle("GwHeading2").getCTStyle().getRPr().getRFontsArray(0).getEastAsia());

            for (XWPFParagraph p : doc.getParagraphs()) {
                if (!p.getText().isEmpty()) {
                    assertNotNull(p.getStyle(), "every paragraph has a style: " + p.getText());
                    assertTrue(p.getStyle().startsWith("Gw"), p.getStyle());
                }
            }
            assertEquals("GwTitle", doc.getParagraphs().get(0).getStyle());
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> "一、总体情况".equals(p.getText()) && "GwHeading1".equals(p.getStyle())));

            assertEquals(2, doc.getFooterList().size(), "odd and even pages");
            for (XWPFFooter f : doc.getFooterList()) {
                String xml = f.getParagraphs().get(0).getCTP().xmlText();
                assertTrue(f.getText().startsWith("— ") && f.getText().strip().endsWith("—"), f.getText());
                assertTrue(xml.contains("PAGE"), xml);
            }
        }
    }

    @Test
    void theTablesRankAndListEveryCounty() throws Exception {
        try (WorkspaceSession s = BriefingFixture.open(dir)) {
            Written w = write(s);
            List<XWPFTable> tables = w.doc().getTables();
            assertEquals(2, tables.size(), "the ranking and one annex table for 宜春市");
            XWPFTable rank = tables.get(0);
            assertEquals("名次", rank.getRow(0).getCell(0).getText());
            assertEquals(4, rank.getRows().size(), "header and the three reports");
            List<ReportScore> ranked = w.scored().scorecard().ranked();
            for (int k = 0; k < ranked.size(); k++) {
                XWPFTableRow row = rank.getRow(k + 1);
                assertEquals(ranked.get(k).jurisdiction().name(), row.getCell(1).getText());
                assertEquals(new BigDecimal(String.valueOf(ranked.get(k).total())).compareTo(new BigDecimal(row.getCell(6).getText())), 0);
            }
            assertEquals("奉新县", rank.getRow(1).getCell(1).getText());
            XWPFTable annex = tables.get(1);
            assertEquals(11, annex.getRows().size(), "header and the ten counties of 宜春市, with a report or not");
            assertTrue(w.text().contains("未收集到年度报告。7个地区"), w.text());
            assertTrue(w.text().contains("万载县（2023年5月10日）"), "late, with its date");
            assertTrue(w.text().contains("奉新县（法律援助案件）"), "the copied figure, named");
            w.doc().close();
        }
    }

    /** Each figure with a unit in the text is a stored value of 2021 or 2022, a median of them, or a change of such medians. */
    @Test
    void everyFigureIsAStoredValueOrMadeFromThem() throws Exception {
        try (WorkspaceSession s = BriefingFixture.open(dir)) {
            Written w = write(s);
            Map<Integer, Map<String, Map<String, BigDecimal>>> byYear = new HashMap<>();
            Set<String> allowed = new HashSet<>();
            for (int year : new int[] {2021, 2022}) {
                for (ReportSummary r : s.queries().reports(year, null, false)) {
                    for (StoredValue v : s.queries().values(r.id())) {
                        if (v.status() != ReviewStatus.REJECTED) {
                            allowed.add(plain(v.value().value()));
                            byYear.computeIfAbsent(year, y -> new HashMap<>()).computeIfAbsent(v.value().indicator(), i -> new HashMap<>())
                                    .put(r.jurisdiction().name(), v.value().value());
                        }
                    }
                }
            }
            for (var e : byYear.get(2022).entrySet()) {
                List<BigDecimal> now = new ArrayList<>(e.getValue().values());
                allowed.add(plain(median(now)));
                Map<String, BigDecimal> before = byYear.get(2021).getOrDefault(e.getKey(), Map.of());
                List<BigDecimal> a = new ArrayList<>();
                List<BigDecimal> b = new ArrayList<>();
                e.getValue().forEach((name, v) -> {
                    if (before.containsKey(name)) {
                        a.add(v);
                        b.add(before.get(name));
                    }
                });
                if (!a.isEmpty()) {
                    BigDecimal ma = median(a);
                    BigDecimal mb = median(b);
                    allowed.add(plain(ma));
                    allowed.add(plain(mb));
                    allowed.add(plain(ma.subtract(mb).abs().setScale(1, RoundingMode.HALF_UP)));
                    if (mb.signum() != 0) {
                        allowed.add(plain(ma.subtract(mb).multiply(BigDecimal.valueOf(100)).divide(mb, 1, RoundingMode.HALF_UP).abs()));
                    }
                }
            }
            var card = w.scored().scorecard();
            allowed.add(plain(BigDecimal.valueOf(100.0 * card.expectedReported() / card.expected()).setScale(1, RoundingMode.HALF_UP)));
            allowed.add(plain(BigDecimal.valueOf(100.0 * card.complete() / card.reported()).setScale(1, RoundingMode.HALF_UP)));
            Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)(件|%|个百分点)").matcher(w.text());
            int figures = 0;
            while (m.find()) {
                figures++;
                assertTrue(allowed.contains(m.group(1)), "not from the workspace: " + m.group() + " in\n" + w.text());
            }
            assertTrue(figures >= 8, "the draft states figures: " + figures);
            assertTrue(w.text().contains("两年均披露的1个地区中"), w.text());
            assertFalse(w.text().contains("null"));
            w.doc().close();
        }
    }

    private static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> v = new ArrayList<>(values);
        v.sort(null);
        int m = v.size() / 2;
        return v.size() % 2 == 1 ? v.get(m) : v.get(m - 1).add(v.get(m)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
