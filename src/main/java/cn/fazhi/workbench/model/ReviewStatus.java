package cn.fazhi.workbench.model;

import java.util.Locale;

/** Where a stored value stands in review. Anything but EXTRACTED is a person's decision and is never overwritten by extraction. */
public enum ReviewStatus {
    EXTRACTED, CONFIRMED, CORRECTED, REJECTED, MANUAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReviewStatus fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    public boolean byPerson() {
        return this != EXTRACTED;
    }
}
