package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.Light;
import cn.fazhi.workbench.model.PartFinding;
import cn.fazhi.workbench.model.ReportPart;
import cn.fazhi.workbench.scorecard.ReportScore;
import cn.fazhi.workbench.scorecard.Scorecard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The 通报 as sentences made from templates: 总体情况, 主要指标, 存在问题, the ranking and an annex per 地市.
 * Every figure comes from the scorecard or the comparison (the workspace's values); the wording is a
 * draft a person edits afterwards.
 */
final class BriefingText {
    private static final int NAMES_IN_TEXT = 15;
    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final Scorecard card;
    private final ComparisonTable t;
    private final String office;
    private final LocalDate date;

    BriefingText(Scorecard card, ComparisonTable table, String office, LocalDate date) {
        this.card = card;
        this.t = table;
        this.office = office == null ? "" : office;
        this.date = date;
    }

    String scope() {
        if (card.city() != null) {
            return card.city();
        }
        return card.province() != null ? card.province() : "各地";
    }

    String title() {
        return "关于" + scope() + card.year() + "年度法治政府建设情况报告的通报";
    }

    List<BriefingBlock> blocks() {
        List<BriefingBlock> out = new ArrayList<>();
        out.add(BriefingBlock.of(BriefingBlock.Kind.TITLE, title()));
        out.add(BriefingBlock.of(BriefingBlock.Kind.ADDRESSEE, "各有关人民政府："));
        out.add(body("根据《法治政府建设与责任落实督察工作规定》，现将" + scope() + card.year()
                + "年度法治政府建设情况报告的报送、公开和内容情况通报如下。"));
        out.add(BriefingBlock.of(BriefingBlock.Kind.HEADING1, "一、总体情况"));
        out.add(body(overall()));
        out.add(BriefingBlock.of(BriefingBlock.Kind.HEADING1, "二、主要指标"));
        out.addAll(BriefingIndicators.blocks(t));
        out.add(BriefingBlock.of(BriefingBlock.Kind.HEADING1, "三、存在问题"));
        out.addAll(problems());
        out.add(BriefingBlock.of(BriefingBlock.Kind.HEADING1, "四、综合排名"));
        out.add(body("按公开" + card.weights().published() + "、按时" + card.weights().onTime() + "、结构"
                + card.weights().structure() + "、实质" + card.weights().substance() + "的权重计算总分（满分100分），排名如下。"));
        out.add(BriefingBlock.table(ranking()));
        out.add(body("请各地对照本通报，认真查找不足，按要求及时公开年度报告，完善报告内容。"));
        out.add(BriefingBlock.of(BriefingBlock.Kind.SIGNATURE, office));
        out.add(BriefingBlock.of(BriefingBlock.Kind.SIGNATURE, ScorecardWords.date(date)));
        out.add(BriefingBlock.of(BriefingBlock.Kind.PAGE_BREAK, ""));
        out.add(BriefingBlock.of(BriefingBlock.Kind.ANNEX, "附件"));
        out.add(BriefingBlock.of(BriefingBlock.Kind.TITLE, "各地市报告情况"));
        out.addAll(annex());
        return out;
    }

    private static BriefingBlock body(String text) {
        return BriefingBlock.of(BriefingBlock.Kind.BODY, text);
    }

    private String overall() {
        StringBuilder b = new StringBuilder();
        long reported = card.reported();
        if (card.expected() > 0) {
            b.append(scope()).append("应报告的县（市、区）共").append(card.expected()).append("个，其中")
                    .append(card.expectedReported()).append("个的年度报告已收集，占")
                    .append(ScorecardWords.percent(card.expectedReported(), card.expected())).append("。");
        }
        b.append("本次共评估报告").append(reported).append("份，其中按期（").append(ScorecardWords.monthDay(card.deadlines().publish()))
                .append("前）公开的").append(card.count(ReportScore.Timeliness.ON_TIME)).append("份，逾期公开的")
                .append(card.count(ReportScore.Timeliness.LATE)).append("份，公开日期不明的")
                .append(card.count(ReportScore.Timeliness.DATE_UNKNOWN)).append("份；五个部分齐全的").append(card.complete())
                .append("份，占").append(ScorecardWords.percent(card.complete(), reported)).append("。平均得分")
                .append(ScorecardWords.score(card.meanTotal())).append("分。");
        long byHand = card.rows().stream()
                .filter(r -> r.facts().dateSource() == cn.fazhi.workbench.scorecard.ReportFacts.DateSource.USER).count();
        if (byHand > 0) {
            b.append("其中").append(byHand).append("份报告的公开日期为人工填写。");
        }
        return b.toString();
    }

    private List<BriefingBlock> problems() {
        List<BriefingBlock> out = new ArrayList<>();
        int n = 0;
        List<String> missing = names(r -> r.facts().expected() && !r.facts().hasReport());
        if (!missing.isEmpty()) {
            out.add(body("（" + chineseOrdinal(++n) + "）未收集到年度报告。" + missing.size() + "个地区：" + join(missing) + "。"));
        }
        List<String> late = new ArrayList<>();
        for (ReportScore r : card.rows()) {
            if (r.timeliness() == ReportScore.Timeliness.LATE) {
                late.add(r.jurisdiction().name() + "（" + ScorecardWords.date(r.facts()) + "）");
            }
        }
        if (!late.isEmpty()) {
            out.add(body("（" + chineseOrdinal(++n) + "）逾期公开。" + late.size() + "个地区晚于"
                    + ScorecardWords.monthDay(card.deadlines().publish()) + "公开：" + join(late) + "。"));
        }
        List<String> unknown = names(r -> r.timeliness() == ReportScore.Timeliness.DATE_UNKNOWN);
        if (!unknown.isEmpty()) {
            out.add(body("（" + chineseOrdinal(++n) + "）公开日期不明。" + unknown.size() + "个地区的报告中未找到公开日期，请核实：" + join(unknown) + "。"));
        }
        List<String> parts = new ArrayList<>();
        for (ReportPart p : ReportPart.values()) {
            List<String> lacking = names(r -> r.facts().structure() != null && !r.facts().structure().part(p).found());
            if (!lacking.isEmpty()) {
                parts.add("缺少“" + ScorecardWords.part(p) + "”的" + lacking.size() + "份（" + join(lacking) + "）");
            }
        }
        if (!parts.isEmpty()) {
            out.add(body("（" + chineseOrdinal(++n) + "）报告结构不完整。" + String.join("；", parts) + "。"));
        }
        List<String> red = redLights();
        if (!red.isEmpty()) {
            out.add(body("（" + chineseOrdinal(++n) + "）部分指标未达到要求。" + String.join("；", red) + "。"));
        }
        List<String> copied = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        for (ReportScore r : card.rows()) {
            if (!r.facts().copiedIndicators().isEmpty()) {
                copied.add(r.jurisdiction().name() + "（" + String.join("、", r.facts().copiedIndicators().stream()
                        .map(k -> t.indicators().stream().filter(i -> i.code().equals(k)).map(i -> i.nameZh()).findFirst().orElse(k))
                        .toList()) + "）");
            }
            if (r.facts().flagged() > 0) {
                flagged.add(r.jurisdiction().name() + "（" + r.facts().flagged() + "处）");
            }
        }
        if (!copied.isEmpty()) {
            out.add(body("（" + chineseOrdinal(++n) + "）数据与上年报告相同。" + join(copied) + "的报告中有数据与上年报告的数字和表述完全相同，请核实是否沿用上年内容。"));
        }
        if (!flagged.isEmpty()) {
            out.add(body("（" + chineseOrdinal(++n) + "）数据前后不一致。" + join(flagged) + "的报告中有比率与其所依据的数量不符。"));
        }
        if (n == 0) {
            out.add(body("未发现突出问题。"));
        }
        return out;
    }

    private List<String> redLights() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.indicators().size(); i++) {
            List<String> names = new ArrayList<>();
            for (int j = 0; j < t.jurisdictions().size(); j++) {
                Cell c = t.cell(j, i);
                if (!c.missing() && c.light() == Light.RED) {
                    names.add(t.jurisdictions().get(j).name() + "（" + c.marker()
                            + BriefingIndicators.figure(c.value(), t.indicators().get(i)) + "）");
                }
            }
            if (!names.isEmpty()) {
                out.add(t.indicators().get(i).nameZh() + "：" + join(names));
            }
        }
        return out;
    }

    private List<List<String>> ranking() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("名次", "地区", "所属地市", "公开日期", "结构", "核心指标", "总分", "等级"));
        int rank = 0;
        double previous = Double.NaN;
        List<ReportScore> ranked = card.ranked();
        for (int k = 0; k < ranked.size(); k++) {
            ReportScore r = ranked.get(k);
            if (r.total() != previous) {
                rank = k + 1;
                previous = r.total();
            }
            rows.add(List.of(String.valueOf(rank), r.jurisdiction().name(), r.city(), ScorecardWords.date(r.facts()),
                    r.facts().structure().partsFound() + "/" + ReportPart.values().length,
                    r.facts().coreStated() + "/" + r.facts().coreTotal(), ScorecardWords.score(r.total()),
                    ScorecardWords.grade(r.grade())));
        }
        return rows;
    }

    private List<BriefingBlock> annex() {
        List<BriefingBlock> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<ReportScore>> city : card.byCity().entrySet()) {
            out.add(BriefingBlock.of(BriefingBlock.Kind.HEADING1, chineseOrdinal(++n) + "、" + city.getKey()));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("地区", "报告", "公开日期", "缺少的部分", "核心指标", "总分"));
            for (ReportScore r : city.getValue()) {
                var f = r.facts();
                rows.add(List.of(f.jurisdiction().name(), f.hasReport() ? "有" : "无", ScorecardWords.date(f),
                        f.structure() == null ? "—" : missingParts(r), f.hasReport() ? f.coreStated() + "/" + f.coreTotal() : "—",
                        ScorecardWords.score(r.total())));
            }
            out.add(BriefingBlock.table(rows));
        }
        return out;
    }

    private static String missingParts(ReportScore r) {
        List<String> out = new ArrayList<>();
        for (PartFinding p : r.facts().structure().parts()) {
            if (!p.found()) {
                out.add(ScorecardWords.partShort(p.part()));
            }
        }
        return out.isEmpty() ? "无" : String.join("、", out);
    }

    private List<String> names(Predicate<ReportScore> which) {
        return card.rows().stream().filter(which).map(r -> r.jurisdiction().name()).toList();
    }

    private static String join(List<String> names) {
        if (names.size() <= NAMES_IN_TEXT) {
            return String.join("、", names);
        }
        return String.join("、", names.subList(0, NAMES_IN_TEXT)) + "等" + names.size() + "个地区（详见附件）";
    }

    /** 1 → 一, 12 → 十二, 20 → 二十, 105 → 一百零五 (the annex of a whole country has more than a hundred 地市). */
    static String chineseOrdinal(int n) {
        if (n <= 10) {
            return DIGITS[n];
        }
        if (n < 20) {
            return "十" + DIGITS[n - 10];
        }
        if (n < 100) {
            return DIGITS[n / 10] + "十" + DIGITS[n % 10];
        }
        int rest = n % 100;
        String tail = rest == 0 ? "" : rest < 10 ? "零" + DIGITS[rest] : rest < 20 ? "一" + chineseOrdinal(rest) : chineseOrdinal(rest);
        return chineseOrdinal(n / 100) + "百" + tail;
    }
}
