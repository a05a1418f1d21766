package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lawsuits and reconsiderations by group of defendants or respondents: the government itself, its departments, the
 * towns, against all the jurisdiction's organs. One group is a part of the figures of all of them (docs/labelling.md,
 * rule 4).
 */
final class DefendantGroups {
    private DefendantGroups() {
    }

    /**
     * "县直部门作为被告的行政诉讼案件182件", "以区级部门为被告的…", "以县级行政机关为被告的…" (the county's level without
     * the towns), "镇（街道）作为被告的…", "以乡镇人民政府为被告的…":
     * one group of defendants, a part of the suits against the government and its departments ("县政府及其工作部门",
     * "全县行政机关" are the whole).
     */
    private static final String GROUPS =
            "(?:[县区市旗](?:直|级|政府|人民政府)(?:各|所属)?(?:职能|工作)?(?:部门|单位)|[县区市旗](?:直|级)(?:各)?行政机关"
                    // "宁乡市", "桐乡市", "西乡县": the 乡 of a place's name is no towns (round 75 a)
                    + "|(?:乡镇|镇街|镇|街道|乡(?![市县区旗])|苏木镇)(?:[（(](?:街道|乡镇|镇)[)）])?(?:人民政府|政府|办事处)?)";
    // not from inside a listed group: "以市人民政府及其工作部门、乡镇人民政府为被告" names every organ (round 71)
    private static final Pattern DEFENDANT_GROUP = Pattern.compile("(?<![及其和与、乡])" + GROUPS
            // "以区直部门和镇（街道）为被告的42件": groups listed together are still not the government (round 112, 111 b)
            + "(?:[和及与、]" + GROUPS + ")*"
            // "全年市级部门被诉行政案件186件", "各乡镇被提起行政诉讼12件": the group sued, without 被告 (round 47)
            + "(?:(?:作为|为)(?:主要)?被告|(?:全年|年内|本年度?)?(?:共|共计)?(?:被诉|被起诉|被提起))"
            // "…案件中，被告为县级部门的102件": the same group named after the word (round 47)
            + "|被告(?:为|是)(?:各)?" + GROUPS + "(?![及和与、])");
    /** "以县政府为被告", "区人民政府作为被告": the government itself as defendant, without its departments. */
    private static final Pattern GOVERNMENT_DEFENDANT = Pattern.compile(
            "(?:^|[以，,；;：:])[\\u4e00-\\u9fa5]{0,8}?[县区市旗](?:人民)?政府(?:本级)?(?:作为|为)被告");
    /**
     * "全县行政机关共发生行政诉讼案件748件", "全区行政机关作为被告的…", "县政府及其部门作为被告的…": the suits against all
     * the jurisdiction's organs, stated before the government's own.
     */
    private static final Pattern WHOLE_LITIGATION = Pattern.compile(
            "(?:全[县区市旗]|各级)[^。，,；;]{0,10}行政机关[^。；;]{0,20}(?:行政诉讼|行政应诉|被诉)|全[县区市旗][^。，,；;]{0,12}(?:行政诉讼|行政应诉)案件"
                    // "全区行政诉讼一审收案412件", "全区行政机关败诉案件18件": all the organs' suits or losses
                    + "|全[县区市旗][^。，,；;]{0,12}(?:行政诉讼|行政应诉)[^。，,；;\\d]{0,4}(?:收案|新收)"
                    + "|(?:全[县区市旗]|各级)[^。，,；;]{0,10}行政机关[^。，,；;\\d]{0,2}败诉"
                    // "县政府及其部门作为被告的案件中，县政府作为被告的…": the government with its departments
                    // "以县政府及其部门、乡镇（街道）为被告的…": the towns listed with them (round 72)
                    + "|[县区市旗](?:人民)?政府及其?(?:工作|所属|职能)?部门[^。，,；;]{0,10}(?:作为|为)被告");

    /**
     * "全年行政诉讼案件中，县政府作为被告的案件15件": a clause that frames the government's suits as some of all the
     * suits (round 50); not a frame of one kind ("二审案件中") or of the government's own ("以县政府为被告的案件中").
     */
    private static final Pattern AMONG_ALL_SUITS = Pattern.compile(
            "(?:^|[，,；;：:])[^，,；;：:]{0,10}(?:行政诉讼|行政应诉|被诉)(?:的|行政)?案件中[，,]?$");

