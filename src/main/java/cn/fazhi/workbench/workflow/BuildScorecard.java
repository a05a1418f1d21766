package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.JurisdictionProfile;
import cn.fazhi.workbench.extract.Division;
import cn.fazhi.workbench.extract.StructureDetector;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.ReportStructure;
import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.scorecard.Deadlines;
import cn.fazhi.workbench.scorecard.ReportFacts;
import cn.fazhi.workbench.scorecard.ScoreWeights;
import cn.fazhi.workbench.scorecard.Scorecard;
import cn.fazhi.workbench.task.CancellationToken;
import cn.fazhi.workbench.task.ProgressListener;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Use case: the report-compliance scorecard of a year for a province (or one of its cities, or the whole
 * workspace). Gathers the facts — who the gazetteer expects, the report in force, its date, its parts
 * (read from the stored text), the comparison's figures of this year and last — and hands them to the
 * pure {@link Scorecard}. Also keeps the settings it depends on: the submission deadline and the weights.
 */
public final class BuildScorecard {
    static final String SUBMIT_DEADLINE_KEY = "report.submitDeadline";
    static final String WEIGHTS_KEY = "scorecard.weights";

    private final WorkspaceSession session;

    public BuildScorecard(WorkspaceSession session) {
        this.session = session;
    }

    /** The scorecard and the comparison it was built on (this year with last year for changes). */
    public record Result(Scorecard scorecard, ComparisonTable table) {
    }

    public Result build(int year, String province, String city) throws WorkspaceException {
        return build(year, province, city, null, ProgressListener.NONE, CancellationToken.none());
    }

    /** @param weights null: the workspace's setting */
    public Result build(int year, String province, String city, ScoreWeights weights, ProgressListener progress,
                        CancellationToken cancel) throws WorkspaceException {
        Deadlines deadlines = deadlines();
        ScoreWeights w = weights != null ? weights : weights();
        Selection selection = new Selection(List.of(year - 1, year), List.of(), province, city, List.of(), List.of(),
                deadlines.publish(), null);
        ComparisonTable table = new BuildComparison(session).build(selection);
        Map<String, Jurisdiction> scope = new LinkedHashMap<>();
        Set<String> expected = new HashSet<>();
        if (province != null) {
            for (Division d : MissingReports.expected(province, city)) {
                scope.put(d.code(), d.toJurisdiction());
                expected.add(d.code());
            }
        }
        Map<String, Integer> column = new LinkedHashMap<>();
        for (int j = 0; j < table.jurisdictions().size(); j++) {
            Jurisdiction jur = table.jurisdictions().get(j);
            String key = key(jur);
            column.put(key, j);
            if (table.profiles().get(j).reportId() != null) {
                scope.putIfAbsent(key, jur);
            }
        }
        List<ReportFacts> facts = new ArrayList<>();
        int done = 0;
        for (var e : scope.entrySet()) {
            cancel.throwIfCancelled();
            progress.progress(done++, scope.size(), e.getValue().name());
            Integer j = column.get(e.getKey());
            JurisdictionProfile p = j == null ? null : table.profiles().get(j);
            boolean isExpected = expected.contains(e.getKey());
            int coreTotal = (int) table.indicators().stream().filter(i -> i.core()).count();
            if (p == null || p.reportId() == null) {
                facts.add(ReportFacts.noReport(e.getValue(), isExpected, coreTotal));
                continue;
            }
            String text = session.queries().text(p.reportId()).orElse("");
            ReportStructure structure = StructureDetector.detect(text, year);
            facts.add(new ReportFacts(e.getValue(), isExpected, p.reportId(), p.title(), p.publishDate(),
                    p.publishDateByHand() ? ReportFacts.DateSource.USER : dateSource(text, p.publishDate()), structure, p.coreStated(), p.coreTotal(), p.flagged(),
                    copied(table, j, year)));
        }
        progress.progress(scope.size(), scope.size(), "");
        return new Result(Scorecard.score(year, province, city, facts, deadlines, w), table);
    }

