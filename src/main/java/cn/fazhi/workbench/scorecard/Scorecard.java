package cn.fazhi.workbench.scorecard;

import cn.fazhi.workbench.model.PartFinding;
import cn.fazhi.workbench.model.ReportStructure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report-compliance scorecard of a year and scope. Pure: facts in, scores out, no I/O.
 *
 * <ul>
 *   <li>published: 100 with a report in the workspace, else 0 (and every other criterion 0);</li>
 *   <li>on time: 100 when published by the publication deadline, 0 when later or when the date is unknown
 *       (a report whose date cannot be read cannot be shown to be on time; a person can check it);</li>
 *   <li>structure: 20 per required part found under a heading (top-level, lower or, for the measures part,
 *       themed headings), 10 when only a sentence of the text opens it;</li>
 *   <li>substance: 40 × share of core indicators stated + 30 × share of result statements with a figure
 *       (half of them or more earns all 30) + 15 for no inconsistent figure (5 off per flag) + 15 × share of
 *       stated figures not copied unchanged from last year's report.</li>
 * </ul>
 */
public record Scorecard(int year, String province, String city, Deadlines deadlines, ScoreWeights weights,
                        List<ReportScore> rows) {
    /** A statement share from which the figures part of substance is full. */
    static final double FULL_FIGURE_SHARE = 0.5;

    public Scorecard {
        rows = List.copyOf(rows);
    }

    public static Scorecard score(int year, String province, String city, List<ReportFacts> facts,
                                  Deadlines deadlines, ScoreWeights weights) {
        List<ReportScore> rows = new ArrayList<>();
        for (ReportFacts f : facts) {
            rows.add(score(year, f, deadlines, weights));
        }
        rows.sort(Comparator.comparing((ReportScore r) -> nullLast(r.jurisdiction().parentCode()))
                .thenComparing(r -> nullLast(r.jurisdiction().code())).thenComparing(r -> r.jurisdiction().name()));
        return new Scorecard(year, province, city, deadlines, weights, rows);
    }

    static ReportScore score(int year, ReportFacts f, Deadlines deadlines, ScoreWeights w) {
        if (!f.hasReport()) {
            return new ReportScore(f, ReportScore.Timeliness.NO_REPORT, 0, 0, 0, 0, 0, ReportScore.Grade.POOR);
        }
        ReportScore.Timeliness timeliness = f.published() == null ? ReportScore.Timeliness.DATE_UNKNOWN
                : f.published().isAfter(deadlines.publishBy(year)) ? ReportScore.Timeliness.LATE
                : ReportScore.Timeliness.ON_TIME;
        double onTime = timeliness == ReportScore.Timeliness.ON_TIME ? 100 : 0;
        double structure = structure(f.structure());
        double substance = substance(f);
        double total = (w.published() * 100.0 + w.onTime() * onTime + w.structure() * structure
                + w.substance() * substance) / w.sum();
        total = round(total);
        return new ReportScore(f, timeliness, 100, onTime, round(structure), round(substance), total,
                ReportScore.Grade.of(total));
    }

    static double structure(ReportStructure s) {
        if (s == null) {
            return 0;
        }
        double points = 0;
        for (PartFinding p : s.parts()) {
            points += switch (p.how()) {
                case HEADING, SUB_HEADING, THEMED_HEADINGS -> 20;
                case TEXT -> 10;
                case MISSING -> 0;
            };
        }
        return points;
    }

    static double substance(ReportFacts f) {
        double completeness = f.coreTotal() == 0 ? 0 : (double) f.coreStated() / f.coreTotal();
        double figures = f.structure() == null ? 0 : Math.min(1, f.structure().figureShare() / FULL_FIGURE_SHARE);
        double consistency = Math.max(0, 1 - f.flagged() / 3.0);
        double original = f.coreStated() == 0 && f.copiedIndicators().isEmpty() ? 1
                : Math.max(0, 1 - (double) f.copiedIndicators().size() / Math.max(1, f.coreStated()));
        return 40 * completeness + 30 * figures + 15 * consistency + 15 * original;
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static String nullLast(String s) {
        return s == null ? "\uffff" : s;
    }

    /** Rows per 地市 in code order. */
    public Map<String, List<ReportScore>> byCity() {
        Map<String, List<ReportScore>> out = new LinkedHashMap<>();
        for (ReportScore r : rows) {
            out.computeIfAbsent(r.city(), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** Rows with a report, best total first (ties in code order). */
    public List<ReportScore> ranked() {
        return rows.stream().filter(r -> r.facts().hasReport())
                .sorted(Comparator.comparingDouble(ReportScore::total).reversed()).toList();
    }

    public long expected() {
        return rows.stream().filter(r -> r.facts().expected()).count();
    }

    public long reported() {
        return rows.stream().filter(r -> r.facts().hasReport()).count();
    }

    public long expectedReported() {
        return rows.stream().filter(r -> r.facts().expected() && r.facts().hasReport()).count();
    }

    public long count(ReportScore.Timeliness t) {
        return rows.stream().filter(r -> r.timeliness() == t).count();
    }

    public long complete() {
        return rows.stream().filter(ReportScore::complete).count();
    }

    /** The mean total of the reports in the workspace, rounded to one decimal; 0 when none. */
    public double meanTotal() {
        return round(rows.stream().filter(r -> r.facts().hasReport()).mapToDouble(ReportScore::total).average().orElse(0));
    }
}
