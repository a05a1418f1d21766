package cn.fazhi.workbench.ui.common;

/**
 * What a screen may ask of the window: go to another screen. Implemented by the shell, handed to every
 * screen at construction, so screens never name the shell (no package cycle).
 */
public interface Navigator {
    /** Shows the screen registered as {@code id} (building it the first time). */
    void go(String id);

    /** Opens the review of a report, at one value if {@code valueId} is not null. */
    void openReview(long reportId, Long valueId);

    /** Shows the report list, optionally only the reports that need a person. */
    void openReports(boolean attentionOnly);
}
