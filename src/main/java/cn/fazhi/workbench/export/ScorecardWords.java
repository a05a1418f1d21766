package cn.fazhi.workbench.export;

import cn.fazhi.workbench.model.PartFinding;
import cn.fazhi.workbench.model.ReportPart;
import cn.fazhi.workbench.scorecard.ReportScore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** The Chinese words of the scorecard sheet and the 通报 (both are made for Chinese readers). */
final class ScorecardWords {
    private ScorecardWords() {
    }

    static String part(ReportPart p) {
        return switch (p) {
            case MEASURES -> "主要举措和成效";
            case SHORTCOMINGS -> "存在的不足和原因";
            case LEADER_DUTIES -> "党政主要负责人履行第一责任人职责情况";
            case NEXT_YEAR -> "下一年度工作安排";
            case OTHER_MATTERS -> "其他需要报告的情况";
        };
    }

    static String partShort(ReportPart p) {
        return switch (p) {
            case MEASURES -> "举措成效";
            case SHORTCOMINGS -> "不足原因";
            case LEADER_DUTIES -> "第一责任人";
            case NEXT_YEAR -> "下年安排";
            case OTHER_MATTERS -> "其他情况";
        };
    }

    /** ✓ under a heading, △ only in the text, ✗ missing. */
    static String mark(PartFinding f) {
        return switch (f.how()) {
            case HEADING, SUB_HEADING, THEMED_HEADINGS -> "✓";
            case TEXT -> "△";
            case MISSING -> "✗";
        };
    }

    static String how(PartFinding.How h) {
        return switch (h) {
            case HEADING -> "一级标题";
            case SUB_HEADING -> "下级标题";
            case THEMED_HEADINGS -> "分项工作标题";
            case TEXT -> "正文（无标题）";
            case MISSING -> "未找到";
        };
    }

    static String timeliness(ReportScore.Timeliness t) {
        return switch (t) {
            case ON_TIME -> "✓ 按时";
            case LATE -> "✗ 逾期";
            case DATE_UNKNOWN -> "? 日期不明";
            case NO_REPORT -> "— 无报告";
        };
    }

    static String grade(ReportScore.Grade g) {
        return g.symbol() + " " + switch (g) {
            case GOOD -> "好";
            case FAIR -> "中";
            case POOR -> "差";
        };
    }

    /** A score as written: one decimal, without a trailing ".0". */
    static String score(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A share 0..1 as a percent with one decimal ("87.5%"). */
    static String percent(double share) {
        return score(share * 100) + "%";
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "0%" : percent((double) part / whole);
    }

    static String date(java.time.LocalDate d) {
        return d == null ? "—" : String.format(Locale.ROOT, "%d年%d月%d日", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** The publication date, and "（人工填写）" when a person set it: a reader of the 通报 knows which dates to trust how. */
    static String date(cn.fazhi.workbench.scorecard.ReportFacts f) {
        return date(f.published()) + (f.dateSource() == cn.fazhi.workbench.scorecard.ReportFacts.DateSource.USER ? "（人工填写）" : "");
    }

    static String monthDay(java.time.MonthDay d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
