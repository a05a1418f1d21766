package cn.fazhi.workbench.model;

import java.util.Locale;

/** How a stated number relates to the true figure. */
public enum Qualifier {
    /** Stated as an exact number. */
    EXACT,
    /** 余/多/超过: "more than" the number. */
    APPROX_OVER,
    /** 以上: "at least" the number. */
    AT_LEAST,
    /** 约/近/左右: about the number. */
    APPROX,
    /** 以下/以内/不足: at most the number. */
    AT_MOST;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isExact() {
        return this == EXACT;
    }

    public static Qualifier fromId(String id) {
        if (id == null || id.isBlank()) {
            return EXACT;
        }
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
