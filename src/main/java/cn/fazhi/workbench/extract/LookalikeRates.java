package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two rates of one indicator's words in one sentence, one of them the catalogue's and the other a wider or narrower
 * measure that the same words name with a qualifier (round 30). The qualified one is a look-alike
 * (docs/labelling.md rule 5): it stays a suggestion and no longer competes with the rate the catalogue means.
 * <ul>
 * <li>Reconsideration: the catalogue's correction rate counts 撤销、变更、确认违法、责令履行 over the cases concluded, the
 * 直接纠错率; a 综合纠错率 (or a 纠错率 "含调解和解") adds the disputes resolved by mediation and settlement. Beside a
 * direct or plain 纠错率 it is the other measure; alone it is left to the other rules (the corpus labels one alone
 * a value and its copy unclear).</li>
 * <li>Labour arbitration: a 结案率 bound to a time limit (仲裁时效内, 审限内, 按期) beside a plain 结案率 is the on-time
 * share; alone it is the closing rate (the corpus labels 法定时效内结案率 the value).</li>
 * <li>Petitions: a plain 办结率 beside the 按期办结率 is the wider measure (round 54).</li>
 * <li>Mediation: a 化解率 beside the 调解成功率 is the wider measure (round 57).</li>
 * <li>Services: a “一网通办”率 beside the 网办率 is a measure of its own (round 59).</li>
 * <li>A 被纠错率 is the share of the county's own acts that a reconsideration body corrected: the organs as
 * respondents, perhaps before the city's body (the corpus labels 被纠错 figures parts or other bodies' figures), not
 * the rate of the county's reconsideration body; a look-alike wherever it stands.</li>
 * </ul>
 */
final class LookalikeRates {
    static final String FLAG = "lookalike_rate";

    private static final String CORRECTION = "reconsideration.correction_rate";
    private static final String CLOSING = "labour_arbitration.closing_rate";

    /** The figure's own name after the last figure before it ("、综合纠错率" of "直接纠错率9.6%、综合纠错率"). */
    private static final Pattern UP_TO_THE_LAST_FIGURE = Pattern.compile("^.*[\\d%％]");
    private static final Pattern COMPREHENSIVE = Pattern.compile(
            "综合纠错率|纠错率[（(][^（()）]{0,10}(调解|和解)[^（()）]{0,6}[）)]");
    /** A correction rate named without the comprehensive words: 直接纠错率 or a plain 纠错率. */
    private static final Pattern NOT_COMPREHENSIVE = Pattern.compile(
            "(?<!综合)纠错率(?![（(][^（()）]{0,10}(调解|和解))");
    /**
     * The respondents' rate: "行政复议被纠错率8.1%", and with the body that corrected named between (被复议纠错率,
     * 被上级复议机关纠正率, 被市政府纠错率): still the county's acts corrected; not 被申请人 (a group of respondents is
     * another rule's part).
     */
    private static final Pattern AS_RESPONDENTS = Pattern.compile("被(?!申请人|告)[^，,；;。\\d%]{0,8}?(纠错|纠正)率");
    private static final Pattern TIME_BOUND = Pattern.compile(
            "(时效|审限|期限|时限)内[^，,；;。\\d]{0,2}结案率|(按期|按时|如期|限期)结案率");
    /**
     * A closing rate bound to no time limit and no other act ("仲裁结案率", "结案率" after its counts); not the share
     * closed one way (调解/和解/裁决/撤诉结案率) or at the hearing (当庭结案率).
     */
    private static final Pattern PLAIN_CLOSING = Pattern.compile("(?<![内期时解决诉庭])结案率");

