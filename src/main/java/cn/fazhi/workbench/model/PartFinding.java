package cn.fazhi.workbench.model;

/**
 * Whether a report contains one of the required parts, and what showed it.
 *
 * @param how     HEADING: a top-level heading names the part; SUB_HEADING: a lower heading (（三）…) does;
 *                THEMED_HEADINGS: the top-level headings are themes of the work done (the measures part
 *                without a heading of its own); TEXT: a sentence without heading opens the part
 *                ("下一步，我们将…"); MISSING: nothing found
 * @param heading the heading or sentence that matched, as written (shortened to 60 characters); null when missing
 */
public record PartFinding(ReportPart part, How how, String heading) {
    public enum How { HEADING, SUB_HEADING, THEMED_HEADINGS, TEXT, MISSING }

    public boolean found() {
        return how != How.MISSING;
    }

    public static PartFinding missing(ReportPart part) {
        return new PartFinding(part, How.MISSING, null);
    }
}
