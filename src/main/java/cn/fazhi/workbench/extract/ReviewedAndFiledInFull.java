package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.IndicatorValue;

import java.util.ArrayList;
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

    /** The documents the government's reviewed: "审查区政府及区政府办公室行政规范性文件". */
    private static final Pattern REVIEWED = Pattern.compile("(?:审查|审核)[^，,；;。\\d]{0,20}规范性文件[^，,；;。\\d]{0,2}$");
    /**
     * A later clause of the sentence that says every one of them was filed once issued: "…，发布后均在规定时间内报…备案"
     * (98 b, read in the forty-ninth session), or the next clause that sends every one of them for filing: "…，全部报送
     * 市政府和区人大常委会备案" (round 114 b).
     */
    private static final Pattern ALL_FILED = Pattern.compile(
            "^[^；;。]*?[，,]\\s*(?:[^，,；;。]{0,6})?(?:发布|印发|出台)后(?:均|全部|一律)[^，,；;。]*(?<!不予)(?:报备|备案)"
                    + "|^[，,]\\s*(?:均|全部|均已|全部已|已全部|一律)(?:按时|按规定|及时|依法)?(?:报送|报|向)[^，,；;。]{0,24}(?<!不予)(?:报备|备案)");

    private static final Pattern OTHERS = Pattern.compile("部门|乡镇|街道|镇街|单位");

    private ReviewedAndFiledInFull() {
    }

    static List<IndicatorValue> derive(List<IndicatorValue> values, Collection<String> doubted) {
        List<IndicatorValue> more = new ArrayList<>(
                StatedInFull.derive(values, doubted, OTHER_ACT, ReviewedAndFiledInFull::bothActsForAll));
        List<IndicatorValue> withMore = new ArrayList<>(values);
        withMore.addAll(more);
        more.addAll(StatedInFull.derive(withMore, doubted, Map.of("normative_docs.reviewed", "normative_docs.filed"),
                ReviewedAndFiledInFull::allFiled));
        return more;
    }

    /** The sentence's words before the figure and after it, or null when the offsets do not fall inside it. */
    private record Around(String before, String after) {
        static Around of(Evidence e) {
            int before = e.valueStart() - e.start();
            int after = e.valueEnd() - e.start();
            if (before < 0 || after > e.sentence().length() || before > after) {
                return null;
            }
            return new Around(e.sentence().substring(0, before), e.sentence().substring(after));
        }
    }

    private static boolean allFiled(Evidence e) {
        Around a = Around.of(e);
        // the departments' or towns' documents filed with the government are not the government's filings
        return a != null && REVIEWED.matcher(a.before()).find() && !OTHERS.matcher(a.before()).find()
                && ALL_FILED.matcher(a.after()).find();
    }

    private static boolean bothActsForAll(Evidence e) {
        Around a = Around.of(e);
        return a != null && MADE.matcher(a.before()).find() && !IndicatorMatcher.OTHERS_MADE.matcher(a.before()).find()
                && ALL_REVIEWED_AND_FILED.matcher(a.after()).find();
    }
}
