package cn.fazhi.workbench.scorecard;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The two dates 督察工作规定 art. 25 sets, in the year after the reporting year: by 1 March a county-level
 * government reports to the level above, by 1 April the report is made public. Only the publication date is
 * known from a report, so "on time" is judged against {@code publish}; {@code submit} is shown and quoted.
 */
public record Deadlines(MonthDay submit, MonthDay publish) {
    public static final MonthDay DEFAULT_SUBMIT = MonthDay.of(3, 1);
    public static final MonthDay DEFAULT_PUBLISH = MonthDay.of(4, 1);
    public static final Deadlines DEFAULT = new Deadlines(DEFAULT_SUBMIT, DEFAULT_PUBLISH);

    public Deadlines {
        submit = submit == null ? DEFAULT_SUBMIT : submit;
        publish = publish == null ? DEFAULT_PUBLISH : publish;
    }

    public LocalDate publishBy(int reportingYear) {
        return publish.atYear(reportingYear + 1);
    }

    public LocalDate submitBy(int reportingYear) {
        return submit.atYear(reportingYear + 1);
    }
}
