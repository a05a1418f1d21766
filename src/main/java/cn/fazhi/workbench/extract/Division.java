package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.JurisdictionLevel;

/**
 * One row of the shipped gazetteer.
 *
 * @param code       GB/T 2260 code, null for zones
 * @param statCode   statistical code of a development zone, null otherwise
 * @param name       official name
 * @param level      level
 * @param parentCode parent division code
 * @param province   province name
 * @param city       city name (the province's name for municipalities' districts)
 */
public record Division(String code, String statCode, String name, JurisdictionLevel level, String parentCode,
                       String province, String city) {

    /** The name people use in tables: zones drop the province prefix of their official name. */
    public String displayName() {
        return level == JurisdictionLevel.ZONE ? Gazetteer.withoutProvincePrefix(name, province) : name;
    }

    public Jurisdiction toJurisdiction() {
        String display = displayName();
        String full = switch (level) {
            case PROVINCE -> name;
            case CITY -> province.equals(name) ? name : province + name;
            default -> province + (city == null || city.equals(province) ? "" : city) + display;
        };
        return new Jurisdiction(code, display, full, level, parentCode,
                province, level == JurisdictionLevel.PROVINCE ? null : city);
    }
}
