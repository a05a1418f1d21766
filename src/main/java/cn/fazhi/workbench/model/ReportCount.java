package cn.fazhi.workbench.model;

/**
 * How many reports in force a jurisdiction has for a year: what the screens need to offer years and places
 * without reading the report list (30,000 rows on a national workspace).
 *
 * @param jurisdiction null for reports whose jurisdiction is not resolved yet
 * @param year         null for reports whose year is not resolved yet
 * @param reports      reports in force (more than one when another report was kept beside the first)
 */
public record ReportCount(Jurisdiction jurisdiction, Integer year, int reports) {
}
