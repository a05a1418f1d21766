package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Absence;
import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.Review;
import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.ReviewStatus;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * 佐证: every figure (and every figure a reviewer rejected) with where it comes from — the report's
 * file, the page its sentence stands on (第N页, for PDFs, OFDs and scans; a text or Word file has no pages),
 * 文号 and title, the sentence with the figure in bold red, the position in the text — and what
 * review did to it: the original figure before a correction, the note, who and when. Rows are where
 * {@link EvidenceIndex} said, so 比对总表's links land on them. A sentence longer than a cell may hold is
 * continued in 原文（续） columns.
 */
final class EvidenceSheet {
    static final String[] HEAD = {"序号", "地区", "年份", "指标", "数值", "单位", "原文句子", "原文中的数字", "审核状态",
            "原提取值", "审核意见", "审核人", "审核时间", "来源文件", "页码", "文号", "限定", "来源", "位置", "报告编号", "数值编号", "网址"};
    /** 网址: the report's web address, a link (issue 13). */
    static final int URL = 21;
    static final int SENTENCE = 6;
    /** 页码: the page of the sentence in the source file, empty for files without pages. */
    static final int PAGE = 14;
    /** Up to this many rows the figure is also marked in the sentence (rich text needs shared strings, which cost memory). */
    static final int RICH_TEXT_LIMIT = 20_000;
    private static final int SENTENCE_WIDTH = 36;

    private final ComparisonTable t;
    private final SheetKit kit;
    private final EvidenceIndex index;
    private final boolean rich;

    /** @param rich mark the figure in the sentence too (the workbook must use shared strings) */
    EvidenceSheet(ComparisonTable t, SheetKit kit, EvidenceIndex index, boolean rich) {
        this.t = t;
        this.kit = kit;
        this.index = index;
        this.rich = rich;
    }

    void write() {
        int extra = continuationColumns();
        List<String> head = new ArrayList<>(List.of(HEAD));
        for (int k = 1; k <= extra; k++) {
            head.add("原文（续" + k + "）");
        }
        Row header = kit.row(0);
        kit.header(header, 0, head.toArray(String[]::new));
        header.setHeightInPoints(45); // headers in narrow columns take three lines
        List<String> names = ValueCells.names(t);
        for (int year : index.years()) {
            Cell[][] cells = t.byYear().get(year);
            for (int j = 0; j < t.jurisdictions().size(); j++) {
                for (int i = 0; i < t.indicators().size(); i++) {
                    int r = index.row(year, j, i);
                    if (r >= 0) {
                        row(r, names.get(j), year, t.indicators().get(i), cells[j][i]);
                    }
                }
            }
        }
        kit.width(SENTENCE, SENTENCE_WIDTH);
        kit.cap(SENTENCE, SENTENCE_WIDTH);
        // capped widths, wrapped text: on A4 the sentence and its review fill the first page, the sources the next (PageSetup.listSheet)
        kit.cap(1, 10);
        kit.cap(3, 12);
        kit.cap(9, 8);
        kit.cap(10, 12);
        kit.cap(12, 10);
        kit.cap(13, 10);
        kit.cap(15, 10);
        for (int c : new int[] {2, 5, 8, 11, 14, 16, 17, 19, 20}) { // short figures and codes: their headers wrap
            kit.cap(c, 6);
        }
        kit.cap(18, 12);
        kit.cap(URL, 24);
        kit.finish(1, 2, true, head.size() - 1);
        kit.sh.setColumnWidth(SENTENCE, SENTENCE_WIDTH * 256);
        PageSetup.listSheet(kit.sh, kit.options, kit.totalWidth());
    }

