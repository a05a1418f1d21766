package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "全县各级行政机关共发生一审行政诉讼案件236件，…。法院开庭审理208件，行政机关负责人出庭应诉208件", "全年各级行政机关应诉
 * 案件89件，法院以判决、裁定方式审结74件": in a report, a court named bare (法院, without a place or a level) right after
 * the jurisdiction's own suits is the court that heard those suits, not one counting its own caseload — a court's own
 * caseload is given with its name (县人民法院全年受理…), which stays another body's (round 52).
 */
final class CourtOfTheSuits {
    /**
     * "集中管辖法院开庭审理涉我区案件365件": the court that the centralised jurisdiction over administrative cases assigns is named
     * by that role, not by a place — the court that heard the suits, as a bare 法院 (round 53, r143).
     */
    private static final String UNNAMED = "(?:集中管辖(?:的)?|管辖)?";
    /** "全年人民法院开庭审理…": the year's word may open the clause before the court (round 55). */
    private static final String PERIOD = "(?:(?:\\d{4}年度?|全年|今年以来|一年来)[，,]?\\s*)?";
    /**
     * A court of the jurisdiction's own level, or the railway court that hears a city's administrative suits: "县人民法院",
     * "我区法院", "西安铁路运输法院" opening a clause (not a city's intermediate court, whose cases are appeals).
     */
    private static final Pattern OWN_LEVELS_COURT = Pattern.compile(
            "(?:^|[，,；;。：:])\\s*" + PERIOD + "(?:[我本]?[县区市旗]|[\\u4e00-\\u9fa5]{2,6}铁路运输)(?:人民)?法院");
    /**
     * The last court named: bare (法院, 人民法院), opening a clause or a bracket ("出庭应诉率99.17%（法院开庭审理241件，…）",
     * round 84) or after 经/由/被/至/向 (经法院判决, 被诉至法院).
     */
    private static final Pattern BARE_COURT = Pattern.compile(
            "(?:^|[，,；;。：:（(经由被至向在])\\s*" + PERIOD + UNNAMED + "(?:人民)?法院");
    /**
     * A court named with a place, a level or its full name as a clause's subject ("县人民法院全年受理…"): then a bare 法院
     * may be that court again. Not one named as the venue ("由…人民法院集中管辖", "向…法院起诉").
     */
    private static final Pattern NAMED_COURT = Pattern.compile(
            "(?:^|[，,；;。：:])\\s*(?![由经在]|人民法院|集中管辖|管辖)[\\u4e00-\\u9fa5&&[^经由被至向]]{1,14}?(?:法院|中院|高院|法庭)");
    /** The jurisdiction's own suits with their count: its organs or its government as the ones sued. */
    private static final Pattern OWN_SUITS = Pattern.compile(
            "(?:全[县区市旗]|各级|[县区市旗](?:人民)?政府|行政机关)[^。；;]{0,30}?(?:行政诉讼|行政应诉|应诉|被诉|被起诉|行政案件|为被告)[^。；;]{0,24}?\\d");
    /** Other bodies after the court (a procuratorate, a law firm…): they speak, not the court. */
    private static final Pattern ANOTHER_BODY_AFTER = Pattern.compile("检察|律师|仲裁|公证");

    private CourtOfTheSuits() {
    }

