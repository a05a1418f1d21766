package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.model.AuditEntry;
import cn.fazhi.workbench.model.Qualifier;
import cn.fazhi.workbench.model.ReportSummary;
import cn.fazhi.workbench.model.StoredValue;
import cn.fazhi.workbench.model.WorkspaceException;
import cn.fazhi.workbench.workflow.ReviewValues;
import cn.fazhi.workbench.workflow.WorkspaceSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code review}: a person's decisions on values and report metadata, all written to the audit log. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Confirm, correct, reject or add values, and set a report's jurisdiction or year. Every change is kept in the audit log.",
        subcommands = {ReviewCommand.Confirm.class, ReviewCommand.Correct.class, ReviewCommand.Reject.class,
                ReviewCommand.Add.class, ReviewCommand.SetJurisdiction.class, ReviewCommand.SetYear.class,
                ReviewCommand.History.class, ReviewCommand.AcceptSuggestion.class,
                ReviewCommand.DismissSuggestion.class, ReviewCommand.SetPrimary.class, ReviewCommand.ConfirmReport.class,
                ReportDetailsCommands.SetDate.class, ReportDetailsCommands.SetUrl.class})
final class ReviewCommand implements Runnable {
    static final int REFUSED = 5;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** One review action against an open session. */
    interface Action {
        Object apply(ReviewValues review, WorkspaceSession session) throws WorkspaceException, ReviewValues.ReviewException;
    }

    static int run(WorkspaceOptions ws, Action action) {
        return ws.inSession((s, out, err) -> {
            try {
                Object result = action.apply(new ReviewValues(s), s);
                out.println(ws.json() ? Json.write(result) : describe(result));
                return 0;
            } catch (ReviewValues.ReviewException e) {
                err.println("refused: " + Words.of(e.key(), e.args().toArray()));
                return REFUSED;
            }
        });
    }

    @Command(name = "accept-suggestion", mixinStandardHelpOptions = true,
            description = "Accepts a suggestion (see 'values REPORT-ID'): its figure becomes the report's confirmed value for the indicator.")
    static final class AcceptSuggestion implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;
        @Parameters(paramLabel = "SUGGESTION-ID")
        long suggestionId;
        @Option(names = "--note")
        String note;

