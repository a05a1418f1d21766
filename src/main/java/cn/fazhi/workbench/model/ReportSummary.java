package cn.fazhi.workbench.model;

import java.time.LocalDate;

/**
 * A report in the workspace, as lists show it.
 *
 * @param id             row id
 * @param jurisdiction   null when not resolved yet
 * @param year           null when not resolved yet
 * @param needsAttention jurisdiction or year must be set by a person
 * @param supersededBy   id of the report that replaced this one, or null
 * @param values         values stored (rejected ones included)
 * @param reviewed       values a person confirmed, corrected, rejected or added
 * @param flagged        values carrying a flag such as "inconsistent"
 */
public record ReportSummary(long id, Jurisdiction jurisdiction, Integer year, String title, String issuer,
                            LocalDate publishDate, String docNumber, String sourceName, ReportFormat format,
                            String charset, String sha256, boolean needsAttention, Long supersededBy,
                            String importedAt, int values, int reviewed, int flagged) {
}