    /**
     * In a report's litigation figure, the body the rules read as speaking is a bare court that heard the suits the
     * sentence, or the one before it, stated as the jurisdiction's own.
     */
    static boolean heardTheOwnSuits(String beforeInSentence, String sentenceBefore, String wordsAfter, String topic,
                                    Scope scope) {
        if (!"litigation".equals(topic) || !scope.insideReport()) {
            return false;
        }
        Matcher checked = CHECKED_WITH.matcher(beforeInSentence);
        if (checked.find() && !ANOTHER_BODY_AFTER.matcher(beforeInSentence.substring(checked.end())).find()
                && (OWN_CASES.matcher(beforeInSentence.substring(checked.end())).find()
                || OWN_SUITS.matcher(beforeInSentence.substring(checked.end())).find())) {
            return true; // "经与集中管辖法院逐案对账，…涉及我市行政机关的一审行政诉讼案件186件": the court checked with
        }
        Matcher within = WITHIN_THE_OWN_SUITS.matcher(beforeInSentence);
        if (within.find() && !ANOTHER_BODY_AFTER.matcher(beforeInSentence.substring(within.end())).find()) {
            return true; // "全市行政诉讼案件中法院开庭审理172件": the court heard some of the own suits (round 83 a)
        }
        Matcher venue = NAMED_VENUE.matcher(beforeInSentence);
        if (venue.find() && !ANOTHER_BODY_AFTER.matcher(beforeInSentence.substring(venue.end())).find()
                && (OWN_SUITS.matcher(beforeInSentence.substring(0, venue.start())).find()
                || OWN_SUITS.matcher(sentenceBefore).find())) {
            return true; // "经巩义市人民法院、郑州铁路运输法院开庭审理的158件案件中": named, but as the venue of the own suits
        }
        Matcher court = BARE_COURT.matcher(beforeInSentence);
        int at = -1;
        while (court.find()) {
            at = court.end() - 2;
            at = beforeInSentence.startsWith("人民", at - 2) ? at - 2 : at;
        }
        if (at >= 0 && HEARING_ENDS.matcher(beforeInSentence.substring(at)).find() && OWN_CASES_AFTER.matcher(wordsAfter).find()
                && !ANOTHER_BODY_AFTER.matcher(beforeInSentence.substring(at)).find()) {
            return true; // "法院开庭审理的298件涉我市行政机关一审案件中": the own cases named after the figure (round 67)
        }
        if (at >= 0 && OWN_CASES.matcher(beforeInSentence.substring(at)).find()
                && !ANOTHER_BODY_AFTER.matcher(beforeInSentence.substring(at)).find()) {
            return true; // "法院开庭审理涉及我县行政机关的案件186件": the court heard the county's own, whatever court came before
        }
        if (HEARING_FRAMES.matcher(beforeInSentence).find()) {
            return true; // "法院开庭审理的198件案件中，行政机关负责人出庭应诉196件": the heads' suits the court heard
        }
        int lastCourt = beforeInSentence.lastIndexOf("法院");
        // the court inside the own suits' account, after their count: not a court's caseload ("县人民法院全年审结…156件，
        // 行政机关败诉9件" stays the court's)
        if (lastCourt >= 0 && FIGURE.matcher(beforeInSentence.substring(0, lastCourt)).find()
                && beforeInSentence.lastIndexOf("法院", lastCourt - 1) < 0 && ORGANS_OPEN_A_CLAUSE.matcher(beforeInSentence.substring(lastCourt)).find()
                && !ANOTHER_BODY_AFTER.matcher(beforeInSentence.substring(lastCourt)).find()) {
            return true; // "其中人民法院判决驳回…30件、…，行政机关败诉5件": the organs open their own clause (round 67, r186 read)
        }
        Matcher ownLevels = OWN_LEVELS_COURT.matcher(beforeInSentence);
        int named = -1;
        while (ownLevels.find()) {
            named = ownLevels.end();
        }
        if (named > at && HEARD_OWN_CASES.matcher(beforeInSentence.substring(named)).find()
                && !ANOTHER_BODY_AFTER.matcher(beforeInSentence.substring(named)).find()) {
            return true; // "县人民法院开庭审理涉县行政机关案件197件": the county's court heard the county's own (round 55)
        }
        if (at < 0 || NAMED_COURT.matcher(sentenceBefore + "。" + beforeInSentence).find()
                || ANOTHER_BODY_AFTER.matcher(beforeInSentence.substring(at)).find()) {
            return false;
        }
        // "被诉至法院的行政案件103件", "经法院判决行政机关败诉的…": the court as the venue or the one that decided names no
        // other subject; a court opening a clause does only after the jurisdiction's own suits
        return at > 0 && VENUE.indexOf(beforeInSentence.charAt(at - 1)) >= 0
                || OWN_SUITS.matcher(beforeInSentence.substring(0, at)).find() || OWN_SUITS.matcher(sentenceBefore).find();
    }

