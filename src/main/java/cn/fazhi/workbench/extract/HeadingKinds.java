package cn.fazhi.workbench.extract;

import java.util.regex.Pattern;

/**
 * A heading that names one kind of the matter by the words the matter's own trade uses for it: "（三）诉前调解" above
 * "全年共调解纠纷1350件" counts the disputes mediated before suit (the court's referrals), "（三）刑事法律援助" above
 * "全年共办理法律援助案件456件" the criminal cases, "（二）农民工法律援助" the migrant workers' cases, as the same words in the sentence would (docs/labelling.md rule 4).
 */
final class HeadingKinds {

    private HeadingKinds() {
    }

    private static final Pattern MEDIATION_KIND = Pattern.compile("诉前调解|委派调解|委托调解");
    /**
     * One kind of case or one group of people aided: "（三）刑事法律援助", "（二）农民工法律援助", "未成年人法律援助"; a list
     * of kinds or groups ("刑事、民事法律援助") names them all.
     */
    private static final Pattern LEGAL_AID_KIND = Pattern.compile(
            "(?<![、和与及])(刑事|民事|行政|农民工|未成年人|残疾人|老年人|妇女儿童|妇女|军人军属|退役军人)(群体)?法律援助(?![、和与及])");
    /** The sentence names the whole jurisdiction or all its levels: the heading's kind does not limit it. */
    private static final Pattern WHOLE_NAMED = Pattern.compile("全[县区市旗州盟]|各级|全部|合计|总计");

    static boolean oneKindAbove(String topic, String heading, String beforeInSentence) {
        if (heading.isEmpty() || WHOLE_NAMED.matcher(beforeInSentence).find()) {
            return false;
        }
        return "mediation".equals(topic) && MEDIATION_KIND.matcher(heading).find()
                || "legal_aid".equals(topic) && LEGAL_AID_KIND.matcher(heading).find();
    }
}