    /**
     * Petitions: the rate the labelling rules name is the on-time one (信访按期办结率); a plain 办结率 beside it
     * ("办结率100%，其中按期办结率98.2%") counts all closed, late or not — the other measure (round 54). The hotline's is
     * the plain 办结率 (docs/labelling.md), see {@link #HOTLINE}.
     */
    private static final java.util.Set<String> ON_TIME_RATES = java.util.Set.of("petitions.completion_rate");
    private static final Pattern PLAIN_COMPLETION = Pattern.compile("(?<![期时])办结率");
    /** The on-time rate named bare, so of the plain rate's matter ("办结率100%，其中按期办结率98.2%"). */
    private static final Pattern ON_TIME_COMPLETION = Pattern.compile("(?:其中|[，,、；;])(按期|按时|及时)办结率");

    /**
     * The hotline's rate is the plain 办结率 (docs/labelling.md, decision 0045): an on-time share beside it ("办结率99.3%，
     * 按时办结率97.6%") is the narrower measure (round 56); alone it is the rate given.
     */
    private static final String HOTLINE = "hotline.completion_rate";
    /** The words that bind the hotline's closing to its time limit ("按期办结率", "限时办结率"). */
    private static final String ON_TIME_WORDS = "按期|按时|限时|如期|及时";
    /** A table's rate name may end in its unit: "办结率（%）". */
    private static final String PERCENT_MARK = "(?:[（(][%％][)）])?";
    private static final Pattern HOTLINE_ON_TIME = Pattern.compile("(" + ON_TIME_WORDS + ")办结率");

    /**
     * The plain rate named bare, of the same tickets: "，办结率99.3%", "、诉求办结率99.8%", a label's "12345热线：办结率99.87%"
     * (round 67 b), "12345热线工单办结率99.81%", "全区12345工单办结率99.6%" — not "其中涉企诉求办结率".
     */
    private static final Pattern PLAIN_HOTLINE_RATE = Pattern.compile(
            "(?:^|[，,、：:])(?:\\d{4}年度?[，,]?|全年[，,]?|今年以来[，,]?)?(?:全[县区市旗]|我[县区市旗]|[县区市旗])?(?:\\d{5}(?:政务服务便民)?(?:热线)?)?"
                    // "全年12345热线办结率99.77%，按期办结率…", a table's "办结率：99.77%" (round 74 b),
                    // "县12345热线全年工单办结率99.70%" (round 77 c)
                    // "12345热线办结率2023年为99.61%，2024年为99.78%" (round 85 c): a row of years of the plain rate
                    // "热线工单办结率99.12%，按时办结率97.46%" (r243): the channel and its tickets both name it
                    + "(?:全年)?(?:热线|诉求|工单|群众诉求|总体|整体){0,2}办结率(?:\\d{4}年度?)?(?:为|达|达到)?[：:]?\\s*[\\d.]+\\s*%");
    /** "由2023年的99.57%提升至": the start of a from–to phrase, read away so that its end stands as the rate. */
    private static final Pattern FROM_TO_START = Pattern.compile(
            "由(?:\\d{4}年度?的?)?\\s*[\\d.]+\\s*%[^，,；;。\\d]{0,6}?(?:至|到)");
    private static final Pattern ANOTHER_PART = Pattern.compile("[；;。]|其中");
    private static final Pattern LABELS_COLON = Pattern.compile("[：:]\\s*$");
    private static final Pattern HOTLINE_NUMBER = Pattern.compile("(?<![\\d.])1234[58](?![\\d.])");

