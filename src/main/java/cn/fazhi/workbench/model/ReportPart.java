package cn.fazhi.workbench.model;

import java.util.Locale;

/**
 * The five parts 《法治政府建设与责任落实督察工作规定》 (2019, art. 25) requires an annual report on the
 * building of a rule-of-law government to contain, in the order it names them.
 */
public enum ReportPart {
    /** 主要举措和成效 */
    MEASURES,
    /** 存在的不足和原因 */
    SHORTCOMINGS,
    /** 党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况 */
    LEADER_DUTIES,
    /** 下一年度推进法治政府建设的主要安排 */
    NEXT_YEAR,
    /** 其他需要报告的情况 */
    OTHER_MATTERS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