    private static final java.util.regex.Pattern PAGE_DATE = java.util.regex.Pattern.compile(
            "(?:发布|成文|印发|公开)(?:日期|时间)[\\s\\u00a0\\u3000]*[:：]?[\\s\\u00a0\\u3000]*(\\d{4})\\s*[-年./]\\s*(\\d{1,2})\\s*[-月./]\\s*(\\d{1,2})");

    /**
     * PAGE when the date stands after a page's label (发布日期 2018-04-18, 成文时间: 2023-02-27): the portal's
     * date, which may differ from the 落款; TEXT otherwise (the extractor read it from the report).
     */
    static ReportFacts.DateSource dateSource(String text, java.time.LocalDate published) {
        if (published == null) {
            return ReportFacts.DateSource.NONE;
        }
        var m = PAGE_DATE.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == published.getYear() && Integer.parseInt(m.group(2)) == published.getMonthValue()
                    && Integer.parseInt(m.group(3)) == published.getDayOfMonth()) {
                return ReportFacts.DateSource.PAGE;
            }
        }
        return ReportFacts.DateSource.TEXT;
    }

    private static String key(Jurisdiction j) {
        return j.code() != null ? j.code() : j.fullName();
    }

    /**
     * Indicators whose figure this year is last year's figure stated in the same sentence: a sign the
     * report was written from last year's. The same figure in a new sentence is a coincidence, not a copy.
     */
    static List<String> copied(ComparisonTable t, int j, int year) {
        Cell[][] now = t.byYear().get(year);
        Cell[][] before = t.byYear().get(year - 1);
        List<String> out = new ArrayList<>();
        if (now == null || before == null) {
            return out;
        }
        for (int i = 0; i < t.indicators().size(); i++) {
            if (cn.fazhi.workbench.compare.PerHead.isPerHead(t.indicators().get(i))) {
                continue; // the count's own copy is counted once, not again per 10,000 residents
            }
            Cell a = now[j][i];
            Cell b = before[j][i];
            if (a.missing() || b.missing() || a.evidence() == null || b.evidence() == null
                    || a.value().compareTo(b.value()) != 0 || java.util.Objects.equals(a.reportId(), b.reportId())) {
                continue;
            }
            if (plain(a.evidence().sentence()).equals(plain(b.evidence().sentence()))) {
                out.add(t.indicators().get(i).code());
            }
        }
        return out;
    }

    private static String plain(String s) {
        return s.replaceAll("[\\s\\p{Punct}，。；：、！？“”（）]", "");
    }

    public Deadlines deadlines() throws WorkspaceException {
        MonthDay publish = new BuildComparison(session).deadline();
        MonthDay submit = session.store().setting(SUBMIT_DEADLINE_KEY).map(BuildScorecard::monthDay)
                .orElse(Deadlines.DEFAULT_SUBMIT);
        return new Deadlines(submit, publish);
    }

    public void setSubmitDeadline(MonthDay d) throws WorkspaceException {
        session.store().putSetting(SUBMIT_DEADLINE_KEY, d.toString().substring(2));
    }

    public ScoreWeights weights() throws WorkspaceException {
        Optional<String> s = session.store().setting(WEIGHTS_KEY);
        try {
            return s.map(ScoreWeights::parse).orElse(ScoreWeights.DEFAULT);
        } catch (IllegalArgumentException e) {
            return ScoreWeights.DEFAULT;
        }
    }

    public void setWeights(ScoreWeights w) throws WorkspaceException {
        session.store().putSetting(WEIGHTS_KEY, w.toString());
    }

    private static MonthDay monthDay(String s) {
        try {
            return MonthDay.parse("--" + s);
        } catch (DateTimeParseException e) {
            return Deadlines.DEFAULT_SUBMIT;
        }
    }
}