    /**
     * An on-time hotline rate in a run of rates whose plain 办结率 stands next to it in the same clause group (no
     * semicolon between, no 其中: "按期办结率99.0%，其中涉企诉求1.2万件，办结率100%" is one kind's plain rate), so of the
     * same tickets.
     */
    private static boolean onTimeBesideThePlainHotlineRate(String beforeInSentence, String restOfSentence,
                                                          String clauseBefore) {
        // "办结率由2023年的99.57%提升至99.81%，按时办结率由95.9%提升至97.66%": the ends of two from–to phrases (round 69 a)
        beforeInSentence = FROM_TO_START.matcher(beforeInSentence).replaceAll("");
        restOfSentence = FROM_TO_START.matcher(restOfSentence).replaceAll("");
        // a table's label ends in a colon ("按期办结率：98.64%"): the label is the rate's name (round 74 b)
        beforeInSentence = LABELS_COLON.matcher(beforeInSentence).replaceFirst("");
        // the hotline's number names it, no figure: "12345工单按时办结率" is the rate's whole name (round 70 b)
        String clause = HOTLINE_NUMBER.matcher(PartsAroundTheSentence.ownClause(beforeInSentence)).replaceAll("号号号号号");
        String name = UP_TO_THE_LAST_FIGURE.matcher(clause).replaceFirst("");
        if (!HOTLINE_ON_TIME.matcher(name).find()) {
            return false;
        }
        String before = beforeInSentence.substring(0, beforeInSentence.length() - name.length());
        Matcher cut = ANOTHER_PART.matcher(before);
        int from = 0;
        while (cut.find()) {
            from = cut.end();
        }
        Matcher end = ANOTHER_PART.matcher(restOfSentence);
        String after = end.find() ? restOfSentence.substring(0, end.start()) : restOfSentence;
        return PLAIN_HOTLINE_RATE.matcher(before.substring(from)).find() || PLAIN_HOTLINE_RATE.matcher(after).find()
                || before.substring(from).isBlank() && PLAIN_RATE_ITEM.matcher(before).find();
    }

    /**
     * "…；办结率99.87%；按期办结率98.94%；": items of one list apart by semicolons, the plain rate an item of its own right
     * before the on-time one (round 65).
     */
    private static final Pattern PLAIN_RATE_ITEM = Pattern.compile(
            "(?:^|[；;])\\s*(?:\\d{5}(?:热线)?)?(?:热线|诉求|工单|群众诉求){0,2}办结率(?:为|达|达到)?[：:]?\\s*[\\d.]+\\s*%\\s*[；;]\\s*$");

    /**
     * Mediation: the catalogue's rate is the 调解成功率 of the disputes mediated; a 矛盾纠纷化解率 beside it counts every
     * way a dispute was settled (litigation, petitions, the hotline), the wider measure (round 57). Alone it is left to
     * the other rules.
     */
    private static final String MEDIATION = "mediation.success_rate";
    private static final Pattern RESOLUTION_RATE = Pattern.compile("化解率");
    private static final Pattern MEDIATION_SUCCESS = Pattern.compile("(调解|调处)成功率");

    /**
     * Services: the catalogue's rate is the 网办率 (网上办理率) of the items handled; a “一网通办”率 beside it is a measure of its
     * own (of the items or of the portal, the reports differ), round 59. Alone it is left to the other rules.
     */
    private static final String ONLINE = "online_service.rate";
    private static final Pattern ONE_PORTAL_RATE = Pattern.compile("一网通办[”\"]?率");
    private static final Pattern ONLINE_RATE = Pattern.compile("网办率|网上办理率");

    /**
     * "…开庭审理案件出庭应诉率100%；按全部应诉案件计算，负责人出庭比例为71.4%": a rate the text says it computed on a basis of
     * its own (按…计算, 按…口径) is another measure than the one the report states as the indicator (round 58).
     */
    private static final Pattern ANOTHER_BASIS = Pattern.compile("按(?:照)?[^，,；;。\\d]{1,12}(?:计算|统计|口径)[，,]?[^；;。]*$");
    private static final Pattern SENTENCE_PART = Pattern.compile("[；;。]");

    private static boolean onAnotherBasis(String beforeInSentence) {
        Matcher cut = SENTENCE_PART.matcher(beforeInSentence);
        int from = 0;
        while (cut.find()) {
            from = cut.end();
        }
        Matcher basis = ANOTHER_BASIS.matcher(beforeInSentence.substring(from));
        return basis.find() && !STANDARD_BASIS.matcher(basis.group()).lookingAt();
    }

