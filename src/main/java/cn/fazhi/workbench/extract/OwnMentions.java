package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the jurisdiction names itself in a sentence ("全县", "我区", its name, "该县"), and which of those mentions
 * make it the subject again: not a recipient ("报县政府备案"), not what a body above acts on ("涉及我县的"), not
 * inside what a higher level's figure includes ("全市（含安吉县）"). {@link Subjects} weighs these against the other
 * subjects a sentence names.
 */
final class OwnMentions {
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;：:]");

    private OwnMentions() {
    }

    /**
     * "全市（含安吉县）", "全省(包括…)": what a higher level's figure takes in, in brackets after its name; "作为全县…最大的…"
     * says what a body is among the whole.
     */
    private static final Pattern WHAT_IT_INCLUDES = Pattern.compile(
            // "（包括10个街道调委会、201个村（社区）调委会…）": a short bracket may stand inside the list (round 52)
            "[（(](?:含|包括|包含)(?:[^（()）]|[（(][^（()）]{1,6}[）)]){1,60}?[）)]"
                    // "莲塘镇便民服务中心作为全县办件量最大的乡镇中心，全年…": what the body is among the whole, not the
                    // whole speaking (round 69 c, read after its clean score)
                    + "|作为[^，,；;。]{0,24}?的(?=[^，,；;。的]{0,8}[，,])");

    /**
     * The words with what a bracket says a figure takes in blanked out (same length): "2023年，全市（含安吉县）共调解…"
     * is the city's figure, the county named inside it is a part it includes, not the subject that speaks; every
     * search for the jurisdiction's own mention reads the words so.
     */
    static String withoutWhatItIncludes(String words) {
        Matcher m = WHAT_IT_INCLUDES.matcher(words);
        if (!m.find()) {
            return words;
        }
        StringBuilder b = new StringBuilder(words);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                b.setCharAt(i, '＿');
            }
        } while (m.find());
        return b.toString();
    }

    /** The level word a jurisdiction's name ends with, and a city's name before a district's ("临沂市兰山区" → "兰山"). */
    private static final Pattern NAME_FRAME = Pattern.compile("^(?:[\\u4e00-\\u9fa5]{2,3}市(?=[\\u4e00-\\u9fa5]{2,}[区县]$))?|[县区市旗]$");

    /**
     * "泉州市12345政务服务便民热线安溪分中心共受理…": the city's line names the jurisdiction's own branch of it, so the city's
     * name (blanked, same length) is no subject of the branch's figures (round 67 b).
     */
    static String withTheOwnBranchOfTheLineAbove(String words, Scope scope) {
        String own = scope.ownName();
        if (own == null || words.indexOf("分中心") < 0) {
            return words;
        }
        String shortName = NAME_FRAME.matcher(own).replaceAll("");
        if (shortName.length() < 2) {
            return words;
        }
        Matcher line = A_CITYS_LINE_AND_ITS_BRANCH.matcher(words);
        StringBuilder blanked = null;
        while (line.find()) {
            if (line.group(2).equals(shortName)) {
                blanked = blanked == null ? new StringBuilder(words) : blanked;
                for (int i = line.start(1); i < line.end(1); i++) {
                    blanked.setCharAt(i, '_');
                }
            }
        }
        return blanked == null ? words : blanked.toString();
    }

    /** A city's hotline or platform, then the branch named after it: group 1 the city, group 2 the words before 分中心. */
    private static final Pattern A_CITYS_LINE_AND_ITS_BRANCH = Pattern.compile(
            "([\\u4e00-\\u9fa5]{2,3}市)(?=(?:12345)?[^，,；;。\\d]{0,14}?(?:热线|平台)([\\u4e00-\\u9fa5]{2,6}?)分中心)");

    /** The jurisdiction itself, or "全县", "我区", its government, is named in these words. */
    static boolean ownNamed(String words, Scope scope) {
        return lastOwn(words, scope) >= 0 || (scope.cityIsOwn() && words.contains("全市")) || referredBack(words, scope);
    }

    /**
     * "该县" in a text about a county (该市 about a city, 该区 about a district) points back to the place the text
     * is about. Only a subject, never a turn back from another place: "赴嘉鱼县调研，该县…" is 嘉鱼县, which the
     * check for other places named before the figure still sees.
     */
    private static boolean referredBack(String words, Scope scope) {
        String own = scope.ownName();
        return own != null && own.length() >= 2 && words.contains("该" + own.charAt(own.length() - 1));
    }

    /** After a court or another body is named, the sentence turns back to the government's own figures. */
    static boolean ownSpeaksAfter(int otherBodyEnd, String beforeInSentence, Scope scope) {
        return lastOwnNotRecipient(beforeInSentence, scope) >= otherBodyEnd;
    }

    /** "被申请人为市自然资源局的…87件，占全市受理总数的23.6%": the whole a share is of, no subject (round 80 a). */
    private static boolean wholeOfAShare(String words, int at) {
        return at > 0 && words.charAt(at - 1) == '占';
    }

    /** "在全市率先", "在全县范围内首创": the whole a body is the first in, the field it leads, no subject (r235). */
    private static final Pattern FIRST_IN = Pattern.compile("^[\\u4e00-\\u9fa5]{2}(?:范围内|内)?(?:率先|首创|首家|首个|第一个)");

    private static boolean firstInTheWhole(String words, int at) {
        return at > 0 && words.charAt(at - 1) == '在' && FIRST_IN.matcher(words.substring(at)).lookingAt();
    }

    /** "向县政府报备", "报县政府备案", "提请县政府审议": the government named as the one a body sends something to. */
    private static final Pattern RECIPIENT_BEFORE = Pattern.compile("(?:向|报送?|呈报|提请|提交)$");

    /**
     * The last mention of the jurisdiction that may be a subject: "县发改局全年向县政府报备规范性文件3件" names the
     * government as the recipient of the department's filing, and the department still speaks.
     */
    private static int lastOwnNotRecipient(String words, Scope scope) {
        words = withoutWhatItIncludes(words);
        int last = -1;
        Matcher o = ownWords(scope).matcher(words);
        while (o.find()) {
            if (!(o.group().equals("全区") && regionAbove(scope))
                    && !(o.group().equals("全市") && anotherCityBefore(words, o.start(), scope))
                    && !RECIPIENT_BEFORE.matcher(words.substring(0, o.start())).find()
                    && !PARTY_BEFORE.matcher(words.substring(Math.max(0, o.start() - 6), o.start())).find()
                    && !wholeOfAShare(words, o.start()) && !firstInTheWhole(words, o.start())) {
                last = o.start();
            }
        }
        String own = scope.ownName();
        if (own != null && own.length() >= 2) {
            for (int at = words.indexOf(own); at >= 0; at = words.indexOf(own, at + 1)) {
                if (!RECIPIENT_BEFORE.matcher(words.substring(0, at)).find()) {
                    last = Math.max(last, at);
                }
            }
        }
        if (own != null && own.length() >= 3) {
            // "12345政务服务便民热线贵港市桂平分中心": the city's hotline's branch named by the jurisdiction's short name is the
            // jurisdiction's own hotline (round 76 a)
            String branch = own.substring(0, own.length() - 1) + "分中心";
            last = Math.max(last, words.lastIndexOf(branch));
        }
        return last;
    }

    /**
     * As {@link #ownSpeaksAfter}, for a body whose cases are about the jurisdiction's organs (a court, a
     * procuratorate): "县人民法院受理以我县行政机关为被告的…", "县法院对涉及我县的行政案件进行集中审理，全年审结312件" name
     * the jurisdiction as what the body's cases are about, no new subject, so the body still speaks (the legislature's
     * "对县政府报送的…文件完成了备案" is the government's filing and is read by {@link #ownSpeaksAfter}).
     */
    static boolean ownSpeaksAfterTheCases(int otherBodyEnd, String beforeInSentence, Scope scope) {
        int own = lastOwn(beforeInSentence, scope);
        return own >= otherBodyEnd && !objectOfTheHigherBody(beforeInSentence, otherBodyEnd, own, scope);
    }

    private static final Pattern FRAME_BEFORE = Pattern.compile("^[^，,；;]*中[，,]\\s*$");
    /** "柳市镇": a town whose name ends in 市, no city. */
    private static final Pattern TOWN_AFTER = Pattern.compile("[镇乡村街]");
    /** Nothing before a name but the sentence's opening words: a year, 全年, an enumerator. */
    private static final Pattern SENTENCE_OPENING = Pattern.compile(
            "\\s*(?:[一二三四五六七八九十]是)?(?:\\d{4}年度?|全年|今年以来)?[，,]?\\s*");
    /**
     * "据保定市司法局通报，2024年全市…", "保定市信访局…考核通报显示，全市…", "在保定市…推进会上通报，全市…": the city's body,
     * document or meeting as the source the clause after it quotes (round 65).
     */
    private static final Pattern ITS_SOURCE_BEFORE = Pattern.compile(
            "^[^，,；;。]{0,40}(?:通报|显示|统计|公布|发布|介绍|指出|会上)[，,：:]\\s*(?:\\d{4}年度?|全年|今年以来)?[，,]?\\s*$");
    /**
     * A city named outright ("温州市"), not a market or a level (市场, 市级, 市直, 市政工程); its government or its
     * 政务服务 office may follow ("梅州市政务服务和数据管理局", round 73), but not after a plain 城市 ("智慧城市政务").
     */
    private static final Pattern NAMED_CITY = Pattern.compile(
            // "2024年成都市…": a date's 年 is no part of the name (round 77 a)
            "([\\u4e00-\\u9fa5&&[^年月日]]{2,3}市)(?![场级民直])(?!政(?![务府]))(?!(?<=城市)政)");

    /**
     * "温州市2024年行政执法案卷评查中，全市共评查案卷5846卷" in 乐清市's report: after another city named in the sentence, with
     * no word of the county-level city's own between, 全市 is that city's (round 54).
     */
    private static boolean anotherCityBefore(String words, int at, Scope scope) {
        String own = scope.ownName();
        if (own == null || !own.endsWith("市") || !scope.countyLevel()) {
            return false;
        }
        Matcher city = NAMED_CITY.matcher(words).region(0, at);
        int end = -1;
        String name = null;
        while (city.find()) {
            end = city.end();
            name = city.group(1);
        }
        if (name == null || own.endsWith(name) || name.endsWith(own)) {
            return false;
        }
        // the city's own clause, or its event the clause before frames ("温州市…评查中，全市…"); not "对标温州市要求，全市…"
        String between = words.substring(end, at);
        boolean itsFrame = !CLAUSE_BREAK.matcher(between).find() || FRAME_BEFORE.matcher(between).find()
                || ITS_SOURCE_BEFORE.matcher(between).find()
                // "株洲市12345热线全年受理市民诉求68.4万件，全市工单综合办结率99.5%": the city opens the sentence as its subject
                || SENTENCE_OPENING.matcher(words.substring(0, end - name.length())).matches()
                        && !TOWN_AFTER.matcher(between).lookingAt() && !between.contains("；") && !between.contains(";");
        return itsFrame && !between.contains(own) && !between.contains("我市") && !between.contains("本市");
    }

    /**
     * A county's or a banner's report (新疆, 广西, 内蒙古…) says "全区" for the autonomous region above it, never for
     * itself; a district's says it for itself.
     */
    static boolean regionAbove(Scope scope) {
        String own = scope.ownName();
        return own != null && (own.endsWith("县") || own.endsWith("旗"));
    }

    /**
     * "市行政复议局受理涉及我县的…", "…以我县行政机关为被告的…", "涉我县…": the jurisdiction as what a body above handles;
     * "湖州市人民政府作出行政复议决定撤销县政府行政行为2件": what a body above decided on the jurisdiction's acts (round 51);
     * "省司法厅抽查我市行政执法案卷200卷": what a body above inspected of the jurisdiction's work; "…指派我区律师承办…": the
     * jurisdiction's lawyers a body above assigned (round 52).
     */
    private static final Pattern OBJECT_BEFORE = Pattern.compile(
            "(?:涉及|涉|针对|对|以|关于|撤销|变更|确认|纠正|维持|驳回|责令|抽查|抽取|调阅|评查|检查|督查|督察|考核|考评|巡查|指派|委派)$");
    /** "在市司法局组织的交叉抽查中，我区被抽取的40卷…": the jurisdiction in the passive is what the body above acted on (round 56). */
    private static final Pattern PASSIVE_AFTER = Pattern.compile("^[\\u4e00-\\u9fa5]{0,4}?被");

    /**
     * "我县被抽取的60卷案卷优秀率达41.7%": the jurisdiction's files in the passive of an inspection were picked by another's
     * review, whoever is named as holding it (湖州市组织的, 全市…交叉评查) — not a review of its own (round 57).
     */
    private static final Pattern INSPECTED_IN_THE_PASSIVE = Pattern.compile(
            "被(?:随机)?(?:抽取|抽查|抽中|抽检|评查|调阅|检查)[^，,；;。]*$");

    static boolean inspectedByAnother(String beforeInSentence, Scope scope) {
        Matcher p = INSPECTED_IN_THE_PASSIVE.matcher(beforeInSentence);
        if (!p.find()) {
            return false;
        }
        // "我市12个部门被抽取的86卷": the jurisdiction may name how many of its bodies the files came from (round 84 a)
        String before = beforeInSentence.substring(Math.max(0, p.start() - 10), p.start());
        String name = scope.ownName();
        return ownWords(scope).matcher(before).find() || name != null && name.length() >= 2 && before.contains(name);
    }

    /**
     * Every mention of the jurisdiction after the body above is the object of an act (涉及我县, 以我县…为被告), not a
     * new subject: the body above still speaks, in the clauses after it too.
     */
    static boolean objectOfTheHigherBody(String words, int higher, int own, Scope scope) {
        String after = words.substring(higher);
        Matcher o = ownWords(scope).matcher(after);
        boolean any = false;
        while (o.find()) {
            any = true;
            if (!OBJECT_BEFORE.matcher(after.substring(0, o.start())).find()
                    && !PASSIVE_AFTER.matcher(after.substring(o.end())).find()) {
                return false;
            }
        }
        String name = scope.ownName();
        if (name != null && name.length() >= 2) {
            for (int i = after.indexOf(name); i >= 0; i = after.indexOf(name, i + 1)) {
                any = true;
                if (!OBJECT_BEFORE.matcher(after.substring(0, i)).find()
                        && !PASSIVE_AFTER.matcher(after.substring(i + name.length())).find()) {
                    return false;
                }
            }
        }
        return any;
    }

    /**
     * The words that name the jurisdiction itself: for a city's or a county-level city's report also "全市"
     * ("市行政复议局…。全市行政机关共发生行政诉讼案件168件": the city's own organs, no longer the bureau before).
     */
    private static Pattern ownWords(Scope scope) {
        return LevelWords.own(scope);
    }

    /**
     * "成都市本级…受理…3126件，其中被申请人为我市行政机关的41件": the jurisdiction named as the party of another body's
     * cases says whose acts were reviewed, not who counts them (round 77 a).
     */
    private static final Pattern PARTY_BEFORE = Pattern.compile("(?:被申请人|被告)(?:为|是)\\s*$");

    static int lastOwn(String words, Scope scope) {
        words = withoutWhatItIncludes(words);
        int last = -1;
        Matcher o = ownWords(scope).matcher(words);
        while (o.find()) {
            if (!(o.group().equals("全区") && regionAbove(scope))
                    && !PARTY_BEFORE.matcher(words.substring(Math.max(0, o.start() - 6), o.start())).find()
                    && !wholeOfAShare(words, o.start()) && !firstInTheWhole(words, o.start())) {
                last = o.start();
            }
        }
        if (scope.ownName() != null && scope.ownName().length() >= 2) {
            last = Math.max(last, words.lastIndexOf(scope.ownName()));
        }
        return last;
    }
}
