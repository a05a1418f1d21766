package cn.fazhi.workbench.compare;

import cn.fazhi.workbench.model.Selection;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.ReportSummary;

import java.util.List;
import java.util.Map;

/**
 * Jurisdictions side by side: one row per indicator, one column per jurisdiction, for the year compared,
 * with statistics per indicator and a profile per jurisdiction; {@code byYear} holds the cells of every
 * selected year for year-on-year tables.
 *
 * @param groupNames catalogue group key to Chinese name
 * @param warnings   what the selection asked for but the workspace does not have
 * @param reports    the reports the cells come from, by id (source file, 文号, title…)
 * @param pages      per value id, the page its evidence stands on: empty from a comparison; filled by the
 *                   workflow (withPages) when a workbook is written, only for reports that know their pages
 */
public record ComparisonTable(Selection selection, List<Indicator> indicators, Map<String, String> groupNames,
                              List<Jurisdiction> jurisdictions, Cell[][] cells, List<IndicatorStats> stats,
                              List<JurisdictionProfile> profiles, Map<Integer, Cell[][]> byYear,
                              List<String> warnings, Map<Long, ReportSummary> reports,
                              Map<Long, Integer> pages) {

    /** The same table with the pages of its figures' evidence (worked out by the workflow for an export). */
    public ComparisonTable withPages(Map<Long, Integer> pages) {
        return new ComparisonTable(selection, indicators, groupNames, jurisdictions, cells, stats, profiles, byYear,
                warnings, reports, Map.copyOf(pages));
    }

    /** The page (1-based) of the cell's evidence, or 0 when its report has no pages (txt, html, docx) or there is none. */
    public int page(Cell c) {
        return c.valueId() == null ? 0 : pages.getOrDefault(c.valueId(), 0);
    }

    /** The cell of jurisdiction {@code j} (column) and indicator {@code i} (row). */
    public Cell cell(int j, int i) {
        return cells[j][i];
    }

    public boolean isEmpty() {
        return jurisdictions.isEmpty();
    }

    public int year() {
        return selection.year();
    }
}
