package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.IndicatorValue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "全年县政府出台规范性文件18件，均经合法性审查并报六安市人民政府和县人大常委会备案": the documents the government made were
 * all reviewed and all filed, so the one count is both indicators. The figure is taken for one of them; the other is
 * derived from it (round 89 c), unless the report states a count of its own for that one, even a doubted one. Only a
 * count of documents made ("出台", "制定") whose next clause names both acts for all of them gives it: "…合计35件，全部报备"
 * after the documents reviewed are not the documents made (round 64).
 */
final class ReviewedAndFiledInFull {
    private static final Map<String, String> OTHER_ACT = Map.of(
            "normative_docs.filed", "normative_docs.reviewed",
            "normative_docs.reviewed", "normative_docs.filed");
    /**
     * Right after the count's unit, one clause that says all of them were reviewed and filed — or filed in the clause
     * joined to it by 并 ("，均经县司法局合法性审查，并在规定时间内报…备案", round 90 c).
     */
    private static final Pattern ALL_REVIEWED_AND_FILED = Pattern.compile(
            "^[，,]\\s*(?:均|全部|均已|全部已|已全部|一律)(?=[^，,；;。]*合法性(?:审查|审核))"
                    + "(?=[^，,；;。]*(?:[，,]\\s*(?:并|且|同时)[^，,；;。]*)?(?<!不予)(?:报备|备案))");
    /** The government made the documents counted: "县政府出台规范性文件", not "县直部门制定的". */
    private static final Pattern MADE = Pattern.compile("(?:制定|出台|制发|印发|发布)[^，,；;。\\d]{0,12}$");

    private ReviewedAndFiledInFull() {
    }

    static List<IndicatorValue> derive(List<IndicatorValue> values, Collection<String> doubted) {
        return StatedInFull.derive(values, doubted, OTHER_ACT, ReviewedAndFiledInFull::bothActsForAll);
    }

    private static boolean bothActsForAll(Evidence e) {
        int before = e.valueStart() - e.start();
        int after = e.valueEnd() - e.start();
        if (before < 0 || after > e.sentence().length() || before > after) {
            return false;
        }
        String clauseBefore = e.sentence().substring(0, before);
        return MADE.matcher(clauseBefore).find() && !IndicatorMatcher.OTHERS_MADE.matcher(clauseBefore).find()
                && ALL_REVIEWED_AND_FILED.matcher(e.sentence().substring(after)).find();
    }
}