    /**
     * "按审结案件计算，全年行政机关败诉率为5.34%；按判决结案的71件计算，判决败诉率为9.9%" (round 92 b): the cases concluded (or
     * heard in court) are the basis the indicators themselves are computed on, not another one.
     */
    private static final Pattern STANDARD_BASIS = Pattern.compile("按(?:照)?(?:全部|全年)?(?:审结|结案|开庭审理|开庭)[^，,；;。\\d]{0,4}计算");

    private LookalikeRates() {
    }

    /**
     * Two figures accepted for one rate in different sentences of a report, {@code lookalike} named by the wider measure
     * only and {@code named} by the catalogue's own ("调解成功率98.13%" in one paragraph, "全市矛盾纠纷化解率达到97.6%" in
     * another, r207): the report gives both measures, so the wider one is no rival of the named one.
     */
    static boolean yieldsToTheNamedRate(String text, Candidate lookalike, Candidate named) {
        if (lookalike == null || named == null || lookalike.sentence() == named.sentence()
                || !lookalike.mention().isPercent() || !named.mention().isPercent()) {
            return false;
        }
        String code = lookalike.indicator().code();
        // "仲裁结案率97.49%" in one sentence, "…按期结案率100%" in another (r239): the time-bound one is the other measure
        Measures m = MEDIATION.equals(code) || CORRECTION.equals(code) || CLOSING.equals(code) ? measuresOf(code) : null;
        if (m == null) {
            return false;
        }
        String lookalikeName = nameOf(text, lookalike);
        String namedName = nameOf(text, named);
        return m.wider().matcher(lookalikeName).find() && !m.catalogues().matcher(lookalikeName).find()
                && m.catalogues().matcher(namedName).find() && !m.wider().matcher(namedName).find();
    }

    /** The words that name the other measure of a rate and those that name the catalogue's own. */
    private record Measures(Pattern wider, Pattern catalogues) {
    }

    /** The pair of names for a rate whose look-alike is told apart by its name alone; null for the others. */
    private static Measures measuresOf(String code) {
        if (CORRECTION.equals(code)) {
            return new Measures(COMPREHENSIVE, NOT_COMPREHENSIVE);
        } else if (CLOSING.equals(code)) {
            return new Measures(TIME_BOUND, PLAIN_CLOSING);
        } else if (ON_TIME_RATES.contains(code)) {
            return new Measures(PLAIN_COMPLETION, ON_TIME_COMPLETION);
        } else if (MEDIATION.equals(code)) {
            return new Measures(RESOLUTION_RATE, MEDIATION_SUCCESS);
        } else if (ONLINE.equals(code)) {
            return new Measures(ONE_PORTAL_RATE, ONLINE_RATE);
        }
        return null;
    }

    /** The words of a figure's own clause up to it, without the figures before it in the clause. */
    private static String nameOf(String text, Candidate c) {
        String clause = PartsAroundTheSentence.ownClause(text.substring(c.sentence().start(), c.mention().start()));
        return UP_TO_THE_LAST_FIGURE.matcher(clause).replaceFirst("");
    }

    /** A correction rate named with neither 直接 nor 综合 nor its mediation bracket. */
    private static final Pattern PLAIN = Pattern.compile("(?<!综合|直接)纠错率(?![（(][^（()）]{0,10}(调解|和解))");
    /** The direct rate given after 其中, as a part of the rate before it. */
    private static final Pattern DIRECT_AS_A_PART = Pattern.compile("其中[^，,；;。\\d]{0,6}直接纠错率");
    /** The direct correction rate named outright, which a neighbouring sentence may give. */
    private static final Pattern DIRECT = Pattern.compile("直接纠错率");
    /** How far into the sentences around the figure's own a direct rate is looked for (same paragraph). */
    private static final int NEIGHBOURS = 120;

