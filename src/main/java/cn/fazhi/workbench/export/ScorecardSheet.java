package cn.fazhi.workbench.export;

import cn.fazhi.workbench.model.PartFinding;
import cn.fazhi.workbench.model.ReportPart;
import cn.fazhi.workbench.scorecard.ReportFacts;
import cn.fazhi.workbench.scorecard.ReportScore;
import cn.fazhi.workbench.scorecard.Scorecard;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 报告评分: one row per jurisdiction of the scorecard, grouped by 地市 under a row with the city's mean;
 * each of the five parts ✓ (under a heading) / △ (only in the text) / ✗, the criteria's scores, the total
 * and its grade in colour and symbol, and the headings that matched, so a reader can check each ✓.
 */
final class ScorecardSheet {
    private static final int PARTS_FROM = 8;

    private final Scorecard card;
    private final SheetKit kit;
    private final Map<String, String> names;

    /** @param names indicator code to Chinese name, for the figures copied from last year */
    ScorecardSheet(Scorecard card, SheetKit kit, Map<String, String> names) {
        this.card = card;
        this.kit = kit;
        this.names = names;
    }

    void write() {
        List<String> head = new ArrayList<>(List.of("序号", "地市", "地区", "级别", "报告", "公开日期", "日期来源", "按时公开"));
        for (ReportPart p : ReportPart.values()) {
            head.add(ScorecardWords.partShort(p));
        }
        head.addAll(List.of("核心指标披露", "含数字表述", "不一致", "沿用上年", "公开", "按时", "结构", "实质", "总分", "等级",
                "匹配的标题"));
        kit.header(kit.row(0), 0, head.toArray(String[]::new));
        int last = head.size() - 1;
        CellStyle[] grades = gradeStyles();
        int r = 1;
        int n = 1;
        for (Map.Entry<String, List<ReportScore>> city : card.byCity().entrySet()) {
            Row g = kit.row(r++);
            long reports = city.getValue().stream().filter(x -> x.facts().hasReport()).count();
            double mean = city.getValue().stream().filter(x -> x.facts().hasReport()).mapToDouble(ReportScore::total)
                    .average().orElse(0);
            // written past the kit so the merged row's long text does not widen the 序号 column
            org.apache.poi.ss.usermodel.Cell label = g.createCell(0);
            label.setCellValue(city.getKey() + "：" + city.getValue().size() + "个地区，有报告" + reports + "份，平均总分 "
                    + ScorecardWords.score(mean));
            label.setCellStyle(kit.styles.group);
            for (int c = 1; c <= last; c++) {
                kit.text(g, c, "", kit.styles.group);
            }
            kit.sh.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(g.getRowNum(), g.getRowNum(), 0, last));
            for (ReportScore s : city.getValue()) {
                row(kit.row(r++), n++, s, grades);
            }
        }
        Row note = kit.row(r + 1);
        note.createCell(0).setCellValue("说明：✓ 有该部分的标题，△ 仅在正文中出现（不计满分），✗ 未找到。按时公开以" + card.year() + "年度报告的公开期限 "
                + ScorecardWords.monthDay(card.deadlines().publish()) + " 计（报送上级期限 " + ScorecardWords.monthDay(card.deadlines().submit())
                + "）。权重：公开 " + card.weights().published() + "、按时 " + card.weights().onTime() + "、结构 " + card.weights().structure()
                + "、实质 " + card.weights().substance() + "。等级：● 好（≥80）、◐ 中（≥60）、○ 差。");
        kit.cap(last, 40);
        kit.finish(1, 3, r - 1, last);
    }

    private void row(Row row, int n, ReportScore s, CellStyle[] grades) {
        ReportFacts f = s.facts();
        kit.number(row, 0, n, kit.styles.integer);
        kit.text(row, 1, s.city(), kit.styles.text);
        kit.text(row, 2, f.jurisdiction().name(), kit.styles.text);
        kit.text(row, 3, Labels.level(f.jurisdiction().level()), kit.styles.text);
        kit.text(row, 4, f.hasReport() ? "有" : "无报告", f.hasReport() ? kit.styles.text : kit.styles.noReport);
        kit.date(row, 5, f.published());
        kit.text(row, 6, switch (f.dateSource()) {
            case USER -> "人工填写";
            case PAGE -> "网页发布信息";
            case TEXT -> "报告落款";
            case NONE -> "—";
        }, kit.styles.text);
        kit.text(row, 7, ScorecardWords.timeliness(s.timeliness()), kit.styles.text);
        List<String> matched = new ArrayList<>();
        for (ReportPart p : ReportPart.values()) {
            int col = PARTS_FROM + p.ordinal();
            if (f.structure() == null) {
                kit.text(row, col, "—", kit.styles.noReport);
                continue;
            }
            PartFinding pf = f.structure().part(p);
            kit.text(row, col, ScorecardWords.mark(pf), kit.styles.text);
            if (pf.found()) {
                matched.add(ScorecardWords.partShort(p) + "（" + ScorecardWords.how(pf.how()) + "）：" + pf.heading());
            }
        }
        int c = PARTS_FROM + ReportPart.values().length;
        kit.text(row, c++, f.hasReport() ? f.coreStated() + "/" + f.coreTotal() : "—", kit.styles.text);
        kit.text(row, c++, f.structure() == null ? "—" : f.structure().statementsWithFigures() + "/" + f.structure().statements(),
                kit.styles.text);
        kit.number(row, c++, f.flagged(), kit.styles.integer);
        kit.text(row, c++, String.join("、", f.copiedIndicators().stream().map(k -> names.getOrDefault(k, k)).toList()),
                kit.styles.text);
        for (double v : new double[] {s.published(), s.onTime(), s.structure(), s.substance(), s.total()}) {
            kit.number(row, c++, BigDecimal.valueOf(v), kit.styles.plain("0.0"));
        }
        kit.text(row, c++, ScorecardWords.grade(s.grade()), grades[s.grade().ordinal()]);
        kit.text(row, c, String.join("\n", matched), kit.styles.wrapped);
    }

    private CellStyle[] gradeStyles() {
        CellStyle[] out = new CellStyle[3];
        IndexedColors[] fills = {IndexedColors.LIGHT_GREEN, IndexedColors.LIGHT_YELLOW, IndexedColors.ROSE};
        for (int k = 0; k < 3; k++) {
            CellStyle s = kit.sh.getWorkbook().createCellStyle();
            s.cloneStyleFrom(kit.styles.text);
            s.setFillForegroundColor(fills[k].getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            out[k] = s;
        }
        return out;
    }
}