    /** The departments or the towns, not after 及/和 (县政府及其部门 is the whole). */
    private static final Pattern ONE_GROUP = Pattern.compile(
            "(?<![及其和与、乡])" + GROUPS + "(?![\\u4e00-\\u9fa5]{0,6}[及和与、])");
    private static final Pattern WHOLE_NAMED = Pattern.compile("全[县区市旗]|各级");
    /** The reconsideration organ of a level opening a clause: "市行政复议局", "县人民政府行政复议办公室". */
    private static final Pattern REVIEW_ORGAN_OPENS = Pattern.compile(
            "\\s*[县区市旗](?:人民政府|政府)?(?:行政)?复议(?:局|机构|办公室|中心)");
    /** A clause that says where ("在全县乡镇（街道）设立受理点"), not who: the places there are not the subject. */
    private static final Pattern WHERE_CLAUSE = Pattern.compile("(^|[，,；;])\\s*(?:在|向|到|于)[^，,；;]*");

    /**
     * "全年县级部门共收到行政复议申请48件", "改革前，县政府各部门共收到…", "以乡镇政府为被申请人的…": the departments or the
     * towns as the organs that took the applications or answered them, one group of the jurisdiction's reviews (round 50).
     */
    static boolean oneGroupOfReviews(String beforeInSentence, String continued) {
        String[] clauses = CLAUSE_BREAKS.split(beforeInSentence, -1);
        if (WHOLE_NAMED.matcher(clauses[clauses.length - 1]).find()
                || REVIEW_ORGAN_OPENS.matcher(clauses[clauses.length - 1]).lookingAt()) {
            // "全年镇政府未发生行政诉讼案件，全县共收到…": the figure's own clause names the whole; "各镇（街道）受理点代收
            // 复议申请87件，…，市行政复议局全年共收到…468件": or the organ that decides them all (round 65; a city's organ in a
            // county's report is the higher level's, which other checks say)
            return false;
        }
        return namesTheGroup(ONE_GROUP, WHERE_CLAUSE.matcher(beforeInSentence).replaceAll("$1"), continued);
    }

    /**
     * "县政府被申请行政复议案件9件", "以县政府为被申请人的…", "市政府作为被申请人的…": the government itself as the respondent.
     * The body above it (the city's or the province's government) takes and decides those applications: they are not the
     * jurisdiction's own reviews ("…9件，经市政府审理维持7件、确认违法1件": round 51). The towns or the departments as
     * respondents are the jurisdiction's ({@link #oneGroupOfReviews}).
     */
    private static final Pattern GOVERNMENT_RESPONDENT = Pattern.compile(
            "(?:^|[以，,；;：:])[\\u4e00-\\u9fa5]{0,8}?[县区市旗](?:人民)?政府(?:本级)?(?:作为|为)?被申请");

    /** The government itself is the respondent of the reviews the figure counts. */
    static boolean governmentAsRespondent(String beforeInSentence) {
        int respondent = -1;
        Matcher r = GOVERNMENT_RESPONDENT.matcher(beforeInSentence);
        while (r.find()) {
            respondent = r.end();
        }
        int own = -1;
        Matcher o = OWN_ORGAN.matcher(beforeInSentence);
        while (o.find()) {
            own = o.start();
        }
        // "县政府被申请行政复议12件，县政府作为行政复议机关收到…263件", "…，全县共收到…": a later organ of its own speaks
        return respondent >= 0 && own < respondent;
    }

    /**
     * "对宁波市人民政府作为复议机关办理的涉我区行政复议案件，区政府全年按时提交答复材料27件，经市政府审结24件，…纠错3件":
     * the government above named as the organ of review decides the cases in which the jurisdiction answers — they are
     * not the jurisdiction's own reviews (round 83 b, read). In a city's or a county-level city's own report a bare
     * 市政府 is its own organ; another city's name before it is not.
     */
    private static final Pattern HIGHER_GOVERNMENT_AS_ORGAN = Pattern.compile(
            "([\\u4e00-\\u9fa5]{0,4}?)(省|市|州)(?:人民)?政府作为(?:行政)?复议机关");
    private static final Pattern OWN_ORGAN_AFTER = Pattern.compile("[县区旗](?:人民)?政府作为(?:行政)?复议机关|全[县区旗]");

    static boolean higherGovernmentAsTheOrgan(String beforeInSentence, Scope scope) {
        Matcher m = HIGHER_GOVERNMENT_AS_ORGAN.matcher(beforeInSentence);
        int end = -1;
        boolean higher = false;
        while (m.find()) {
            end = m.end();
            String place = m.group(1);
            higher = !m.group(2).equals("市") || !scope.cityIsOwn()
                    || place.length() >= 2 && scope.ownName() != null && !scope.ownName().startsWith(place);
        }
        return higher && !OWN_ORGAN_AFTER.matcher(beforeInSentence.substring(end)).find();
    }

