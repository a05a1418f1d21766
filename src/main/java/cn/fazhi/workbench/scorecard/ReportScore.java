package cn.fazhi.workbench.scorecard;

import cn.fazhi.workbench.model.Jurisdiction;

/**
 * One jurisdiction's scores for a year, each 0–100, and the weighted total.
 *
 * @param substance   itself 40 % core indicators disclosed, 30 % statements with figures, 15 % consistency,
 *                    15 % figures not copied from last year (see {@link Scorecard})
 */
public record ReportScore(ReportFacts facts, Timeliness timeliness, double published, double onTime,
                          double structure, double substance, double total, Grade grade) {
    public enum Timeliness { ON_TIME, LATE, DATE_UNKNOWN, NO_REPORT }

    /** Shown by colour and symbol alike: ● good (≥ 80), ◐ fair (≥ 60), ○ poor. */
    public enum Grade {
        GOOD("●"), FAIR("◐"), POOR("○");

        private final String symbol;

        Grade(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        static Grade of(double total) {
            return total >= 80 ? GOOD : total >= 60 ? FAIR : POOR;
        }
    }

    public Jurisdiction jurisdiction() {
        return facts.jurisdiction();
    }

    /** The 地市 a jurisdiction belongs to (a city's own report under itself; the province for those directly under it). */
    public String city() {
        Jurisdiction j = facts.jurisdiction();
        return j.city() != null ? j.city() : j.province();
    }

    public boolean complete() {
        return facts.structure() != null && facts.structure().partsFound() == cn.fazhi.workbench.model.ReportPart.values().length;
    }
}
