package cn.fazhi.workbench.model;

import java.time.LocalDate;

/** What the extractor learned about a report besides its indicator values; any field may be null. */
public record ReportMetadata(String title, Jurisdiction jurisdiction, Integer year, LocalDate publishDate,
                             String docNumber, String issuer) {
}