    /** The jurisdiction's own organs of review or its whole: not a government above ("经市政府审理") nor one as respondent. */
    private static final Pattern OWN_ORGAN = Pattern.compile(
            "全[县区市旗]|(?<![市省]|[市省]人民)政府(?!(?:本级)?(?:作为|为)?被申请)|复议机关|复议局|复议机构|司法局");

    /** One group of defendants (the departments, the towns) is named for the figure. */
    static boolean oneGroupOfDefendants(String beforeInSentence, String continued) {
        return namesTheGroup(DEFENDANT_GROUP, beforeInSentence, continued);
    }

    /**
     * "县司法局作为被申请人参加行政复议2件、作为被告参加行政诉讼1件", "县公安局作为被告的案件12件": one named department as the
     * defendant or the respondent ("以县公安局为被告的…" too), its own cases a part of the jurisdiction's (round 52); not the
     * government (县政府) and not after 及/和/与, where the department is one of the whole it is listed with.
     */
    private static final Pattern ONE_BODY_AS_PARTY = Pattern.compile(
            "(?<![及其和与])[县区市旗][\\u4e00-\\u9fa5&&[^政府各]]{1,8}?(?:局|委员会|办公室|(?<!政法)委(?![员托派会]))"
                    // not "县司法局办理以县政府为被告的…": another party named by 以 between them is the defendant
                    + "(?:[^，,；;。以府]){0,30}?(?:作为|为)(?:被告|被申请人)");

    /**
     * "县政府作为复议机关的共同被告案件17件，负责人出庭应诉17件": the suits in which the reconsideration organ stands beside the
     * organ whose act it upheld — one group of the jurisdiction's suits, and the heads' count of that group (round 58).
     */
    private static final Pattern CO_DEFENDANTS = Pattern.compile("(?:作为|为)[^，,；;。\\d]{0,8}共同被告");

    static boolean coDefendantCases(String beforeInSentence, String continued) {
        return namesTheGroup(CO_DEFENDANTS, beforeInSentence, continued);
    }

    /** One named department is the defendant or the respondent of the figure's cases. */
    static boolean oneBodyAsParty(String beforeInSentence, String continued) {
        return namesTheGroup(ONE_BODY_AS_PARTY, beforeInSentence, continued);
    }

    /**
     * The government as defendant after its section or sentence stated the suits against all the organs: its
     * own suits are a part of them (docs/labelling.md, rule 4), not the jurisdiction's lawsuits.
     */
    static boolean governmentBesideTheWhole(String beforeInSentence, String continued, String sectionBefore,
                                            String restOfSentence, String paragraphAfter) {
        if (!namesTheGroup(GOVERNMENT_DEFENDANT, beforeInSentence, continued)) {
            return false;
        }
        if (DEFENDANT_GROUP.matcher(restOfSentence).find()) {
            return true; // "县政府作为被告的…38件，县级部门作为被告的案件126件，乡镇…39件": one group beside the others
        }
        if (THE_REST_AFTER.matcher(restOfSentence).find()) {
            return true; // "以市政府为被告的…21件，其余111件被告为市级部门和镇（园区）": the rest are named after it (round 100 a)
        }
        if (shareOfTheWhole(beforeInSentence, restOfSentence)) {
            return true; // "以区政府为被告的…57件，占全区行政诉讼案件总数的26.1%": the whole is named beside it
        }
        Matcher wholeAfter = WHOLE_LITIGATION.matcher(paragraphAfter);
        while (wholeAfter.find()) {
            // "以县政府为被告的…42件，…。全县行政机关作为被告的行政诉讼案件共136件，其中县政府42件…": the paragraph goes
            // on to the suits of all the organs, with a figure of their own
            if (FIGURE_SOON.matcher(paragraphAfter.substring(wholeAfter.end())).lookingAt()) {
                return true;
            }
        }
        Matcher government = GOVERNMENT_DEFENDANT.matcher(beforeInSentence);
        int at = government.find() ? government.start() : beforeInSentence.length();
        return WHOLE_LITIGATION.matcher(sectionBefore).find()
                || WHOLE_LITIGATION.matcher(beforeInSentence.substring(0, at)).find()
                || AMONG_ALL_SUITS.matcher(beforeInSentence.substring(0, at)).find();
    }

