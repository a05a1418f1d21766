package cn.fazhi.workbench.model;

/**
 * A government whose report is compared.
 *
 * @param code       GB/T 2260 six-digit code; null for development zones
 * @param name       short name as used in tables, e.g. 袁州区
 * @param fullName   name with its parents, e.g. 江西省宜春市袁州区
 * @param level      administrative level
 * @param parentCode code of the parent division (city or province), null for provinces
 * @param province   province name
 * @param city       city (prefecture, league, autonomous prefecture) name; null for provinces
 */
public record Jurisdiction(String code, String name, String fullName, JurisdictionLevel level,
                           String parentCode, String province, String city) {
}
