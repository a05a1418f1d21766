package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.compare.Cell;


/** The number of a cell as the table shows it (counts), for checks that compare screen and workbook. */
public final class DashboardViewTexts {
    private DashboardViewTexts() {
    }

    public static String number(Cell c) {
        return c.missing() ? "" : cn.fazhi.workbench.ui.common.Numbers.figure(c.value(), false, c.marker());
    }
}
