package cn.fazhi.workbench.extract;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote a report and about what, read from its title: every figure of the report inherits it. A
 * department's, a court's or a centre's own annual report ("常德市水利局2022年…年度报告", "许昌市中级人民法院
 * 行政案件司法审判年度报告") counts that body's cases, not the jurisdiction's, unless the body is the one that
 * handles the indicator's matter for the whole jurisdiction (行政审批局 for licences, 法律援助中心 for legal
 * aid). A government information disclosure report (政府信息公开年度报告) counts only the reconsiderations and
 * lawsuits about disclosure. Such figures may still be what a person wants, so they are doubted, not dropped.
 *
 * @param author     the body named before the year or the subject of the title, null when the title names
 *                   the government itself (or its office, the party committee, the justice bureau) or none
 * @param disclosure the report is an information disclosure report
 * @param title      the title itself (normalised; empty when unknown): a matter it names ("…行政复议工作总结") is
 *                   what every sentence of the report is about, even one that does not name it again
 * @param town       the title names a town, a township or a street office as the author: its figures are a part
 *                   of the county's
 */
record Authors(String author, boolean disclosure, String title, boolean town) {
    /** The flag of a figure in a report written by a body other than the government. */
    static final String OTHER_AUTHOR = "author_other_body";
    /** The flag of a figure in a report about another matter (information disclosure). */
    static final String OTHER_MATTER = "other_topic";
    static final Authors NONE = new Authors(null, false, "", false);

    /** The author is the part of the title before the year or before what the report is about. */
    private static final Pattern AUTHOR_END = Pattern.compile(
            "\\d{4}\\s*年|关于|法治|依法行政|政府信息|信息公开|行政案件|年度|工作(情况)?报告|$");
    /** Names of bodies: a bureau, a commission, an office, a centre, a court, a procuratorate, a company. */
    private static final Pattern BODY = Pattern.compile(
            "(局|委员会|委|办公室|中心|处|法院|检察院|公司|厅|大队|支队|管委会|集团|学校|医院)$");
    /** Authors that speak for the whole jurisdiction: the government, its office, the party committee, justice. */
    private static final Pattern WHOLE = Pattern.compile("政府|党委|[县区市旗州盟]委(?!员)|司法局|依法治|法治|法制");
    private static final Pattern DISCLOSURE = Pattern.compile("信息公开");
    /** A town's, a township's or a street office's own report ("增福镇2022年…", "五常街道…"): a part of the county. */
    private static final Pattern TOWN = Pattern.compile("(镇|乡|街道|街道办事处|苏木)(人民政府|政府|党委)?$");
    /** The flag of a figure in a report a town or a street office wrote about itself. */
    static final String TOWN_AUTHOR = "sub_unit";
    /** A figure in words: what a sentence counted, not only what a body does. */
    private static final Pattern A_FIGURE = Pattern.compile("\\d");
    /** Per catalogue topic: the bodies that handle that matter for the whole jurisdiction. */
    private static final Map<String, Pattern> OWNERS = Map.of(
            "licensing", Pattern.compile("行政审批|审批服务|政务服务|行政服务|市民服务|数据|营商环境|便民服务"),
            "legal_aid", Pattern.compile("法律援助|法援|司法|公共法律服务"),
            "reconsideration", Pattern.compile("复议"),
            "hotline", Pattern.compile("(?<![\\d.])12345(?![\\d.件宗起个人次万余多%])|热线|政务服务|便民服务"),
            "petitions", Pattern.compile("信访"),
            "arbitration", Pattern.compile("人力资源|人社|人力社保|劳动保障|仲裁"),
            "mediation", Pattern.compile("司法|调解"));
    /** Disclosure reports speak of these matters only as far as they concern disclosure. */
    private static final java.util.Set<String> DISCLOSURE_MATTERS = java.util.Set.of("reconsideration", "litigation");

    /** What the title (normalised; null when unknown) says. */
    static Authors of(String title) {
        if (title == null || title.isBlank()) {
            return NONE;
        }
        String t = title.strip();
        String author = writerPart(t);
        boolean body = BODY.matcher(author).find() && !WHOLE.matcher(author).find();
        return new Authors(body ? author : null, DISCLOSURE.matcher(t).find(), t, TOWN.matcher(author).find());
    }

