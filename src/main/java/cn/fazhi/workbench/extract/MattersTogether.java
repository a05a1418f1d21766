package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "全年法律援助和人民调解案件共计9031件", "共办理行政复议、行政应诉案件417件": one count of two of the catalogue's matters
 * together is neither's figure (round 53).
 */
final class MattersTogether {
    private MattersTogether() {
    }

    private static final String MATTER = "(行政复议|行政应诉|行政诉讼|法律援助|人民调解|矛盾纠纷调解|信访|劳动人事争议仲裁|劳动争议仲裁|劳动仲裁)";
    private static final Pattern TWO_MATTERS = Pattern.compile(
            MATTER + "(?:案件|工作)?(?:和|及|与|、|以及|暨)" + MATTER + "(?:案件|事项)?[^，,；;。\\d]{0,6}$");

    /** The words right before a count name two different matters joined as one. */
    static boolean counted(String ownClause) {
        Matcher m = TWO_MATTERS.matcher(ownClause);
        return m.find() && !m.group(1).equals(m.group(2)) && !sameMatter(m.group(1), m.group(2));
    }

    /**
     * "通过人民调解、诉讼、信访和12345热线等多种渠道，全县全年共化解各类矛盾纠纷7,962件，矛盾纠纷化解率97.6%": the ways a
     * sentence part opens with include suits, petitions, the hotline or arbitration, so its disputes and their rate are
     * settled every way, not mediated (docs/labelling.md rule 5; r182). Bounded: the ways are a short list.
     */
    private static final Pattern WAYS_OF_OTHER_MATTERS = Pattern.compile(
            // "综合运用人民调解、…和诉讼、信访、热线等渠道，全区矛盾纠纷化解率…" (round 67, r187 read)
            "(?:通过|综合运用|运用|依托|借助)[^，,；;。]{0,30}?(?:(?<!非)诉讼|信访|热线|12345|仲裁|行政复议|行政裁决)[^，,；;。]{0,30}?(?:等)(?:多种|多元|多个|各类|各种)?"
                    + "(?:渠道|途径|方式|手段)");

    /** The sentence part before a mediation figure opens with ways of settling that include other matters. */
    static boolean settledEveryWay(String beforeInSentence) {
        int part = PartsAroundTheSentence.lastSemicolon(beforeInSentence);
        return WAYS_OF_OTHER_MATTERS.matcher(beforeInSentence.substring(part + 1)).find();
    }

    /** 行政应诉 and 行政诉讼 are one matter written two ways. */
    private static boolean sameMatter(String a, String b) {
        return a.startsWith("行政") && b.startsWith("行政") && !a.equals("行政复议") && !b.equals("行政复议");
    }
}
