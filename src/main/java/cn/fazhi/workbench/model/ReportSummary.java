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
 * @param publishDate    the publication date in force: the one a person set, else the one read from the report
 * @param publishDateByHand a person set {@code publishDate}; re-extraction and new versions never change it
 * @param sourceUrl      the report's web address, or null
 * @param sourceUrlByHand a person gave {@code sourceUrl} (no file's address replaces it)
 */
public record ReportSummary(long id, Jurisdiction jurisdiction, Integer year, String title, String issuer,
                            LocalDate publishDate, String docNumber, String sourceName, ReportFormat format,
                            String charset, String sha256, boolean needsAttention, Long supersededBy,
                            String importedAt, int values, int reviewed, int flagged, boolean publishDateByHand,
                            String sourceUrl, boolean sourceUrlByHand) {
    /** A report whose date is the one read from it and that has no web address (tests, benchmarks). */
    public ReportSummary(long id, Jurisdiction jurisdiction, Integer year, String title, String issuer,
                         LocalDate publishDate, String docNumber, String sourceName, ReportFormat format,
                         String charset, String sha256, boolean needsAttention, Long supersededBy,
                         String importedAt, int values, int reviewed, int flagged) {
        this(id, jurisdiction, year, title, issuer, publishDate, docNumber, sourceName, format, charset, sha256,
                needsAttention, supersededBy, importedAt, values, reviewed, flagged, false, null, false);
    }
}
