package cn.fazhi.workbench.scorecard;

import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.ReportStructure;

import java.time.LocalDate;
import java.util.List;

/**
 * What the workspace knows of one jurisdiction's report for a year: the raw material of its score.
 * A jurisdiction without a report has {@code reportId} null and nothing else.
 *
 * @param expected          the gazetteer lists it among the divisions that must report
 * @param dateSource        where the publication date comes from
 * @param structure         parts found and statements with figures; null without a report
 * @param coreStated        core indicators the report states (reviewed or extracted values, never rejected ones)
 * @param coreTotal         core indicators in the catalogue
 * @param flagged           values flagged inconsistent (a stated rate that disagrees with its counts)
 * @param copiedIndicators  indicators whose figure and sentence are the same as in last year's report
 */
public record ReportFacts(Jurisdiction jurisdiction, boolean expected, Long reportId, String title,
                          LocalDate published, DateSource dateSource, ReportStructure structure, int coreStated,
                          int coreTotal, int flagged, List<String> copiedIndicators) {
    /**
     * Where the publication date comes from: USER — a person set it (人工填写; it wins over anything read),
     * PAGE — a label of the web page or document system the text was saved from (发布日期, 发布时间, 成文日期…),
     * TEXT — the report itself (its 落款), NONE — no date.
     */
    public enum DateSource { USER, PAGE, TEXT, NONE }

    public ReportFacts {
        copiedIndicators = List.copyOf(copiedIndicators);
        dateSource = published == null ? DateSource.NONE : dateSource;
    }

    public static ReportFacts noReport(Jurisdiction j, boolean expected, int coreTotal) {
        return new ReportFacts(j, expected, null, null, null, DateSource.NONE, null, 0, coreTotal, 0, List.of());
    }

    public boolean hasReport() {
        return reportId != null;
    }
}
