package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.extract.Division;
import cn.fazhi.workbench.extract.Gazetteer;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.JurisdictionLevel;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.WorkspaceException;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Use case: who has not reported. For a province (or one of its cities) and a year, the county-level
 * divisions the gazetteer expects (counties, districts, county-level cities; not development zones) that
 * have no report in force in the workspace, and those whose report was published after the deadline.
 */
public final class MissingReports {
    public enum State { MISSING, LATE }

    /** One division that has not reported (published null) or reported late. */
    public record Row(Jurisdiction jurisdiction, State state, LocalDate published) {
    }

    /** The answer with its counts: expected, reported (on time or late), missing, late. */
    public record Result(String province, String city, int year, int expected, int reported, List<Row> rows) {
        public long missing() {
            return rows.stream().filter(r -> r.state() == State.MISSING).count();
        }

        public long late() {
            return rows.stream().filter(r -> r.state() == State.LATE).count();
        }
    }

    private final WorkspaceSession session;

    public MissingReports(WorkspaceSession session) {
        this.session = session;
    }

    /** Provinces of the gazetteer, in code order. */
    public static List<String> provinces() {
        return Gazetteer.bundled().divisions().stream().filter(d -> d.level() == JurisdictionLevel.PROVINCE)
                .sorted(Comparator.comparing(Division::code)).map(Division::name).toList();
    }

    /** Cities of a province that have county-level divisions, in code order. */
    public static List<String> cities(String province) {
        TreeSet<String> codes = new TreeSet<>();
        Map<String, String> byCode = new HashMap<>();
        for (Division d : expected(province, null)) {
            if (d.city() != null && !d.city().equals(province) && d.parentCode() != null) {
                byCode.putIfAbsent(d.parentCode(), d.city());
                codes.add(d.parentCode());
            }
        }
        return codes.stream().map(byCode::get).distinct().toList();
    }

    static List<Division> expected(String province, String city) {
        return Gazetteer.bundled().divisions().stream()
                .filter(d -> d.level() == JurisdictionLevel.COUNTY || d.level() == JurisdictionLevel.DISTRICT)
                .filter(d -> d.code() != null && province.equals(d.province()))
                .filter(d -> city == null || city.equals(d.city()))
                .sorted(Comparator.comparing(Division::code))
                .toList();
    }

    public Result find(String province, String city, int year) throws WorkspaceException {
        MonthDay deadline = new BuildComparison(session).deadline();
        LocalDate due = deadline.atYear(year + 1);
        Map<String, ReportSummary> byCode = new HashMap<>();
        for (ReportSummary r : session.queries().reports(year, null, false)) {
            if (r.jurisdiction() != null && r.jurisdiction().code() != null) {
                byCode.merge(r.jurisdiction().code(), r, (a, b) -> earlier(a, b));
            }
        }
        List<Division> expected = expected(province, city);
        List<Row> rows = new ArrayList<>();
        int reported = 0;
        for (Division d : expected) {
            ReportSummary r = byCode.get(d.code());
            if (r == null) {
                rows.add(new Row(d.toJurisdiction(), State.MISSING, null));
                continue;
            }
            reported++;
            if (r.publishDate() != null && r.publishDate().isAfter(due)) {
                rows.add(new Row(d.toJurisdiction(), State.LATE, r.publishDate()));
            }
        }
        return new Result(province, city, year, expected.size(), reported, rows);
    }

    private static ReportSummary earlier(ReportSummary a, ReportSummary b) {
        if (a.publishDate() == null) {
            return b;
        }
        if (b.publishDate() == null) {
            return a;
        }
        return a.publishDate().isAfter(b.publishDate()) ? b : a;
    }
}
