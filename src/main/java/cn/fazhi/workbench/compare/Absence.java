package cn.fazhi.workbench.compare;

/**
 * Why a cell has no figure. The three are different facts and must never look alike: a jurisdiction
 * that did not report at all, a report that does not state the figure, and a figure a reviewer threw out.
 */
public enum Absence {
    /** No report of the jurisdiction for that year is in the workspace. */
    NO_REPORT,
    /** The report does not state the figure (未披露). */
    NOT_STATED,
    /** The report's figure was rejected by a reviewer and no other figure replaces it. */
    REJECTED,
    /** A per-head figure whose count is stated, but no population of the jurisdiction for the year is known. */
    NO_POPULATION
}
