package cn.fazhi.workbench.model;

import java.util.Locale;

/** Administrative level of a jurisdiction; development zones have no GB/T 2260 code. */
public enum JurisdictionLevel {
    PROVINCE, CITY, COUNTY, DISTRICT, ZONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static JurisdictionLevel fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
