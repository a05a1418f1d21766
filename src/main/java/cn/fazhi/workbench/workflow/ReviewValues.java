package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.extract.Division;
import cn.fazhi.workbench.extract.Gazetteer;
import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.Section;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.model.ValueCheck;
import cn.fazhi.workbench.store.ReportStore;
import cn.fazhi.workbench.model.WorkspaceException;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Use case: a person confirms, corrects, rejects or adds values and fixes a report's jurisdiction and year. */
public final class ReviewValues {
    private final WorkspaceSession session;
    private final ReportStore store;

    public ReviewValues(WorkspaceSession session) {
        this.session = session;
        this.store = session.reviewStore();
    }

    /** One review step on a value, for callers that run steps generically (the review screen's undo). */
    @FunctionalInterface
    public interface Action {
        StoredValue apply(ReviewValues review, StoredValue value) throws WorkspaceException, ReviewException;
    }

    /** Why a request other than a figure is refused; worded by the window and the command line ({@code review.refused.} + id). */
    public enum Refusal {
        /** {0} the code asked for. */
        UNKNOWN_INDICATOR,
        /** {0} the report id. */
        NO_REPORT,
        /** {0} the report id. */
        QUOTE_NOT_IN_TEXT,
        /** {0} what was searched for. */
        NO_JURISDICTION,
        /** {0} what was searched for, {1} the divisions it could be (full name and code, separated by "、"). */
        AMBIGUOUS_JURISDICTION,
        YEAR_OUT_OF_RANGE,
        /** {0} the date given, {1} the report's year: a publication date before the year it reports on or in the future. */
        DATE_OUT_OF_RANGE,
        /** {0} the text given: not a date. */
        NOT_A_DATE,
        /** {0} the address given: not an absolute http(s) address. */
        BAD_URL,
        /** {0} the code or name given: no division, or several, in the gazetteer. */
        UNKNOWN_JURISDICTION_CODE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A request that cannot be met as asked. Why is a code: {@link #problem()} for a figure that is not sane,
     * else {@link #refusal()} with {@link #args()}; the window and the command line word it from their
     * bundles. The message is English detail for the log.
     */
    public static final class ReviewException extends Exception {
        private final ValueCheck.Problem problem;
        private final Refusal refusal;
        private final List<String> args;

        ReviewException(String message, ValueCheck.Problem problem) {
            super(message);
            this.problem = problem;
            this.refusal = null;
            this.args = List.of();
        }

        ReviewException(Refusal refusal, String message, String... args) {
            super(message);
            this.problem = null;
            this.refusal = refusal;
            this.args = List.of(args);
        }

        /** Why the figure was refused, or null when the request failed for another reason. */
        public ValueCheck.Problem problem() {
            return problem;
        }

        /** Why the request was refused when it is not the figure, or null. */
        public Refusal refusal() {
            return refusal;
        }

        /** The arguments of the refusal's words ({0}, {1}…). */
        public List<String> args() {
            return args;
        }

        /** The bundle key of the words for this refusal: {@code review.invalid.*} or {@code review.refused.*}. */
        public String key() {
            return problem != null ? "review.invalid." + problem.id() : "review.refused." + refusal.id();
        }
    }

    /** Reads a number as typed by a person; refuses text that is not a finite number (NaN, Infinity, 1e). */
    public static BigDecimal parseNumber(String text) throws ReviewException {
        return ValueCheck.parse(text).orElseThrow(() -> new ReviewException(
                ValueCheck.describe(ValueCheck.Problem.NOT_A_NUMBER) + ": '" + text + "'", ValueCheck.Problem.NOT_A_NUMBER));
    }

    /** The door every figure a person enters goes through. */
    static void requireSane(BigDecimal number, String unit, Indicator indicator) throws ReviewException {
        var problem = ValueCheck.check(number, unit, indicator == null ? null : indicator.kind(), true);
        if (problem.isPresent()) {
            throw new ReviewException(ValueCheck.describe(problem.get())
                    + (number == null ? "" : " (" + shortText(number) + (unit == null ? "" : " " + unit) + ")"), problem.get());
        }
    }

    private static String shortText(BigDecimal n) {
        String s = n.abs().compareTo(ValueCheck.MAX) > 0 || n.scale() > 20 ? n.toString() : n.toPlainString();
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    /** Undo: the value as it was before the last change. */
    public StoredValue restore(StoredValue previous) throws WorkspaceException {
        return store.restore(previous);
    }

    /**
     * Undo of a decision that left the value as {@code left}: refused as a conflict when someone else changed it
     * since, so that an undo never wipes out their decision.
     */
    public StoredValue restore(StoredValue previous, StoredValue left) throws WorkspaceException {
        return store.restore(previous, left);
    }

    /** Undo of an add. */
    public void removeManual(long valueId) throws WorkspaceException {
        store.removeManual(valueId);
    }

    /** The report's suggestions: open ones, and those a person accepted or dismissed. */
    public List<cn.fazhi.workbench.model.StoredSuggestion> suggestions(long reportId) throws WorkspaceException {
        return session.suggestions().forReport(reportId);
    }

    /** A person takes a suggestion: its figure becomes the report's confirmed value for the indicator. */
    public StoredValue acceptSuggestion(long suggestionId, String note) throws WorkspaceException {
        return session.suggestions().accept(suggestionId, note);
    }

    /** As {@link #acceptSuggestion(long, String)} for the suggestion as shown: refused when decided on elsewhere since. */
    public StoredValue acceptSuggestion(long suggestionId, cn.fazhi.workbench.model.SuggestionStatus seen, String note)
            throws WorkspaceException {
        return session.suggestions().accept(suggestionId, seen, note);
    }

    /** As {@link #dismissSuggestion(long, String)} for the suggestion as shown. */
    public cn.fazhi.workbench.model.StoredSuggestion dismissSuggestion(long suggestionId,
            cn.fazhi.workbench.model.SuggestionStatus seen, String note) throws WorkspaceException {
        return session.suggestions().dismiss(suggestionId, seen, note);
    }

    /** A person rules a suggestion out; it is not suggested again on re-extraction. */
    public cn.fazhi.workbench.model.StoredSuggestion dismissSuggestion(long suggestionId, String note)
            throws WorkspaceException {
        return session.suggestions().dismiss(suggestionId, note);
    }

    /** Undo of an acceptance: {@code replaced} is the extracted value it took the place of, or null. */
    public cn.fazhi.workbench.model.StoredSuggestion unacceptSuggestion(long suggestionId, long valueId, StoredValue replaced)
            throws WorkspaceException {
        return session.suggestions().unaccept(suggestionId, valueId, replaced);
    }

    /** Undo of a dismissal. */
    public cn.fazhi.workbench.model.StoredSuggestion reopenSuggestion(long suggestionId) throws WorkspaceException {
        return session.suggestions().reopen(suggestionId);
    }

    public StoredValue confirm(long valueId, String note) throws WorkspaceException {
        return store.confirm(valueId, note);
    }

    /**
     * The window's decisions name the value as the person was shown it: when another window, program or person
     * changed it since, the decision is refused as a conflict (the window then reads the value again).
     */
    public StoredValue confirm(StoredValue seen, String note) throws WorkspaceException {
        return store.confirm(seen, note);
    }

    public StoredValue reject(StoredValue seen, String note) throws WorkspaceException {
        return store.reject(seen, note);
    }

    public StoredValue correct(StoredValue seen, BigDecimal number, String unit, Qualifier qualifier, String note)
            throws WorkspaceException, ReviewException {
        String effectiveUnit = unit == null || unit.isBlank() ? seen.value().unit() : unit.strip();
        requireSane(number, effectiveUnit, session.catalogue().find(seen.value().indicator()).orElse(null));
        return store.correct(seen, number, unit == null || unit.isBlank() ? null : unit.strip(), qualifier, note);
    }

    /**
     * A person has read the report: every value still as extracted and without a warning is confirmed at once
     * (audited); decided values, values with warnings and open suggestions are left as they are.
     */
    public cn.fazhi.workbench.model.ReportConfirmation confirmReport(long reportId, String note) throws WorkspaceException {
        return store.review().confirmReport(reportId, note);
    }

    /** Undo of {@link #confirmReport}; returns how many values went back to extracted. */
    public int unconfirmReport(cn.fazhi.workbench.model.ReportConfirmation done) throws WorkspaceException {
        return store.review().unconfirmReport(done);
    }

    public StoredValue reject(long valueId, String note) throws WorkspaceException {
        return store.reject(valueId, note);
    }

    public StoredValue correct(long valueId, BigDecimal number, String unit, Qualifier qualifier, String note)
            throws WorkspaceException, ReviewException {
        StoredValue old = store.value(valueId).orElseThrow(() -> new WorkspaceException(WorkspaceException.Kind.NOT_FOUND,
                "there is no value " + valueId));
        String effectiveUnit = unit == null || unit.isBlank() ? old.value().unit() : unit.strip();
        requireSane(number, effectiveUnit, session.catalogue().find(old.value().indicator()).orElse(null));
        return store.correct(valueId, number, unit == null || unit.isBlank() ? null : unit.strip(), qualifier, note);
    }

    /**
     * Adds a value read by a person. {@code quote}, when given, must be text of the report; it becomes
     * the evidence, so the value can be traced like an extracted one.
     */
    public StoredValue add(long reportId, String indicatorCode, BigDecimal number, String unit, Qualifier qualifier,
                           String quote, String note) throws WorkspaceException, ReviewException {
        Evidence evidence = null;
        if (quote != null && !quote.isBlank()) {
            int at = text(reportId).indexOf(quote);
            if (at < 0) {
                throw quoteNotInText(reportId);
            }
            evidence = new Evidence(at, at + quote.length(), quote, at, at + quote.length());
        }
        return addWithEvidence(reportId, indicatorCode, number, unit, qualifier, evidence, note);
    }

    /**
     * Adds a value a person selected in the report's text ({@link SelectedFigure}): the evidence, when given,
     * must stand where it says in the report's text, so the value is traced and marked like an extracted one.
     * Saved as added by hand (a person's decision: re-extraction never touches it) and audited.
     */
    public StoredValue addWithEvidence(long reportId, String indicatorCode, BigDecimal number, String unit,
                                       Qualifier qualifier, Evidence evidence, String note) throws WorkspaceException, ReviewException {
        Indicator ind = session.catalogue().find(indicatorCode).orElseThrow(() -> new ReviewException(
                Refusal.UNKNOWN_INDICATOR, "unknown indicator " + indicatorCode, indicatorCode));
        requireSane(number, unit == null ? ind.unit() : unit, ind);
        if (evidence != null) {
            String text = text(reportId);
            if (evidence.start() < 0 || evidence.end() > text.length() || evidence.start() >= evidence.end()
                    || !text.substring(evidence.start(), evidence.end()).equals(evidence.sentence())
                    || evidence.valueStart() < evidence.start() || evidence.valueEnd() > evidence.end()) {
                throw quoteNotInText(reportId);
            }
        }
        IndicatorValue v = new IndicatorValue(ind.code(), number, unit == null ? ind.unit() : unit,
                qualifier == null ? Qualifier.EXACT : qualifier, false, Section.RESULTS, evidence, 1.0, List.of(), List.of());
        return store.addManual(reportId, v, note);
    }

    private String text(long reportId) throws WorkspaceException, ReviewException {
        return store.text(reportId).orElseThrow(() -> new ReviewException(Refusal.NO_REPORT,
                "there is no report " + reportId, String.valueOf(reportId)));
    }

    private static ReviewException quoteNotInText(long reportId) {
        return new ReviewException(Refusal.QUOTE_NOT_IN_TEXT, "the quote does not occur in the text of report "
                + reportId, String.valueOf(reportId));
    }

    /** Sets the jurisdiction from a code, name or full name in the gazetteer; refuses an ambiguous name. */
    public ReportSummary setJurisdiction(long reportId, String query, String note)
            throws WorkspaceException, ReviewException {
        List<Division> found = Gazetteer.bundled().find(query);
        if (found.isEmpty()) {
            throw new ReviewException(Refusal.NO_JURISDICTION, "no division in the gazetteer matches '" + query + "'", query);
        }
        if (found.size() > 1) {
            String candidates = found.stream()
                    .map(d -> d.toJurisdiction().fullName() + (d.code() == null ? "" : " " + d.code()))
                    .collect(Collectors.joining("、"));
            throw new ReviewException(Refusal.AMBIGUOUS_JURISDICTION, "'" + query + "' is ambiguous", query, candidates);
        }
        Jurisdiction j = found.get(0).toJurisdiction();
        return store.setJurisdiction(reportId, j, note);
    }

    /** Divisions whose full name or code contains {@code text}, for a searchable picker. */
    public static List<Jurisdiction> searchJurisdictions(String text, int limit) {
        String q = text == null ? "" : text.strip();
        List<Jurisdiction> out = new java.util.ArrayList<>();
        for (Division d : Gazetteer.bundled().divisions()) {
            Jurisdiction j = d.toJurisdiction();
            if (q.isEmpty() || j.fullName().contains(q) || (j.code() != null && j.code().startsWith(q))) {
                out.add(j);
                if (out.size() >= limit) {
                    break;
                }
            }
        }
        return out;
    }

    public ReportSummary setYear(long reportId, int year, String note) throws WorkspaceException, ReviewException {
        if (year < 2000 || year > 2100) {
            throw new ReviewException(Refusal.YEAR_OUT_OF_RANGE, "year " + year + " out of range", String.valueOf(year));
        }
        return store.setYear(reportId, year, note);
    }
}