        @Override
        public Integer call() {
            return run(ws, (r, s) -> r.acceptSuggestion(suggestionId, note));
        }
    }

    @Command(name = "dismiss-suggestion", mixinStandardHelpOptions = true,
            description = "Dismisses a suggestion: it is kept for the record and not suggested again.")
    static final class DismissSuggestion implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;
        @Parameters(paramLabel = "SUGGESTION-ID")
        long suggestionId;
        @Option(names = "--note")
        String note;

        @Override
        public Integer call() {
            return run(ws, (r, s) -> r.dismissSuggestion(suggestionId, note));
        }
    }

    private static String describe(Object result) {
        if (result instanceof cn.fazhi.workbench.model.StoredSuggestion g) {
            return String.format("suggestion %d of report %d: %s = %s %s, %s", g.id(), g.reportId(),
                    g.value().indicator(), g.value().value().toPlainString(), g.value().unit(), g.status().id());
        }
        if (result instanceof StoredValue v) {
            return String.format("value %d of report %d: %s = %s %s (%s), status %s", v.id(), v.reportId(),
                    v.value().indicator(), v.value().value().toPlainString(), v.value().unit(), v.value().qualifier().id(),
                    v.status().id());
        }
        if (result instanceof cn.fazhi.workbench.model.ReportConfirmation c) {
            return String.format("report %d: %d values confirmed; left as they were: %d with a warning (review each), "
                    + "%d already reviewed; %d open suggestions stay open", c.reportId(), c.confirmed().size(),
                    c.withWarnings(), c.alreadyDecided(), c.openSuggestions());
        }
        if (result instanceof ReportSummary r) {
            return String.format("report %d: %s %s%s", r.id(), r.jurisdiction() == null ? "?" : r.jurisdiction().fullName(),
                    r.year() == null ? "?" : r.year(), r.needsAttention() ? " (still needs attention)" : "");
        }
        return String.valueOf(result);
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true, description = "Confirms a value as right.")
    static final class Confirm implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;
        @Parameters(paramLabel = "VALUE-ID")
        long valueId;
        @Option(names = "--note")
        String note;

        @Override
        public Integer call() {
            return run(ws, (r, s) -> r.confirm(valueId, note));
        }
    }

    @Command(name = "confirm-report", mixinStandardHelpOptions = true,
            description = "After reading a report: confirms all its values still as extracted, in one step. Values a person "
                    + "already decided and values with a warning are left as they are; open suggestions stay open "
                    + "(neither accepted nor dismissed). Each value and the report get a line in the audit log.")
    static final class ConfirmReport implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;
        @Parameters(paramLabel = "REPORT-ID")
        long reportId;
        @Option(names = "--note")
        String note;

        @Override
        public Integer call() {
            return run(ws, (r, s) -> r.confirmReport(reportId, note));
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Rejects a value: it is kept for the record but never used.")
    static final class Reject implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;
        @Parameters(paramLabel = "VALUE-ID")
        long valueId;
        @Option(names = "--note")
        String note;

        @Override
        public Integer call() {
            return run(ws, (r, s) -> r.reject(valueId, note));
        }
    }

    @Command(name = "correct", mixinStandardHelpOptions = true, description = "Replaces a value's number (and unit or qualifier).")
    static final class Correct implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;
        @Parameters(paramLabel = "VALUE-ID")
        long valueId;
        @Option(names = "--value", required = true, description = "The right number (a finite number of sane size; a rate in %% at most 100).")
        String value;
        @Option(names = "--unit")
        String unit;
        @Option(names = "--qualifier", description = "exact, approx_over, at_least, approx or at_most")
        String qualifier;
        @Option(names = "--note")
        String note;

        @Override
        public Integer call() {
            return run(ws, (r, s) -> r.correct(valueId, ReviewValues.parseNumber(value), unit, qualifier == null ? null : Qualifier.fromId(qualifier), note));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a value read in the report by a person.")
    static final class Add implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;
        @Parameters(paramLabel = "REPORT-ID")
        long reportId;
        @Option(names = "--indicator", required = true, description = "Indicator code (see 'catalogue list').")
        String indicator;
        @Option(names = "--value", required = true, description = "The number (a finite number of sane size; a rate in %% at most 100).")
        String value;
        @Option(names = "--unit")
        String unit;
        @Option(names = "--qualifier", description = "exact, approx_over, at_least, approx or at_most")
        String qualifier;
        @Option(names = "--quote", description = "Text copied from the report, kept as the evidence.")
        String quote;
        @Option(names = "--note")
        String note;

        @Override
        public Integer call() {
            return run(ws, (r, s) -> r.add(reportId, indicator, ReviewValues.parseNumber(value), unit,
                    qualifier == null ? null : Qualifier.fromId(qualifier), quote, note));
        }
    }

    @Command(name = "set-jurisdiction", mixinStandardHelpOptions = true, description = "Sets a report's jurisdiction (code, name or full name).")
    static final class SetJurisdiction implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;
        @Parameters(index = "0", paramLabel = "REPORT-ID")
        long reportId;
        @Parameters(index = "1", paramLabel = "JURISDICTION")
        String jurisdiction;
        @Option(names = "--note")
        String note;

        @Override
        public Integer call() {
            return run(ws, (r, s) -> r.setJurisdiction(reportId, jurisdiction, note));
        }
    }

    @Command(name = "set-year", mixinStandardHelpOptions = true, description = "Sets a report's reporting year.")
    static final class SetYear implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;
        @Parameters(index = "0", paramLabel = "REPORT-ID")
        long reportId;
        @Parameters(index = "1", paramLabel = "YEAR")
        int year;
        @Option(names = "--note")
        String note;

        @Override
        public Integer call() {
            return run(ws, (r, s) -> r.setYear(reportId, year, note));
        }
    }

    @Command(name = "set-primary", mixinStandardHelpOptions = true,
            description = "Puts another version of a report (the same report in another format, or an older version) "
                    + "in force for its jurisdiction and year; reviewed values go with it.")
    static final class SetPrimary implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;
        @Parameters(index = "0", paramLabel = "REPORT-ID")
        long reportId;

        @Override
        public Integer call() {
            return run(ws, (r, s) -> {
                long previous = new cn.fazhi.workbench.workflow.ReportVersionsOf(s).makePrimary(reportId);
                return previous == reportId ? "report " + reportId + " is in force already"
                        : "report " + reportId + " is in force now instead of report " + previous;
            });
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "The audit history of a value.")
    static final class History implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;
        @Parameters(paramLabel = "VALUE-ID")
        long valueId;

        @Override
        public Integer call() {
            return ws.inSession((s, out, err) -> {
                for (AuditEntry a : s.queries().history(null, valueId)) {
                    out.println(ws.json() ? Json.write(a) : String.format("%s  %-10s %-10s %s -> %s %s", a.at(), a.who(),
                            a.action(), a.oldValue() == null ? "" : a.oldValue(), a.newValue() == null ? "" : a.newValue(),
                            a.note() == null ? "" : "(" + a.note() + ")"));
                }
                return 0;
            });
        }
    }
}