    private void row(int r, String name, int year, Indicator ind, Cell c) {
        Row row = kit.row(r);
        kit.number(row, 0, r, kit.styles.integer);
        kit.text(row, 1, name, kit.styles.wrapped);
        kit.number(row, 2, year, kit.styles.id);
        kit.text(row, 3, ind.nameZh(), kit.styles.wrapped);
        boolean rejected = c.absence() == Absence.REJECTED;
        if (rejected) {
            kit.text(row, 4, Labels.REJECTED, kit.styles.rejected);
        } else {
            ValueCells.write(kit, row, 4, c, ind, -1, false);
        }
        kit.text(row, 5, c.unit(), kit.styles.text);
        kit.text(row, 8, Labels.status(c.status()), kit.styles.text);
        Review review = c.review();
        String original = rejected ? c.rejectedValue().toPlainString() + " " + c.unit()
                : review == null || review.originalValue() == null ? "" : review.originalValue();
        kit.text(row, 9, original, kit.styles.text);
        kit.text(row, 10, c.note() == null ? "" : c.note(), kit.styles.wrapped);
        kit.text(row, 11, review == null ? "" : review.who(), kit.styles.text);
        String when = review != null ? review.at() : c.status() != null && c.status().byPerson() ? c.updatedAt() : null;
        kit.text(row, 12, when == null ? "" : when.replace('T', ' ').replaceAll("(:\\d\\d)(\\.\\d+)?Z?$", "$1") + (when.endsWith("Z") ? " UTC" : ""),
                kit.styles.text);
        sentence(row, c);
        ReportSummary report = c.reportId() == null ? null : t.reports().get(c.reportId());
        kit.text(row, 13, report == null ? "" : report.sourceName(), kit.styles.wrapped);
        // 第N页 as text, like 位置: the page is where to look in the file, not a number to add up
        int page = t.page(c);
        kit.text(row, PAGE, page > 0 ? "第" + page + "页" : "", kit.styles.text);
        kit.text(row, 15, report == null || report.docNumber() == null ? "" : report.docNumber(), kit.styles.wrapped);
        kit.text(row, 16, c.marker().isEmpty() ? "精确" : c.marker(), kit.styles.text);
        kit.text(row, 17, c.derived() ? "推算" : c.status() == ReviewStatus.MANUAL ? "人工录入" : "原文", kit.styles.text);
        Evidence e = c.evidence();
        kit.text(row, 18, e == null ? "" : "第" + e.start() + "–" + e.end() + "字", kit.styles.text);
        kit.number(row, 19, c.reportId() == null ? null : java.math.BigDecimal.valueOf(c.reportId()), kit.styles.id);
        kit.number(row, 20, c.valueId() == null ? null : java.math.BigDecimal.valueOf(c.valueId()), kit.styles.id);
        kit.url(row, URL, report == null ? null : report.sourceUrl());
        int lines = Math.max(SheetKit.lines(ind.nameZh(), 12), Math.max(SheetKit.lines(report == null ? "" : report.sourceName(), 10),
                SheetKit.lines(report == null || report.sourceUrl() == null ? "" : report.sourceUrl(), 24)));
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), SheetKit.height(Math.min(28, lines))));
    }

    /** The sentence with the figure marked, clipped and continued to the right when it is too long. */
    private void sentence(Row row, Cell c) {
        Evidence e = c.evidence();
        if (e == null || e.sentence() == null) {
            kit.text(row, SENTENCE, "（人工添加，无原文）", kit.styles.wrapped);
            return;
        }
        String s = e.sentence();
        int from = e.valueStart() - e.start();
        int to = e.valueEnd() - e.start();
        boolean marked = from >= 0 && to > from && to <= s.length();
        // whitespace runs become one space, keeping the figure's place
        String before = marked ? squeeze(s.substring(0, from)) : squeeze(s);
        String figure = marked ? squeeze(s.substring(from, to)) : "";
        String after = marked ? squeeze(s.substring(to)) : "";
        String text = before + figure + after;
        List<String> pieces = SafeText.pieces(text);
        String first = pieces.get(0);
        var cell = row.createCell(SENTENCE);
        if (marked) {
            kit.text(row, SENTENCE + 1, figure, kit.styles.red(kit.styles.text));
        }
        if (marked && rich && before.length() < first.length()) {
            RichTextString rich = kit.sh.getWorkbook().getCreationHelper().createRichTextString(first);
            int end = Math.min(first.length(), before.length() + figure.length());
            rich.applyFont(before.length(), end, kit.styles.red);
            cell.setCellValue(rich);
        } else {
            cell.setCellValue(first);
        }
        cell.setCellStyle(SafeText.risky(first) ? kit.styles.quoted(kit.styles.wrapped) : kit.styles.wrapped);
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), SheetKit.height(Math.min(28, SheetKit.lines(first, SENTENCE_WIDTH)))));
        for (int k = 1; k < pieces.size(); k++) {
            kit.text(row, HEAD.length + k - 1, pieces.get(k), kit.styles.wrapped);
        }
    }

    private static String squeeze(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isWhitespace(s.charAt(k))) {
                return s.replaceAll("\\s+", " ");
            }
        }
        return s;
    }

    /** How many 原文（续） columns the longest sentence needs. */
    private int continuationColumns() {
        int most = 1;
        for (Cell[][] cells : t.byYear().values()) {
            for (Cell[] column : cells) {
                for (Cell c : column) {
                    if (c.evidence() != null && c.evidence().sentence() != null
                            && c.evidence().sentence().length() > SafeText.MAX_CELL) {
                        most = Math.max(most, SafeText.pieceCount(c.evidence().sentence()));
                    }
                }
            }
        }
        return most - 1;
    }

}
