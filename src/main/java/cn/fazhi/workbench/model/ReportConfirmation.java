package cn.fazhi.workbench.model;

import java.util.List;

/**
 * What "confirm all values of this report" did, in one transaction. Only values still as extracted and
 * without a warning are confirmed: a person's decision is never overwritten, a value with a warning
 * (e.g. a rate that disagrees with its counts) needs its own look, and suggestions are neither accepted
 * nor dismissed — they stay open for a person to decide one by one.
 *
 * @param reportId        the report
 * @param confirmed       ids of the values confirmed now (what an undo puts back to extracted)
 * @param withWarnings    extracted values left as they are because they carry a warning
 * @param alreadyDecided  values a person had decided before (confirmed, corrected, rejected, added), kept
 * @param openSuggestions suggestions of the report still open, left open
 */
public record ReportConfirmation(long reportId, List<Long> confirmed, int withWarnings, int alreadyDecided,
                                 int openSuggestions) {
    public ReportConfirmation {
        confirmed = List.copyOf(confirmed);
    }

    /** Decides, without changing anything, what confirming a report with these values would do. */
    public static ReportConfirmation plan(long reportId, List<StoredValue> values, int openSuggestions) {
        List<Long> confirm = values.stream().filter(ReportConfirmation::confirmable).map(StoredValue::id).toList();
        int warned = (int) values.stream().filter(v -> v.status() == ReviewStatus.EXTRACTED && !confirmable(v)).count();
        int decided = (int) values.stream().filter(v -> v.status() != ReviewStatus.EXTRACTED).count();
        return new ReportConfirmation(reportId, confirm, warned, decided, openSuggestions);
    }

    /** A value the one-step confirmation may confirm: untouched by a person and without a warning. */
    public static boolean confirmable(StoredValue v) {
        return v.status() == ReviewStatus.EXTRACTED && v.value().flags().isEmpty();
    }

    /** The audit note of the report-level entry: the counts, so the history can word them. */
    public String auditNote() {
        return confirmed.size() + " confirmed, " + withWarnings + " with warnings left, " + alreadyDecided
                + " decided kept, " + openSuggestions + " open suggestions left open";
    }
}