    /** "现将我局…报告如下", "本院", "局党组": a department or a court speaks of itself in the opening. */
    private static final Pattern BODY_SPEAKS = Pattern.compile(
            "[我本](局|委|院)(?![^，,；;。]{0,6}(指导|组织|牵头|统筹))|局党组|局党委");
    /** "我镇", "本街道", "镇党委政府", "街道党工委": a town or a street office speaks of itself in the opening. */
    private static final Pattern TOWN_SPEAKS = Pattern.compile(
            "[我本](镇|乡|街道)|(?<!各)(镇|乡)党委、?(人民)?政府|(?<!各)街道党工委");
    /** The body's own name in the opening: "德清县自然资源和规划局", "浦江县人民法院". */
    private static final Pattern BODY_NAME = Pattern.compile("[\\u4e00-\\u9fa5]{1,14}?(局|委员会|法院|检察院)");
    /**
     * "2024年，德清县市场监督管理局坚持…", "2024年，浦江县人民法院依法…", "2024年，新市镇深入推进…": a body or a town
     * opening a paragraph of the opening, as the subject of what it did, is who speaks (group 3: a town's name).
     */
    private static final Pattern SUBJECT_OPENS = Pattern.compile(
            "(?m)^\\s*(?:\\d{4}年(?:度)?(?:以来)?[，,]?)?(?:在[^，,。]{0,30}[，,])?"
                    + "([\\u4e00-\\u9fa5]{2,20}?(?:(局|委员会|法院|检察院)|(镇|乡|街道(?:办事处)?)))"
                    + "(?:党组|党委|党工委)?(?:、[\\u4e00-\\u9fa5]{0,6}[，,]?)?"
                    + "(?:坚持|在|深入|认真|紧紧|始终|以|全面|积极|扎实|立足|聚焦|围绕|持续|着力|按照|牢固|严格|依法|充分)");
    /**
     * "安吉县市场监督管理局" on a line of its own under or over the title, or a title wrapped after its writer's name
     * ("安吉县市场监督管理局2023年法治政府" / "建设年度报告"): the writer (group 3: a town's name), as in SUBJECT_OPENS.
     */
    private static final Pattern WRITER_LINE = Pattern.compile(
            "(?m)^\\s*([\\u4e00-\\u9fa5]{2,20}?(?:(局|委员会|法院|检察院)|(镇|乡|街道(?:办事处)?)))"
                    + "(?:人民政府|党委|党工委)?\\s*(?:\\d{4}\\s*年[^\\n]*)?$");
    /** Words of many towns or of the whole (各乡镇, 城乡, 全镇), not a town's name. */
    private static final Pattern MANY_TOWNS = Pattern.compile("[各全本该每]|乡镇|城镇|城乡|政府|县委|区委");
    /** A place alone ("德清县") before 局 is no body's name. */
    private static final Pattern PLACE_ONLY = Pattern.compile("[\\u4e00-\\u9fa5]{1,6}[县区市旗]");
    /** The opening ends where the report says what follows ("现将…报告如下") or at the first heading. */
    private static final Pattern OPENING_END = Pattern.compile("如下|\\n\\s*[一二三四五六七八九十]、");
    private static final int OPENING_CHARS = 600;

    /**
     * A title that names no author ("关于2024年度法治政府建设工作情况的报告", "2024年工作总结") leaves it to the
     * opening paragraph to say who speaks: "现将我局2024年度…报告如下" is a department's report, "我镇", "镇党委政府"
     * a town's, "本院" a court's. The department's name in the opening decides whether it handles a matter for the
     * whole jurisdiction (天台县司法局, 行政审批局); without a name the department owns nothing. A title that names
     * the government or the place is the author, and a "我局" in its text is a department quoted.
     */
    Authors withOpening(String text) {
        if (author != null || town || disclosure || text == null || namesSomeone(title)) {
            return this;
        }
        String head = text.substring(0, Math.min(text.length(), OPENING_CHARS));
        Matcher end = OPENING_END.matcher(head);
        String opening = end.find() ? head.substring(0, end.end()) : head;
        Matcher subject = SUBJECT_OPENS.matcher(opening);
        boolean found = subject.find();
        if (!found) {
            subject = WRITER_LINE.matcher(opening); // a line with only the writer's name, or a title wrapped after it
            found = subject.find();
        }
        if (found) {
            String name = subject.group(1);
            if (subject.group(3) != null) {
                if (!MANY_TOWNS.matcher(name).find()) {
                    return new Authors(null, false, title, true);
                }
            } else if (!WHOLE.matcher(name).find() && !PLACE_ONLY.matcher(name).matches()) {
                return new Authors(name, false, title, false);
            }
        }
        if (TOWN_SPEAKS.matcher(opening).find()) {
            return new Authors(null, false, title, true);
        }
        Matcher speaks = BODY_SPEAKS.matcher(opening);
        if (!speaks.find()) {
            return this;
        }
        String body = speaks.group().contains("院") ? "法院" : "本局";
        Matcher name = BODY_NAME.matcher(opening);
        while (name.find()) {
            // "在县委、县政府和市公安局的坚强领导下": a body above, named as the one that leads, is not the speaker
            if (name.end() < opening.length() && "的、和及".indexOf(opening.charAt(name.end())) >= 0) {
                continue;
            }
            body = name.group();
            break;
        }
        if (WHOLE.matcher(body).find()) {
            return this;
        }
        return new Authors(body, false, title, false);
    }

