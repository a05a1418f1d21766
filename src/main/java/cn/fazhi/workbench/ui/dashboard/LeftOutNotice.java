package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.workflow.BuildComparison;
import cn.fazhi.workbench.workflow.WorkspaceSession;

import java.util.ArrayList;
import java.util.List;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/** The line above the comparison that says which stored values are not sane numbers and were left out (and out of any export of it). */
final class LeftOutNotice {
    private LeftOutNotice() {
    }

    /** Empty when nothing was left out; else the count and the first three, each with its report, indicator and problem. */
    static String of(List<BuildComparison.LeftOut> leftOut, WorkspaceSession s) {
        if (leftOut.isEmpty()) {
            return "";
        }
        List<String> which = new ArrayList<>();
        for (BuildComparison.LeftOut l : leftOut.subList(0, Math.min(3, leftOut.size()))) {
            String name = s == null ? l.indicator() : s.catalogue().find(l.indicator()).map(Indicator::nameZh).orElse(l.indicator());
            which.add(tr("compare.leftOutItem", l.reportId(), name, tr("review.invalid." + l.problem().id())));
        }
        return tr("compare.leftOut", leftOut.size(), String.join("；", which));
    }
}
