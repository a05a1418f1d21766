package cn.fazhi.workbench.ui.review;

import cn.fazhi.workbench.model.ReportConfirmation;

import static cn.fazhi.workbench.ui.common.I18n.tr;

/** What confirming a whole report did, in the window's language (the core gives counts). */
final class ConfirmReportWords {
    private ConfirmReportWords() {
    }

    static String done(ReportConfirmation c) {
        return tr("review.confirmReport.done", c.confirmed().size()) + " "
                + tr("review.confirmReport.leaves", c.withWarnings(), c.alreadyDecided(), c.openSuggestions());
    }
}