    /**
     * The zone's own managing committee wrote the report ("长沙经济技术开发区管理委员会关于…"): it is the zone's
     * government, so the title names no other body ({@link ZoneGovernment}).
     */
    Authors asZoneGovernment(String ownName) {
        return ZoneGovernment.ownCommitteeWrote(author, ownName) ? new Authors(null, disclosure, title, town) : this;
    }

    /** The title names its author or its place ("安吉县人民政府2024年度…", "安吉县2024年…"): the title decides. */
    private static boolean namesSomeone(String title) {
        return !writerPart(title).isEmpty();
    }

    /** The part of a title before the year or before what the report is about: who wrote it, if anyone. */
    private static String writerPart(String title) {
        Matcher end = AUTHOR_END.matcher(title);
        String before = (end.find() ? title.substring(0, end.start()) : title).strip();
        if (before.isEmpty()) {
            // "2024年法治政府建设工作报告（城南街道）": a title that opens with the year names its writer in a closing bracket
            Matcher bracket = WRITER_IN_CLOSING_BRACKET.matcher(title);
            if (bracket.find()) {
                return bracket.group(1);
            }
        }
        return before;
    }

    private static final Pattern WRITER_IN_CLOSING_BRACKET = Pattern.compile("[（(]([^（()）]{2,20})[)）]\\s*$");

    /**
     * A loose text's title (a news item's headline) says what the page is about but not who wrote its figures:
     * the matter only, without the author's or the disclosure report's doubts.
     */
    static Authors aboutOnly(Authors title) {
        return new Authors(null, false, title.title(), false);
    }

    /** The doubt a figure of the indicator's topic carries in this report, or null. */
    String doubt(String topic) {
        if (disclosure && DISCLOSURE_MATTERS.contains(topic)) {
            return OTHER_MATTER;
        }
        if (town) {
            return TOWN_AUTHOR;
        }
        if (author != null && !owns(author, topic)) {
            return OTHER_AUTHOR;
        }
        return null;
    }

    /** The named body handles the topic's matter for the whole jurisdiction (行政审批局 and licences). */
    static boolean owns(String body, String topic) {
        Pattern owner = topic == null ? null : OWNERS.get(topic);
        return owner != null && owner.matcher(body).find();
    }

    /**
     * The words count another matter's work only ("县医疗纠纷人民调解委员会调解医疗纠纷86件" before "全年办理法律援助案件2183件"):
     * the body they name is not the subject of a figure of this matter (round 51). Words without a figure say what the
     * body does, not what it counted ("县信访局深化访调对接。全年共化解矛盾纠纷326件": the bureau's), so they keep it the
     * subject. False for matters no body owns.
     */
    static boolean ofAnotherMatterOnly(String words, String topic) {
        Pattern own = topic == null ? null : OWNERS.get(topic);
        if (own == null || own.matcher(words).find() || !A_FIGURE.matcher(words).find()) {
            return false;
        }
        return OWNERS.values().stream().anyMatch(other -> other.matcher(words).find());
    }

    /**
     * The title names the government, its office, the party committee or the place itself ("通山县2022年度…") as the
     * writer, before the year or the matter.
     */
    boolean governmentWrote() {
        return GOVERNMENT_WRITER.matcher(writerPart(title)).find();
    }

    private static final Pattern GOVERNMENT_WRITER = Pattern.compile("政府|党委|[县区市旗州盟]委(?!员)|依法治|[县区市旗州盟]$");

    /** The named body speaks for the whole jurisdiction: the government, its office, the justice bureau. */
    static boolean speaksForWhole(String body) {
        return WHOLE.matcher(body).find();
    }

    /** Matters the justice bureau neither handles nor reports for the whole jurisdiction. */
    private static final Set<String> NOT_THE_JUSTICE_BUREAUS = Set.of("petitions", "hotline", "arbitration", "licensing");
    private static final Pattern WHOLE_BUT_THE_JUSTICE_BUREAU = Pattern.compile("政府|党委|[县区市旗州盟]委(?!员)|依法治|法治|法制");

    /**
     * The named body speaks for the whole jurisdiction on the figure's matter: "县司法局机关信访件按期办结率100%" is the
     * bureau's own petitions (信访局 handles the county's), as its hotline tickets, arbitration and licences would be.
     */
    static boolean speaksForWhole(String body, String topic) {
        return speaksForWhole(body) && (!NOT_THE_JUSTICE_BUREAUS.contains(topic)
                || WHOLE_BUT_THE_JUSTICE_BUREAU.matcher(body).find());
    }
}
