package cn.fazhi.workbench.extract;

import java.util.regex.Pattern;

/**
 * Figures of one campaign (专项行动, 专项排查, 专项活动, 集中整治, 百日攻坚) rather than of the year: reports write the
 * campaign in the clause before a count ("联合开展护航亚运矛盾纠纷专项排查，成功化解纠纷360件") or in the count's own clause
 * ("全年通过“法援惠民生”专项活动办理法律援助案件260件"), and the count is then what the campaign achieved, a part of the
 * year's whole. A count whose own clause names the whole year or the whole place ("深入开展矛盾纠纷大排查专项行动，全年共
 * 调解矛盾纠纷3260件") is the year's figure after a campaign named as one of the year's measures, and stays whole.
 */
final class OneCampaign {
    private OneCampaign() {
    }

    /** A campaign's name: 专项行动/排查/活动/整治/治理/攻坚, 集中行动/整治/攻坚, 百日攻坚/行动, 攻坚行动. */
    private static final Pattern CAMPAIGN = Pattern.compile(
            "(专项|集中|百日|攻坚)[”\"’]?(行动|排查|活动|整治|治理|攻坚)");

    /** A named activity or campaign in quotes: "通过开展“援法议事”活动", "依托“西湖调解”品牌活动", "…”实践活动". */
    private static final String NAMED_ACTIVITY = "[“\"][^”\"，,；;。]{1,12}[”\"][^，,；;。“”\"]{0,4}?(活动|行动)";

    /** The campaign as the means of the count: "通过…专项活动办理", "在…专项行动中调解", "通过开展“援法议事”活动". */
    private static final Pattern CAMPAIGN_AS_MEANS = Pattern.compile(
            "(通过|依托|借助|结合|在)[^，,；;。]{0,24}?(" + CAMPAIGN.pattern() + "|" + NAMED_ACTIVITY + ")");

    /** Words of a count's own clause that make it the year's or the whole place's figure. */
    private static final Pattern WHOLE_YEAR_OR_PLACE = Pattern.compile("全年|年内|今年|本年|全[县区市旗]|我[县区市旗]");

    /**
     * The count (its own clause {@code ownClause}, the sentence up to the figure {@code beforeInSentence}) is one
     * campaign's: the campaign is its means in its own clause, or it is named in the clause right before and the
     * count's clause names neither the year nor the whole place; a quoted activity only as the means (通过开展“…”活动).
     */
    static boolean campaignsCount(String ownClause, String beforeInSentence) {
        if (CAMPAIGN_AS_MEANS.matcher(ownClause).find()) {
            return true;
        }
        if (beforeInSentence.length() <= ownClause.length() || WHOLE_YEAR_OR_PLACE.matcher(ownClause).find()) {
            return false;
        }
        String clauseBefore = PartsAroundTheSentence.clauseBefore(ownClause, beforeInSentence);
        return CAMPAIGN.matcher(clauseBefore).find() || CAMPAIGN_AS_MEANS.matcher(clauseBefore).find();
    }
}