    /** The rest of the suits, with their count, in the clause right after the figure's. */
    private static final Pattern THE_REST_AFTER = Pattern.compile("^[^，,；;。]{0,8}[，,]\\s*(?:其余|另有|其他)[^，,；;。\\d]{0,4}\\d");

    /**
     * "…57件，占全区行政诉讼案件总数的26.1%", "…，占全区…的三成", "…，占比25%": the words right after the figure give it as a
     * share of a whole.
     */
    private static final Pattern SHARE = Pattern.compile(
            // "…38件，同比增长26.7%，占全县…的25%": a change of the count may stand between
            "^[^，,；;。\\d]{0,6}[，,]?(?:\\s*(?:同比|较上年|比上年|较去年)[^，,；;。占]{0,12}[，,])?\\s*占([^，,；;。]{0,18}?)"
                    + "(?:总数|总量|全部|总|的?\\d|的?(?:[一二三四五六七八九两]成|半数|一半|近半|过半|[二三四五六七八九十]分之))");
    /** "占比较上年下降2.3个百分点": a change of the share, which gives no share of the figure itself. */
    private static final Pattern CHANGE_OF_THE_SHARE = Pattern.compile("较|同比|比上年|下降|上升|提高|增加|减少|增长");
    private static final Pattern GOVERNMENT_LEVEL = Pattern.compile("([县区市旗])(?:人民)?政府(?:本级)?(?:作为|为)被告");
    /** The first word of a place or a level in the words of the share's whole: 全区, 全省, 湖州市 (its 州), 温州市. */
    private static final Pattern PLACE_OR_LEVEL = Pattern.compile("[省国州盟市县区旗]");

    /**
     * The share's whole is the government's own level's (占全区… after 以区政府为被告, 占我县…) or names no place (占比,
     * 占全部案件): the government's suits are set beside the whole (docs/labelling.md, rule 4). A share of another level's
     * or place's whole ("占全市区县政府被诉案件的9.3%", "占湖州市同类案件的8.1%", "占全省…的0.3%") says nothing of a part of
     * the jurisdiction's own.
     */
    private static boolean shareOfTheWhole(String beforeInSentence, String restOfSentence) {
        Matcher share = SHARE.matcher(restOfSentence);
        if (!share.find() || CHANGE_OF_THE_SHARE.matcher(share.group(1)).find()) {
            return false;
        }
        String whole = share.group(1);
        Matcher place = PLACE_OR_LEVEL.matcher(whole);
        if (!place.find()) {
            return true;
        }
        Matcher government = GOVERNMENT_LEVEL.matcher(beforeInSentence);
        char level = ' ';
        while (government.find()) {
            level = government.group(1).charAt(0);
        }
        return place.start() > 0 && "全我本".indexOf(whole.charAt(place.start() - 1)) >= 0
                && whole.charAt(place.start()) == level;
    }

    private static final Pattern CLAUSE_BREAKS = Pattern.compile("[，,；;：:]");
    /** A figure within the words right after a name of the whole: "…行政诉讼案件共136件". */
    private static final Pattern FIGURE_SOON = Pattern.compile("[^，,；;。\\d]{0,12}\\d");