    /**
     * "行政复议直接纠错率11.6%。行政复议综合纠错率为37.2%。": a comprehensive rate in a sentence of its own is still the
     * wider measure when a sentence beside it in the paragraph gives the direct rate by name (a plain 纠错率 there may
     * be another matter's).
     */
    static boolean besideTheDirectRateNearby(String code, String text, Sentence s, String beforeInSentence) {
        if (!CORRECTION.equals(code)) {
            return false;
        }
        // a table's unit cell before the figure ("…综合纠错率（含调解和解）\t%\t") is no figure
        String own = UNIT_CELL_BEFORE.matcher(PartsAroundTheSentence.ownClause(beforeInSentence)).replaceFirst("");
        String name = UP_TO_THE_LAST_FIGURE.matcher(own).replaceFirst("");
        if (!COMPREHENSIVE.matcher(name).find()) {
            return false;
        }
        int from = Math.max(0, s.start() - NEIGHBOURS);
        int lineStart = text.lastIndexOf('\n', s.start() - 1) + 1;
        int to = Math.min(text.length(), s.end() + NEIGHBOURS);
        int lineEnd = text.indexOf('\n', s.end());
        // a table's rows ("直接纠错率\t7.51%" over "综合纠错率（含调解和解）\t39.85%") are one table's lines, read as one paragraph
        boolean row = text.substring(lineStart, s.end()).indexOf('\t') >= 0;
        String before = text.substring(row ? from : Math.max(from, lineStart), s.start());
        String after = text.substring(s.end(), row || lineEnd < 0 ? to : Math.max(s.end(), Math.min(to, lineEnd)));
        return DIRECT.matcher(before).find() || DIRECT.matcher(after).find()
                || row && (PLAIN_ROW.matcher(before).find() || PLAIN_ROW.matcher(after).find());
    }

    /**
     * A table's row of the plain 纠错率 ("行政复议纠错率\t%\t13.6" above "…综合纠错率（含调解和解）\t%\t31.7"): the same
     * table's other measure, the direct one (round 62).
     */
    private static final Pattern UNIT_CELL_BEFORE = Pattern.compile("\\t[%％]\\t\\s*$");
    private static final Pattern PLAIN_ROW = Pattern.compile(
            "(?m)^[^\\t\\n]{0,16}(?<!综合|被)纠错率" + PERCENT_MARK + "\\t");

    /**
     * @param code              the indicator the figure was matched to
     * @param beforeInSentence  the sentence's words before the figure
     * @param restOfSentence    the sentence's words after the figure
     */
    static boolean besideTheCataloguesRate(String code, String text, Sentence s, String beforeInSentence,
                                           String restOfSentence, String clauseBefore) {
        return besideTheCataloguesRate(code, beforeInSentence, restOfSentence, clauseBefore)
                || besideTheDirectRateNearby(code, text, s, beforeInSentence)
                || onTimeRowBesideThePlainRow(code, text, s)
                || onTimeColumnBesideThePlainColumn(code, text, s, clauseBefore);
    }

