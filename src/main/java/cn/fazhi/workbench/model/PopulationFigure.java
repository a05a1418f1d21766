package cn.fazhi.workbench.model;

/**
 * The resident population (常住人口) of a jurisdiction in a year, as the user entered or imported it. The
 * workbench ships none: per-head figures exist only where a person supplied the population.
 *
 * @param code      GB/T 2260 code of the jurisdiction
 * @param residents persons (a figure given in 万人 is stored multiplied out)
 * @param source    the file it was imported from, or null when typed in
 * @param updatedAt when it was last set (ISO instant)
 */
public record PopulationFigure(String code, int year, long residents, String source, String updatedAt) {
    public PopulationFigure {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a population figure needs a jurisdiction code");
        }
        if (residents <= 0) {
            throw new IllegalArgumentException("a population must be positive: " + residents);
        }
    }
}
