package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loose text (a news item, a 司法局's summary) about one county names the county as the subject of a figure in
 * ways an annual report has no need of: by the county's own body for the matter with its level alone
 * ("县法律援助中心"), or by its name without its level ("安吉2023年…"). {@link OwnMentions#ownNamed} reads the other ways.
 * The same bodies by level, opening a part after a semicolon, also end another body's hold on a report's figure
 * ({@link #fromOwnBodyOpeningThePart}).
 */
final class NewsSubjects {
    private NewsSubjects() {
    }

    /**
     * "县法律援助中心", "县行政复议局", "区司法局", "县12345热线": a body named by the jurisdiction's own level alone, not after
     * another place's name (德清县法律援助中心; only 据, 从, 经, 由 may stand before it: "记者从县法律援助中心获悉").
     */
    private static final Pattern LEVEL_BODY = Pattern.compile(
            "(?<![\\u4e00-\\u9fa5&&[^据从经由]])([县区市旗])(12345[\\u4e00-\\u9fa5]{0,12}?热线|[\\u4e00-\\u9fa5]{1,12}?(?:中心|局|委员会|办公室|院|热线))");

    /**
     * Loose text about a county that names, before the figure, the county's own body that handles the figure's
     * matter for the whole county ("2023年，县法律援助中心共办理法律援助案件502件" in a news item about that county):
     * the body speaks for the county, as in its annual report (docs/labelling.md: the legal aid centre, the
     * government's 行政复议 office, the justice bureau for the review of documents, not for mediation); whether
     * the body's figure is a part or one channel is judged as there.
     */
    static boolean ownBodyForTheMatter(String words, Scope scope, String topic) {
        String own = scope.ownName();
        if (own == null || own.length() < 2) {
            return false;
        }
        char level = own.charAt(own.length() - 1);
        Matcher m = LEVEL_BODY.matcher(words);
        while (m.find()) {
            String body = m.group(2);
            boolean justiceBureau = body.endsWith("司法局");
            // the bureau reviews documents and organises the review of enforcement files for the whole county
            // (行政执法监督); its own mediation is one room's (as 我局's)
            if (m.group(1).charAt(0) == level && (Authors.owns(body, topic) && !(justiceBureau && "mediation".equals(topic))
                    || justiceBureau && ("normative_docs".equals(topic) || "enforcement".equals(topic)))) {
                return true;
            }
        }
        return false;
    }

    /** A part opening with the whole's total: "全市合计", "合计", "总计". */
    private static final Pattern WHOLE_OPENS_THE_PART = Pattern.compile("\\s*(?:全([市县区旗]))?\\s*(?:合计|总计|共计)");

    /**
     * "…市公共资源交易中心完成交易4302笔；市12345热线接受来电22.19万件，…按期办结率99.79%": a part of the sentence after
     * a semicolon that opens with the jurisdiction's own body for the figure's matter, named by its level alone, is that
     * body's, so the bodies named in the parts before it do not own the figure; so is a part that opens with the
     * whole's total (全市合计), a table's last row. The words the figure's body is looked for in: that part, or all the
     * words.
     */
    static String fromOwnBodyOpeningThePart(String words, Scope scope, String topic) {
        String own = scope.ownName();
        int semicolon = Math.max(words.lastIndexOf('；'), words.lastIndexOf(';'));
        if (semicolon < 0 || own == null || own.length() < 2) {
            return words;
        }
        String part = words.substring(semicolon + 1);
        Matcher whole = WHOLE_OPENS_THE_PART.matcher(part);
        if (whole.lookingAt() && (whole.group(1) == null || whole.group(1).charAt(0) == own.charAt(own.length() - 1))) {
            return part; // "…分局 评查35卷；全市合计 评查480卷": a table's total row after the bodies' rows (round 78 a)
        }
        Matcher m = LEVEL_BODY.matcher(part);
        return m.find() && part.substring(0, m.start()).isBlank() && m.group(1).charAt(0) == own.charAt(own.length() - 1)
                && Authors.owns(m.group(2), topic) ? part : words;
    }

    /**
     * A page title that opens with the county's full name and one of its bodies, then the year or what the page is
     * ("安吉县人力社保局2023年工作总结", "安吉县信访局关于…"): group 1 the body.
     */
    private static final Pattern TITLE_BODY = Pattern.compile(
            "^([\\u4e00-\\u9fa5]{1,14}?(?:局|中心|办公室|委员会|院))(?=\\d{4}|关于|年度|工作|[：:])");
    /** Matters a county's justice bureau handles for the whole county (its mediation is one room's). */
    private static final java.util.Set<String> JUSTICE_BUREAU_MATTERS =
            java.util.Set.of("legal_aid", "reconsideration", "normative_docs", "enforcement");

    /**
     * "安吉县人力社保局2023年工作总结" over "全年共受理劳动人事争议仲裁案件1382件，…仲裁结案率97.7%": on a page whose title
     * names the county's own body that handles the figure's matter for the whole county (人社局 and labour
     * arbitration, 信访局 and petitions, 政务服务 and licences, the justice bureau and legal aid, reconsideration,
     * documents and the review of enforcement files; not mediation), a figure whose sentence names no one else is
     * that body's and so the county's, as in the body's own annual report (docs/labelling.md rule 1). Another body, a town or a
     * part named in the sentence is judged as everywhere; the body's own organ (局机关, 局内) stays its own.
     */
    static boolean ownBodyTitled(String words, Scope scope, String topic) {
        String own = scope.ownName();
        String title = scope.authors() == null ? null : scope.authors().title();
        // not mediation: one committee's page (…医疗纠纷人民调解委员会2023年工作总结) is one of many, and the county's
        // mediation is said with 全县 or its organisations
        if (scope.insideReport() || own == null || own.length() < 2 || title == null || topic == null || "mediation".equals(topic)
                || !title.startsWith(own)
                || BUREAUS_OWN.matcher(words).find()) {
            return false;
        }
        Matcher m = TITLE_BODY.matcher(title.substring(own.length()));
        if (!m.find()) {
            return false;
        }
        String body = m.group(1);
        return body.endsWith("司法局") ? JUSTICE_BUREAU_MATTERS.contains(topic) : Authors.owns(body, topic);
    }

    /** What may follow a county's name written without its level: a year, a count, the whole, its bodies. */
    private static final Pattern AFTER_SHORT_NAME = Pattern.compile(
            "^(?:\\d|[，,：:]|共|全年|去年|今年|各级|全[县区市旗]|[县区市旗](?![\\u4e00-\\u9fa5]{0,2}[镇乡村])|法律援助|行政|人民|司法|矛盾)");

    /**
     * "安吉2023年共调解…", "2023年，安吉共办理…": loose text names the county by its name without 县 (区, 市, 旗), and
     * the name stands as the subject (a year, 共, 全年, its bodies after it), not as part of a town's or a road's name.
     */
    static boolean shortNameNamed(String words, Scope scope) {
        String own = scope.ownName();
        if (own == null || own.length() < 3 || !own.matches(".+[县区市旗]")) {
            return false;
        }
        String stem = own.substring(0, own.length() - 1);
        for (int i = words.indexOf(stem); i >= 0; i = words.indexOf(stem, i + 1)) {
            if (AFTER_SHORT_NAME.matcher(words.substring(i + stem.length())).find()) {
                return true;
            }
        }
        return false;
    }

    /** The justice bureau speaking of itself ("我局共办理…"; "我局指导…" is read as the whole already). */
    private static final Pattern BUREAU_SPEAKS = Pattern.compile("[我本]局");
    /** The bureau's own organ or its internal matters ("我局机关", "局内规范性文件"): the bureau's, not the county's. */
    private static final Pattern BUREAUS_OWN = Pattern.compile("局机关|局内|内部|本单位|本部门|局属");
    /**
     * The matters a county's 司法局 handles itself for the whole county: legal aid, reconsideration, the review of
     * documents. Not mediation: the bureau's own mediation ("我局调解纠纷86件") is one room's, the county's is its
     * organisations' ("我局指导全县人民调解组织…", read as the whole already).
     */
    private static final java.util.Set<String> JUSTICE_MATTERS =
            java.util.Set.of("legal_aid", "reconsideration", "normative_docs");

    /**
     * "安吉县司法局2023年工作总结" over "全年，我局共办理法律援助案件1086件": on a page of the jurisdiction's own justice
     * bureau, its 我局 is that bureau, which handles legal aid, reconsideration and the review of documents for the
     * whole county (docs/labelling.md rule 1), so its figure of those matters is the county's.
     */
    static boolean ownJusticeBureauSpeaks(String words, Scope scope, String topic) {
        String own = scope.ownName();
        String title = scope.authors() == null ? null : scope.authors().title();
        return own != null && own.length() >= 2 && title != null && topic != null && JUSTICE_MATTERS.contains(topic)
                && title.contains(own + "司法局") && BUREAU_SPEAKS.matcher(words).find()
                && !BUREAUS_OWN.matcher(words).find();
    }

    /**
     * Loose text says the figure is the jurisdiction's own: its name or 全县 before the figure or in the heading, its
     * own body for the figure's matter, its 司法局 speaking, a page titled with its body, or its short name.
     */
    static boolean ownSaid(String beforeInSentence, String heading, Scope scope, String topic) {
        return OwnMentions.ownNamed(beforeInSentence + heading, scope) || ownBodyForTheMatter(beforeInSentence, scope, topic)
                || ownJusticeBureauSpeaks(beforeInSentence, scope, topic) || ownBodyTitled(beforeInSentence, scope, topic)
                || shortNameNamed(beforeInSentence, scope);
    }
}
