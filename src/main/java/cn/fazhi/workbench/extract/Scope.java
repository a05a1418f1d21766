package cn.fazhi.workbench.extract;

/**
 * What a figure is judged against: the year reported on, whose figures they should be, and whether the
 * text is a report of that year (where "今年以来", "全年", "截至目前" mean the reporting year) or loose text
 * such as a news item (where they may not).
 *
 * @param year          the reporting year, null when unknown
 * @param ownName       the jurisdiction's short name, null when unknown
 * @param countyLevel   the jurisdiction is a county, district or zone: "全市", "全省" name a higher level
 *                      (unless the name itself ends in 市, a county-level city)
 * @param insideReport  the text is an annual report (true) or loose text (false)
 * @param authors       who wrote the report and about what, as its title says ({@link Authors})
 * @param signedTheYearAfter the report's signature is dated the year after the reporting year ("2024年3月12日"
 *                      under a report of 2023): its "今年以来", "截至目前" are counted from that day
 */
record Scope(Integer year, String ownName, boolean countyLevel, boolean insideReport, Authors authors,
             boolean signedTheYearAfter) {
    Scope(Integer year, String ownName, boolean countyLevel, boolean insideReport, Authors authors) {
        this(year, ownName, countyLevel, insideReport, authors, false);
    }

    /** "全市" is the jurisdiction itself for a city or a county-level city. */
    boolean cityIsOwn() {
        return !countyLevel || (ownName != null && ownName.endsWith("市"));
    }
}