    /** "在法院开庭审理的148件案件中": the court where the suits were heard (round 63). */
    private static final String VENUE = "经被至向在";
    /**
     * "经与集中管辖法院逐案对账，", "与市中级人民法院核对": the court the own figures were checked with, not the one whose
     * figures they are (round 67).
     */
    private static final Pattern CHECKED_WITH = Pattern.compile(
            "(?:经|通过)?与[^，,；;。\\d]{0,20}?(?:法院|法庭)[^，,；;。\\d]{0,8}?(?:对账|核对|核实|比对|会商)");
    /** "全市行政诉讼案件中法院开庭审理…": the jurisdiction's own suits frame the bare court right after them. */
    private static final Pattern WITHIN_THE_OWN_SUITS = Pattern.compile(
            "(?:全[县区市旗]|[我本][县区市旗])(?:各级)?(?:行政机关)?的?(?:一审)?(?:行政诉讼|行政应诉)案件中[，,]?\\s*(?:人民)?法院");
    private static final Pattern FIGURE = Pattern.compile("\\d+\\s*[件起宗]");
    /** A clause after the court opens with the organs as the ones who lost, won or appeared. */
    private static final Pattern ORGANS_OPEN_A_CLAUSE = Pattern.compile(
            "[，,；;]\\s*(?:全[县区市旗]|我[县区市旗])?(?:各级)?行政机关(?:一审)?(?:败诉|胜诉|负责人|出庭|应诉|被诉)[^，,；;。\\d率]{0,8}"
                    // the organs' count, or the bare rate right after it ("行政机关败诉5件，败诉率8.6%"); not a rate the
                    // organs open after the court's own caseload ("县人民法院…审结146件，行政机关败诉率6.2%")
                    + "(?:\\d+[件起宗]?[，,]\\s*[^，,；;。\\d]{0,6}率)?$");
    /** The court's hearing, the figure right after it: "法院开庭审理的", "法院审理的". */
    private static final Pattern HEARING_ENDS = Pattern.compile("^(?:人民)?法院[^，,；;。\\d]{0,4}审理(?:了)?的?$");
    /** The words right after the figure name the cases as the jurisdiction's own: "件涉我市行政机关一审案件中". */
    private static final Pattern OWN_CASES_AFTER = Pattern.compile(
            "^\\s*(?:件|起)?(?:涉及?[我本][县区市旗]|[我本][县区市旗](?:各级)?行政机关|涉及?[县区市旗](?:各级)?行政机关)"
                    // "法院开庭审理的198件案件中，行政机关负责人出庭应诉196件": the heads of the organs appeared in them, so
                    // they are the jurisdiction's own suits (round 75 a)
                    + "|^\\s*(?:件|起)?[^，,；;。\\d]{0,6}中[，,][^，,；;。\\d]{0,10}负责人[^，,；;。\\d]{0,4}出庭");
    /** "法院开庭审理的198件案件中，": the hearing framing the figures after it. */
    private static final Pattern HEARING_FRAMES = Pattern.compile(
            // "全年法院开庭审理的305件行政诉讼案件中，…" (r267): the year written before the court
            "^\\s*" + PERIOD + "(?:在|经)?(?:人民)?法院[^，,；;。\\d]{0,6}审理(?:了)?的\\d+件[^，,；;。\\d]{0,8}中[，,][^，,；;。\\d]{0,10}负责人[^，,；;。\\d]{0,4}出庭");
    /** The cases the court heard named as the jurisdiction's own (round 54, r146). */
    private static final Pattern OWN_CASES = Pattern.compile(
            "涉及?[我本][县区市旗]|[我本][县区市旗](?:各级)?行政机关|涉及?[县区市旗](?:各级)?行政机关");
    /**
     * "开庭审理涉县行政机关案件": the court's hearing of the jurisdiction's own cases — not what it accepted or concluded of
     * them (县人民法院共受理以我县行政机关为被告的…, 对涉及我县的行政案件进行集中审理，全年审结…: the court's caseload).
     */
    private static final Pattern HEARD_OWN_CASES = Pattern.compile("^[^，,；;。]{0,6}开庭审理(?:了)?(?:" + OWN_CASES.pattern() + ")");
    /** Courts named as the ones that heard the cases, in the passive: "经…法院、…法院开庭审理的…" (round 54, r145). */
    private static final Pattern NAMED_VENUE = Pattern.compile("经[^，,；;。]{0,40}?(?:法院|法庭)[^，,；;。]{0,6}?审理的");

    /**
     * The sentence without the courts it names as the venue ("经…人民法院开庭审理的158件案件中"): they name no subject for
     * the sentences after it.
     */
    static String withoutTheVenue(String sentence) {
        return NAMED_VENUE.matcher(sentence).replaceAll("");
    }

    /**
     * "法院开庭审理208件，…。全年审结一审行政诉讼案件221件": a sentence before that opens with a bare court names no subject
     * for the litigation figures after it in a report (a court's own caseload is given with its name).
     */
    static boolean bareCourtOpens(String sentence, String topic, Scope scope) {
        return "litigation".equals(topic) && scope.insideReport() && BARE_COURT_OPENS.matcher(sentence).lookingAt();
    }

    private static final Pattern BARE_COURT_OPENS = Pattern.compile(
            "\\s*(?:\\d{4}年度?|全年|今年以来|一年来)?[，,]?\\s*(?:经)?" + UNNAMED + "(?:人民)?法院");
}
