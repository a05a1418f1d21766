package cn.fazhi.workbench.model;

import java.util.List;

/**
 * What a report's text shows of its form: each required part found or not, and how concrete its
 * account of the year's work is.
 *
 * @param parts                  one finding per {@link ReportPart}, in the enum's order
 * @param statements             sentences in the blocks that report results (headings left out)
 * @param statementsWithFigures  of those, the ones stating at least one figure (years, dates and codes
 *                               do not count)
 */
public record ReportStructure(List<PartFinding> parts, int statements, int statementsWithFigures) {
    public ReportStructure {
        parts = List.copyOf(parts);
    }

    public PartFinding part(ReportPart p) {
        return parts.stream().filter(f -> f.part() == p).findFirst().orElse(PartFinding.missing(p));
    }

    public long partsFound() {
        return parts.stream().filter(PartFinding::found).count();
    }

    /** Share (0..1) of result statements with a figure; 0 when there are none. */
    public double figureShare() {
        return statements == 0 ? 0 : (double) statementsWithFigures / statements;
    }
}
