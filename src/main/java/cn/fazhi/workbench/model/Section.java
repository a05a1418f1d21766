package cn.fazhi.workbench.model;

import java.util.Locale;

/** The block of a report a sentence belongs to. Figures in PLANS are targets, not results. */
public enum Section {
    RESULTS, PROBLEMS, LEADER_DUTIES, PLANS, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The section as the extract contract names it (results|problems|plans|other): the leaders'
     * duty block reports what was done, so it counts as results there.
     */
    public String contractId() {
        return this == LEADER_DUTIES ? RESULTS.id() : id();
    }

    /** Whether figures found here describe what happened in the reporting year. */
    public boolean reportsResults() {
        return this == RESULTS || this == LEADER_DUTIES;
    }
}
