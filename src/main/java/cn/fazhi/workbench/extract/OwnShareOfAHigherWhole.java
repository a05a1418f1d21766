package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "全市共收到行政复议申请1862件，其中我县收到236件", "全市各县区共评查案卷4630卷，其中我县组织评查326卷": after a higher level's
 * whole, a 其中 that names the jurisdiction itself gives the jurisdiction's own whole — its share of the city's, not a
 * part of its own figure (round 53).
 */
final class OwnShareOfAHigherWhole {
    private OwnShareOfAHigherWhole() {
    }

    /**
     * "其中我县调解3862件，调解成功率" before the own rate: the own count's clause, then its rate named bare, no subject of
     * its own between (round 108 c).
     */
    private static final Pattern OWN_COUNT_THEN_ITS_RATE = Pattern.compile(
            "^[^，,；;。]*\\d[^，,；;。]*[，,]\\s*(?:其)?(?:调解成功|按期办结|办结|结案|败诉|出庭应诉|纠错)率(?:为|达到?)?$");

    /** The whole counts the cases against the governments below: the jurisdiction is a party, not the one who counts. */
    private static final Pattern AS_A_PARTY = Pattern.compile("为被申请人|为被告|被申请人为|被告为");
    /** 其中, then at most a preposition before the jurisdiction's own words. */
    private static final String QI_ZHONG_WORDS = "其中[，,：:]?(?:以|由|对|在)?";
    private static final Pattern QI_ZHONG = Pattern.compile(QI_ZHONG_WORDS);

    static boolean named(String beforeInSentence, Scope scope) {
        int at = beforeInSentence.lastIndexOf("其中");
        if (at <= 0) {
            return false;
        }
        Matcher q = QI_ZHONG.matcher(beforeInSentence).region(at, beforeInSentence.length());
        if (!q.lookingAt()) {
            return false;
        }
        String after = beforeInSentence.substring(q.end());
        if (AS_A_PARTY.matcher(beforeInSentence.substring(0, at)).find()) {
            return false; // "…收到以区、县（市）政府为被申请人的复议申请1127件，其中我区76件": the cases against it (round 54 d)
        }
        return OwnMentions.lastOwn(after, scope) == 0 && (after.indexOf('，') < 0 || OWN_COUNT_THEN_ITS_RATE.matcher(after).matches())
                && after.indexOf('；') < 0
                && (Subjects.higherLevelSpeaks(beforeInSentence.substring(0, at), scope)
                        || aCityOpens(beforeInSentence.substring(0, at), scope)
                        || ownLevelsWholeBefore(beforeInSentence.substring(0, at), scope) && ownNamedNext(after, scope));
    }

    /** "全市…" before 其中 in a county-level city's report, "全县…" in a county's: the word the own would say of itself. */
    private static boolean ownLevelsWholeBefore(String words, Scope scope) {
        String own = scope.ownName();
        return own != null && !own.isEmpty() && words.contains("全" + own.charAt(own.length() - 1));
    }

    /** "我市", "本市" or the own name right after 其中, not the own level's departments or body ("我市本级", "我市法律援助中心"). */
    private static final Pattern OWN_WORD_NEXT = Pattern.compile("^(?:我|本)[县区市旗]");
    private static final Pattern A_BODY_OF_ITS_OWN = Pattern.compile("^[^，,；;。\\d]{0,8}(?:本级|直|级|部门|中心|机关|法院|政府|单位)");

    private static boolean ownNamedNext(String after, Scope scope) {
        String own = scope.ownName();
        int end = OWN_WORD_NEXT.matcher(after).find() ? 2
                : own != null && own.length() >= 2 && after.startsWith(own) ? own.length() : -1;
        return end > 0 && !A_BODY_OF_ITS_OWN.matcher(after.substring(end)).find();
    }

    /** After the figure, within its run of clauses: ", 其中我市…" ("全市共收到…2186件，受理1953件，其中我市收到312件"). */
    private static final Pattern QI_ZHONG_LATER = Pattern.compile("^[^；;。]*?[，,]\\s*" + QI_ZHONG_WORDS);

    /**
     * "全市共收到行政复议申请2186件，其中我市收到312件", "全市各级人民调解组织共调处矛盾纠纷4.2万件，其中仁怀市调处6184件"
     * in a county-level city's report (round 87's left shape): the whole a 其中 then breaks into the jurisdiction's own
     * share is a higher level's, though it says 全市 as the jurisdiction would of itself.
     */
    static boolean wholeBeforeTheOwnShare(String restOfSentence, Scope scope) {
        Matcher q = QI_ZHONG_LATER.matcher(restOfSentence);
        if (!q.find()) {
            return false;
        }
        String between = restOfSentence.substring(0, q.start() + q.group().lastIndexOf("其中"));
        return between.indexOf("其中") < 0 && OwnMentions.lastOwn(between, scope) < 0
                && ownNamedNext(restOfSentence.substring(q.end()), scope);
    }

    /**
     * "杭州市全年办理法律援助案件1.9万余件，其中西湖区办理1,486件": a city the gazetteer knows opens the sentence (round 57),
     * perhaps after its source ("据统计，眉山市全年…", round 64) or the year ("全年宜昌市各级法律援助机构…", round 67).
     */
    private static final Pattern CITY_OPENS = Pattern.compile(
            "^\\s*(?:据[^，,；;。\\d]{0,12}[，,]\\s*)?(?:(?:全年|\\d{4}年度?|今年以来)[，,]?\\s*)?([\\u4e00-\\u9fa5]{2,4}?)市");

    /**
     * "据绵阳市司法局统计，2024年全市各级行政复议机关共收到…": the 全市 a county-level city's report quotes from the city
     * above's office is that city's (round 71).
     */
    private static final Pattern QUOTED_CITYS_WHOLE = Pattern.compile(
            "^\\s*据([\\u4e00-\\u9fa5]{2,4}?)市[^，,；;。\\d]{0,12}[，,]\\s*(?:(?:全年|\\d{4}年度?)[，,]?\\s*)?全市");

    private static boolean aCityOpens(String words, Scope scope) {
        if (!scope.countyLevel()) {
            return false;
        }
        Matcher city = CITY_OPENS.matcher(words);
        if (city.find() && (Subjects.anotherKnownCity(city, scope) || anotherCityBesideTheOwnCity(city, scope))) {
            return true;
        }
        Matcher quoted = QUOTED_CITYS_WHOLE.matcher(words);
        return quoted.find() && anotherCityBesideTheOwnCity(quoted, scope);
    }

    /**
     * "绵阳市…，其中我市…" in 江油市's report: a county-level city's report names another city the gazetteer knows (its own
     * 全市 and 市 words are its own, so only a named one is another).
     */
    private static boolean anotherCityBesideTheOwnCity(Matcher city, Scope scope) {
        String own = scope.ownName();
        return scope.cityIsOwn() && own != null && !own.startsWith(city.group(1)) && !own.endsWith(city.group(1) + "市")
                && !Gazetteer.bundled().named(city.group(1) + "市").isEmpty();
    }
}
