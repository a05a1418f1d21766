package cn.fazhi.workbench.model;

import java.util.Locale;

/** Where a suggestion stands: waiting for a person, accepted as the value, or dismissed. */
public enum SuggestionStatus {
    OPEN, ACCEPTED, DISMISSED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SuggestionStatus fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