    /**
     * The group is the figure's: named in its own clause, in the count an act clause continues ("…为被告的案件38件，
     * 败诉1件"), in the sentence's opening clause (its subject), or in a clause that frames the rest ("以区政府为被告的
     * 案件中，败诉3件"); not in a list of parts before a figure of the whole ("其中县直部门作为被告69件，负责人出庭应诉92件").
     */
    private static boolean namesTheGroup(Pattern group, String beforeInSentence, String continued) {
        String[] clauses = CLAUSE_BREAKS.split(beforeInSentence, -1);
        if (group.matcher(clauses[clauses.length - 1]).find() || group.matcher(clauses[0]).find()
                || continued != null && group.matcher(continued).find()) {
            return true;
        }
        // "…；以县级部门为被告的案件，负责人出庭应诉率97.8%": a clause with no figure of its own that names the group
        // right before the figure's clause is its subject (round 56)
        if (clauses.length >= 2 && !A_FIGURE.matcher(clauses[clauses.length - 2]).find()
                && group.matcher(clauses[clauses.length - 2]).find()) {
            return true;
        }
        for (int i = 1; i < clauses.length - 1; i++) {
            if (clauses[i].strip().endsWith("中") && group.matcher(clauses[i]).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern A_FIGURE = Pattern.compile("\\d");

    /** A few words, then what a defendant or a reconsideration organ does with its cases. */
    private static final String ACTS_IN_A_SUIT_OR_APPEAL = "[^，,；;。\\d]{0,6}(?:败诉|应诉|被诉|被告|收到|受理|审结|办结|纠错|复议|被申请)";
    /** The government opening a clause and acting in a suit or an appeal. */
    private static final String GOVERNMENT_ACTING = "\\s*(?:其中)?[\\u4e00-\\u9fa5]{0,6}?[县区市旗](?:人民)?政府(?:本级)?"
            + ACTS_IN_A_SUIT_OR_APPEAL;

    /**
     * "县政府败诉1件", "县政府应诉38件", "县政府全年收到行政复议申请236件": the government as the clause's subject in a
     * lawsuit or a reconsideration.
     */
    private static final Pattern GOVERNMENT_SUBJECT = Pattern.compile("^" + GOVERNMENT_ACTING);
    /**
     * "县级部门败诉6件", "乡镇应诉26件", "县级部门收到…48件": one group of defendants or of organs as a clause's subject,
     * with a figure of its own ("乡镇无行政复议职能" names the towns without one).
     */
    private static final Pattern GROUP_SUBJECT = Pattern.compile(
            "(?:^|[，,；;：:、])\\s*(?:[县区市旗](?:直|级)(?:各)?(?:职能|工作)?(?:部门|单位|行政机关|机关)|乡镇(?:[（(]街道[)）])?|镇街|街道)"
                    + ACTS_IN_A_SUIT_OR_APPEAL + "(?=[^，,；;。]*\\d)");

    /**
     * "县政府败诉1件，县级部门败诉6件，乡镇败诉2件": the government as a clause's subject beside the departments or the
     * towns as others' is one group of defendants too (alone, "县政府败诉1件" is the county's, docs/labelling.md rule 4);
     * so is the government as one reconsideration organ beside the departments that also decided cases
     * ("县政府全年收到行政复议申请236件，县级部门收到…48件").
     */
    /** The towns listed with the government and its departments as one set of defendants. */
    private static final Pattern TOWNS_LISTED_WITH_THE_GOVERNMENT = Pattern.compile(
            "政府及其?(?:工作|所属|职能)?部门[、和及与]\\s*(?:乡镇|镇街|街道|镇)[^，,；;。]{0,6}(?:作为|为)被告");

    private static final Pattern GOVERNMENT_AND_ITS_DEPARTMENTS = Pattern.compile(
            "政府及其?(?:工作|所属|职能)?部门(?:作为|为)被告");
    /** The figure's own 其中 list follows in the same part of the sentence. */
    private static final Pattern PARTS_LISTED_AFTER = Pattern.compile("^[^；;。]*?其中");

    static boolean governmentBesideTheGroups(String beforeInSentence, String restOfSentence) {
        String own = PartsAroundTheSentence.ownClause(beforeInSentence);
        if (TOWNS_LISTED_WITH_THE_GOVERNMENT.matcher(own).find()) {
            return false; // "以县政府及其部门、乡镇（街道）为被告的…168件，…其中以县政府为被告的26件": the whole (round 72)
        }
        if (GOVERNMENT_AND_ITS_DEPARTMENTS.matcher(own).find() && PARTS_LISTED_AFTER.matcher(restOfSentence).find()) {
            // "以县政府及其部门为被告的一审行政诉讼案件126件，同比下降9.4%，其中以县政府为被告的42件、…以镇（区、街道）为被告
            // 的13件" (r201): the groups after its 其中 are its own parts, not others beside it
            return false;
        }
        String earlier = beforeInSentence.substring(0, beforeInSentence.length() - own.length());
        if (GOVERNMENT_SUBJECT.matcher(own).find() && WHOLE_LITIGATION.matcher(earlier).find()) {
            return true; // "…以县政府及其部门为被告的行政案件97件，其中县政府败诉6件": the government after the whole (round 51)
        }
        String others = earlier + "，" + restOfSentence;
        // "县政府受理…262件，县级部门受理12件": the group beside the government is one group too, whatever its verb
        return GOVERNMENT_SUBJECT.matcher(own).find() && GROUP_SUBJECT.matcher(others).find()
                || GROUP_SUBJECT.matcher("，" + own + "0").find() && GOVERNMENT_SUBJECT_ANYWHERE.matcher(others).find();
    }

    /** The government as the subject of any clause: "，县政府受理行政复议案件262件". */
    private static final Pattern GOVERNMENT_SUBJECT_ANYWHERE = Pattern.compile("(?:^|[，,；;：:])" + GOVERNMENT_ACTING);
}