    /**
     * A table's column of the hotline's on-time rate with a column of the plain rate in the same header ("单位\t工单量（万件）\t
     * 办结率\t按期办结率\t满意率" over "蒙阴县\t8.62\t99.87%\t98.6%\t96.3%", round 98 c): the plain one is the catalogue's,
     * as beside it in a row. {@code columnName} is the figure's words as its column names them.
     */
    private static boolean onTimeColumnBesideThePlainColumn(String code, String text, Sentence s, String columnName) {
        if (!HOTLINE.equals(code) || !HOTLINE_ON_TIME.matcher(columnName).find()) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', s.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', s.start());
        String row = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        if (row.indexOf('\t') < 0) {
            return false;
        }
        String above = text.substring(Math.max(0, lineStart - NEIGHBOURS), lineStart);
        return PLAIN_HOTLINE_CELL.matcher(above).find() && HOTLINE_ON_TIME_CELL.matcher(above).find();
    }

    private static final Pattern PLAIN_HOTLINE_CELL = Pattern.compile(
            "\t[^\t\n]{0,6}(?<!" + ON_TIME_WORDS + ")办结率" + PERCENT_MARK + "(?=\t|\n|$)");
    private static final Pattern HOTLINE_ON_TIME_CELL = Pattern.compile(
            "\t[^\t\n]{0,6}(?:" + ON_TIME_WORDS + ")办结率" + PERCENT_MARK + "(?=\t|\n|$)");

    /**
     * A table's row of the hotline's on-time rate ("按期办结率（%）\t98.7\t97.6") with a row of the plain rate in the same
     * table ("办结率（%）\t99.6\t99.1"): the plain one is the catalogue's, as beside it in a sentence (round 90 c).
     */
    private static boolean onTimeRowBesideThePlainRow(String code, String text, Sentence s) {
        if (!HOTLINE.equals(code)) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', s.start() - 1) + 1;
        int firstTab = text.indexOf('\t', lineStart);
        if (firstTab < 0 || firstTab > s.end() || !HOTLINE_ON_TIME.matcher(text.substring(lineStart, firstTab)).find()) {
            return false;
        }
        String around = text.substring(Math.max(0, s.start() - NEIGHBOURS), Math.min(text.length(), s.end() + NEIGHBOURS));
        return PLAIN_HOTLINE_ROW.matcher(around).find();
    }

    private static final Pattern PLAIN_HOTLINE_ROW = Pattern.compile(
            "(?m)^[^\\t\\n]{0,12}(?<!" + ON_TIME_WORDS + ")办结率" + PERCENT_MARK + "\\t");

    /**
     * As above, within the figure's own sentence. {@code clauseBefore} is the figure's own words as the clause
     * reading gives them: in a 分别 list ("直接纠错率、综合纠错率分别为11.2%、33.5%") the list's name of this figure.
     */
    static boolean besideTheCataloguesRate(String code, String beforeInSentence, String restOfSentence,
                                           String clauseBefore) {
        if (onAnotherBasis(beforeInSentence)) {
            return true;
        }
        if (HOTLINE.equals(code)) {
            return onTimeBesideThePlainHotlineRate(beforeInSentence, restOfSentence, clauseBefore);
        }
        Measures measures = measuresOf(code);
        if (measures == null) {
            return false;
        }
        Pattern own = measures.wider();
        Pattern other = measures.catalogues();
        // "矛盾纠纷化解率由2023年的96.4%提高到97.3%，人民调解成功率达到99.0%": the end of a from–to phrase is named by the
        // words before its start (round 94 c)
        beforeInSentence = FROM_TO_START.matcher(beforeInSentence).replaceAll("");
        String clause = PartsAroundTheSentence.ownClause(beforeInSentence);
        boolean listed = clause.contains("分别") && !clauseBefore.isBlank();
        // in a 分别 list the figure's name is its own item of the list; the other items stand elsewhere
        String name = listed ? clauseBefore : UP_TO_THE_LAST_FIGURE.matcher(clause).replaceFirst("");
        if (CORRECTION.equals(code) && AS_RESPONDENTS.matcher(name).find()) {
            return true;
        }
        if (CORRECTION.equals(code) && PLAIN.matcher(name).find() && !DIRECT.matcher(name).find()
                && DIRECT_AS_A_PART.matcher(restOfSentence).find()) {
            return true; // "纠错率为12.6%（…），其中直接纠错率8.3%": the direct rate a part of it, the plain one is the wider (round 52)
        }
        if (!own.matcher(name).find()) {
            return false;
        }
        String elsewhere = listed ? clause.replace(clauseBefore, "") + "。" + restOfSentence
                : beforeInSentence.substring(0, beforeInSentence.length() - name.length()) + "。" + restOfSentence;
        return other.matcher(elsewhere).find();
    }
}
