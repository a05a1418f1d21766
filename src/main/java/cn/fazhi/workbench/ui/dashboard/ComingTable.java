package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.Comparison;
import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.Selection;

import java.util.List;
import java.util.Set;

/**
 * What a comparison that has just started will show, known on the FX thread before the workers have read
 * anything: its indicators (the catalogue's, of the chosen areas) and about how many jurisdictions (those chosen,
 * or all, that reported in the year). A large table's columns are made from it while the comparison is read, so
 * the table's first arrival only fills rows (issue 12: the headers' first layout pass, right after the callback
 * that made them, was the longest wait of the window's start).
 */
public record ComingTable(List<Indicator> indicators, int jurisdictions) {

    /** {@code reported}: full names of the jurisdictions with a report in the selection's year. */
    static ComingTable of(Catalogue catalogue, Selection selection, Set<String> reported) {
        int n = 0;
        if (selection.jurisdictions().isEmpty()) {
            n = reported.size();
        } else {
            for (String j : selection.jurisdictions()) {
                if (reported.contains(j)) {
                    n++;
                }
            }
        }
        return new ComingTable(Comparison.indicators(catalogue, selection), n);
    }
}
