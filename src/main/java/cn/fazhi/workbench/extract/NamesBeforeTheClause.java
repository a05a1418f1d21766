package cn.fazhi.workbench.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names written in the clause before a figure's when the figure's own clause holds only a level or a verb:
 * "调解成功率较去年同期提高1.5个百分点，达98.5%" (the name before the change), "调解各类纠纷3200件，成功3180件"
 * (the mediation before the success). {@link IndicatorMatcher} reads the figure with that name.
 */
final class NamesBeforeTheClause {
    private NamesBeforeTheClause() {
    }

    /** "调解成功率较去年同期提高", "受理行政复议申请同比增长": a name, then a comparison and its verb. */
    private static final Pattern NAME_THEN_CHANGE = Pattern.compile(
            "^([^，,；;。]{2,30}?)(较|比|同比|环比|与上年|与去年)[^，,；;。]{0,10}?(提高|增长|下降|减少|增加|上升|降低|提升)了?$");
    /**
     * The words of a clause that state the level a change reached and nothing else: "达86件", "降至4.2%",
     * "2023年降至4.2%" (a year written here is judged as every year is: another year rules the figure out). A
     * target ("力争降至"), a part of the year ("一季度降至") or anything else is no level.
     */
    private static final Pattern LEVEL_WORDS = Pattern.compile(
            "(\\d{4}年(度)?|全年|今年)?(全区|全县|全市)?(共|共计|合计|累计|总计|总数|总量|数量)?"
                    + "(为|达|达到|是|(下降|降低|减少|降|减|提高|提升|上升|升|增长|增加|增)(至|到)(了)?)?");

    static boolean levelWords(String before) {
        return LEVEL_WORDS.matcher(before.strip()).matches();
    }

    /**
     * The name written before a change in the clause before the figure's: before a change figure that is
     * followed by nothing but its unit to the clause's end ("全县调解成功率" of "全县调解成功率较去年同期提高1.5个
     * 百分点，达…"); null otherwise.
     */
    static String nameBeforeAChange(String text, Sentence s, List<NumberMention> values, int k) {
        NumberMention m = values.get(k);
        int clauseStart = clauseStartBefore(text, s, m.start());
        if (clauseStart <= s.start()) {
            return null;
        }
        int previousStart = clauseStartBefore(text, s, clauseStart - 1);
        NumberMention change = k > 0 ? values.get(k - 1) : null;
        // A trend without a figure ("行政机关败诉率逐年下降，2023年降至4.2%") was read the same way once: measured on
        // the frozen part's aggregate it cost a suggestion the development part never showed, so it was dropped.
        if (change == null || change.start() < previousStart) {
            return null;
        }
        String rest = text.substring(change.end(), Math.min(s.end(), change.end() + 8));
        if (!rest.matches("^(个百分点|%|％|件|起|宗|个)?[，,][\\s\\S]*")) {
            return null;
        }
        Matcher named = NAME_THEN_CHANGE.matcher(text.substring(previousStart, change.start()).strip());
        return named.matches() ? named.group(1) : null;
    }

    /** The words between a change figure and the level it reached in the same clause: "…个百分点至", "…%至". */
    private static final Pattern TO_THE_LEVEL = Pattern.compile("^(个百分点|百分点|%|％|件|起|宗|个)?(至|到)$");

    /**
     * The figure's clause read from its name when the figure is the level a change written just before it reached,
     * in the same clause: "纠错率同比提高2.1个百分点至10.6%" reads 10.6% as "纠错率" (the change's words left behind, the
     * change figure stays a change). Null when the figure does not follow a change that way.
     */
    static ClauseContext levelAfterAChange(String text, Sentence s, List<NumberMention> values, int k, ClauseContext ctx) {
        if (k == 0 || !TO_THE_LEVEL.matcher(ctx.before.strip()).matches()) {
            return null;
        }
        ClauseContext change = ClauseContext.of(text, s, values, k - 1, false);
        Matcher named = NAME_THEN_CHANGE.matcher(change.before.strip());
        return named.matches() ? change.withBefore(named.group(1)).withAfter(ctx.after) : null;
    }

    private static final String ACTS = "收到|新收|收案|受理|审结|办结|结案|办理|发生|调解|调处|化解|审查|审核|备案|报备|废止|评查|纠错|承办|指派";
    /** A level's verb: "为", "达到"; or the level a change reached ("2024年下降至96件", round 55). */
    private static final String LEVEL = "为|达|达到|是|(?:下降|降低|减少|上升|增加|提高|提升)?(?:至|到)|降至|增至";
    private static final String OWN_YEAR = "\\d{4}年度?|今年|本年度?|全年";
    // "上半年全区新收一审行政诉讼案件132件，全年共新收286件" (round 84 b): part of the year before the whole year
    private static final String OTHER_YEAR = "\\d{4}年度?|上年|去年|上一年度?|上半年|前三季度|1\\s*[-—–~～至]\\s*\\d{1,2}月";
    // not 我市, 全市 in a county's report: there they are the city above (a city's and a county-level city's own, below)
    private static final String OWN_BODY = "我县|我区|全县|全区|本县|本区";
    private static final String HIGHER_BODY = "全市|全省|全国";
    /** In a city's or a county-level city's report: 我市, 全市 are its own, 全省, 全国 and a named place the others. */
    private static final String OWN_CITY_BODY = "我市|全市|本市";
    /** Another place by its name ("温州市", "吴兴区", "浙江省", "柳市镇", "递铺街道"): the report's own name is told apart by the caller. */
    private static final String NAMED_PLACE = "[\\u4e00-\\u9fa5]{2,4}?(?:[省市县区镇乡]|街道)";
    /** A level's own part before its whole ("市本级…100%，全市为98.6%"): another body's figure beside the whole's. */
    private static final String OWN_LEVEL_PART = "[市县区]本级";
    private static final Patterns FOR_ANY = new Patterns(OWN_BODY, HIGHER_BODY + "|" + NAMED_PLACE + "|" + OWN_LEVEL_PART);
    private static final Patterns FOR_A_CITY = new Patterns(OWN_CITY_BODY, "全省|全国|全自治区|" + NAMED_PLACE + "|" + OWN_LEVEL_PART);
    /** A county's or a banner's report: 全区 is the autonomous region above it (广西, 内蒙古). */
    private static final Patterns FOR_A_COUNTY = new Patterns("我县|全县|本县|我旗|全旗|本旗",
            "全市|全省|全国|全区|全自治区|" + NAMED_PLACE + "|" + OWN_LEVEL_PART);
    private static final Patterns FOR_A_DISTRICT = new Patterns("我区|全区|本区",
            "全市|全省|全国|全自治区|" + NAMED_PLACE + "|" + OWN_LEVEL_PART);

    /** The patterns for the report's level (its name's last character); any level's words when it is unknown. */
    private static Patterns forTheLevel(Scope scope) {
        return switch (LevelWords.level(scope)) {
            case '市' -> FOR_A_CITY;
            case '县', '旗' -> FOR_A_COUNTY;
            case '区' -> FOR_A_DISTRICT;
            default -> FOR_ANY;
        };
    }

    /** The patterns of the clause of the figure and of the clause before it, for the report's own words and the others'. */
    private record Patterns(String ownBody, String others, Pattern openingAndAct, Pattern othersCount, Pattern othersLevel,
                            Pattern othersNoun, Pattern othersBareLevel) {
        Patterns(String ownBody, String others) {
            this(ownBody, others,
                    // a clause that is a year or the jurisdiction and an act or a level alone: "2023年办理", "我县为"
                    // — or, after a higher level's figure, the jurisdiction alone ("，其中我区1.62万件", round 55)
                    Pattern.compile("^(?:其中)?(" + OWN_YEAR + "|" + ownBody + ")[，,]?(共|共计|依法)?(" + ACTS + "|" + LEVEL + ")?了?$"),
                    // the clause before it, another year's or another level's count of the same act: "2022年全县办理法律援助案件"
                    Pattern.compile("^(" + OTHER_YEAR + "|" + others + ")[，,]?([^，,；;。]{0,8}?)(" + ACTS + ")了?([^，,；;。\\d]{2,20})$"),
                    // or its level with its name: "2022年全县行政复议纠错率为", "全市调解成功率"
                    Pattern.compile("^(" + OTHER_YEAR + "|" + others + ")[，,]?((?:[^，,；;。\\d]|12345){2,30}?)(" + LEVEL + ")?$"),
                    // or its count named by its noun alone: "全市法律援助案件", "2022年全县各类矛盾纠纷"
                    Pattern.compile("^(" + OTHER_YEAR + "|" + others + ")[，,]?(共|共计|合计)?([^，,；;。\\d]{2,20})$"),
                    // or another level's bare level in a run: "，全市为" (round 100 c)
                    Pattern.compile("^(?:" + others + ")[，,]?(?:" + LEVEL + ")$"));
        }
    }
    private static final Pattern AN_ACT = Pattern.compile(ACTS);
    /** A noun of the cases carried over or still open ("上年结转行政诉讼案件9件，本年新收86件"): a stock, not the year's count. */
    private static final Pattern A_STOCK = Pattern.compile("结转|旧存|未结|遗留|积案|存量|其中");
    private static final Pattern YEAR_ALONE = Pattern.compile("^(" + OTHER_YEAR + ")$");
    /** "近三年来", "2021年以来", "“十四五”以来": the years a sum runs over, a clause of their own or the sum's opening. */
    private static final String SEVERAL_YEARS = "近[两二三四五六七八九十\\d]{1,2}年(?:来|以来)?|[两二三四五六七八九十\\d]{1,2}年(?:来|以来)"
            + "|\\d{4}年以来|“?十[三四]五”?(?:以来|期间)";
    private static final Pattern SEVERAL_YEARS_ALONE = Pattern.compile("^(?:" + SEVERAL_YEARS + ")$");
    /**
     * The clause before sums several years and counts the act: "近三年来，全市累计办理法律援助案件", "累计办理法律援助案件"
     * (group 1 the act, group 2 its noun).
     */
    private static final Pattern SUM_OF_YEARS = Pattern.compile("^(?:(?:" + SEVERAL_YEARS + ")[，,]?(?:全[县区市旗]|我[县区市旗])?"
            + "(?:累计|共计|共|合计)?|(?:全[县区市旗]|我[县区市旗])?累计)(" + ACTS + ")了?([^，,；;。\\d]{2,20})$");
    private static final Pattern A_YEAR = Pattern.compile("^(?:" + OWN_YEAR + ")$");

    /**
     * "2022年办理法律援助案件760件，2023年办理812件", "2022年，全县行政复议纠错率为8.5%，2023年为10.6%", "全市…纠错率为
     * 8.7%，我县为10.6%": a clause of a year (or the jurisdiction) and a bare act or 为, after the same act's count or a
     * level of another year (or of a higher level), names its figure with those words under its own opening, so the
     * year and the subject are judged as every year and subject are. Null when the figure's clause is anything else,
     * the clause before counts another act, or the two openings are not of one kind (a year beside a body).
     */
    static ClauseContext wordsOfAnotherYearOrLevel(String text, Sentence s, List<NumberMention> values, int k, ClauseContext ctx,
                                                   Scope scope) {
        Patterns p = forTheLevel(scope);
        // "…按期办结率99.0%，我县以99.2%位列全市第三": the rate a ranking is earned with is the level "我县为" states
        Matcher own = p.openingAndAct().matcher(RankedRates.asLevel(withTheOwnNameAsOwnWord(ctx.before.strip(), scope),
                values.get(k), ctx.after));
        if (k == 0 || !own.matches()) {
            return null;
        }
        NumberMention count = values.get(k - 1);
        if (!endsItsClause(text, s, count)) {
            return null;
        }
        int clause = clauseStartBefore(text, s, count.start());
        String words = text.substring(clause, count.start()).strip();
        if (count.isPercent() && own.group(3) != null && !own.group(3).matches(LEVEL) && k >= 2 && BareNames.bareRate(words)
                && endsItsClause(text, s, values.get(k - 2)) && clauseStartBefore(text, s, values.get(k - 2).end()) < clause) {
            // "全市共调解矛盾纠纷3.6万件，调解成功率98.2%，其中我县调解4862件": the whole's bare rate stands between its count
            // and the jurisdiction's count of the same act (round 100 c)
            count = values.get(k - 2);
            clause = clauseStartBefore(text, s, count.start());
            words = text.substring(clause, count.start()).strip();
        }
        if (clause > s.start()) {
            String yearBefore = text.substring(clauseStartBefore(text, s, clause - 1), clause - 1).strip();
            if (YEAR_ALONE.matcher(yearBefore).matches() || SEVERAL_YEARS_ALONE.matcher(yearBefore).matches()) {
                words = yearBefore + words; // "2022年，全县共受理…", "近三年来，全市累计办理…"
            }
        }
        String act = own.group(3);
        Matcher sum = SUM_OF_YEARS.matcher(words);
        if (sum.matches()) {
            // "近三年来，全市累计办理法律援助案件3150件，2024年办理1126件": one year's count after the sum of several, of the same
            // act; the year is judged as every year is (round 92 a)
            return A_YEAR.matcher(own.group(1)).matches() && sum.group(1).equals(act)
                    ? ctx.withBefore(own.group(1) + act + sum.group(2)) : null;
        }
        if (act == null) {
            // the jurisdiction alone after another level's figure: that figure's words name its own ("全市…调解矛盾纠纷21.3万件，
            // 其中我区1.62万件"); never a year alone, nor after a figure of another year
            if (!own.group(1).matches(p.ownBody()) || !ctx.after.isBlank()) {
                return null; // "我区48卷获评优秀案卷": the words after the figure say what it counts
            }
            act = count.isPercent() ? "为" : null;
        }
        if (act == null) {
            Matcher whole = p.othersCount().matcher(words);
            if (whole.matches() && sameKind(own, whole, p, scope)) {
                return ctx.withBefore(own.group(1) + whole.group(2) + whole.group(3) + whole.group(4));
            }
            Matcher noun = p.othersNoun().matcher(words);
            return noun.matches() && sameKind(own, noun, p, scope) && !A_STOCK.matcher(words).find()
                    ? ctx.withBefore(own.group(1) + noun.group(3)) : null;
        }
        if (act.matches(LEVEL)) {
            words = pastBareYears(text, s, values, k - 1, words, p);
            Matcher level = p.othersLevel().matcher(words);
            return level.matches() && sameKind(own, level, p, scope) ? ctx.withBefore(own.group(1) + level.group(2) + act) : null;
        }
        Matcher before = p.othersCount().matcher(words);
        if (before.matches()) {
            return sameKind(own, before, p, scope) && before.group(3).equals(act)
                    ? ctx.withBefore(own.group(1) + before.group(2) + act + before.group(4)) : null;
        }
        // "全市法律援助案件3260件，我县办理812件": the count before names only its noun, the act is this clause's
        Matcher noun = p.othersNoun().matcher(words);
        return noun.matches() && sameKind(own, noun, p, scope) && !AN_ACT.matcher(noun.group(3)).find()
                && !A_STOCK.matcher(words).find()
                ? ctx.withBefore(own.group(1) + act + noun.group(3)) : null;
    }

    /** Years listed one after another: "2022年…为93.1%，2023年为96.8%，2024年为99.16%" lists at most a decade. */
    private static final int MAX_YEARS_LISTED = 10;
    private static final Pattern LEVEL_ALONE = Pattern.compile(LEVEL);

    /**
     * "2022年全区行政机关负责人出庭应诉率为93.1%，2023年为96.8%，2024年为99.16%": the clause before is itself a bare year's
     * level ("2023年为"), which took its name from the clause before it; the words of the first named clause of the run
     * name this figure too (round 84 b). {@code words} unchanged when the clause before is not a bare year's.
     */
    private static String pastBareYears(String text, Sentence s, List<NumberMention> values, int before, String words,
                                        Patterns p) {
        String named = words;
        for (int j = before, steps = 0; steps <= MAX_YEARS_LISTED; j--, steps++) {
            Matcher bare = p.openingAndAct().matcher(named);
            boolean bareYear = bare.matches() && bare.group(3) != null && LEVEL_ALONE.matcher(bare.group(3)).matches()
                    && A_YEAR.matcher(bare.group(1)).matches();
            // "全省…按期办结率98.7%，全市为98.9%，我县达到99.2%": a higher level's bare level in the run (round 100 c)
            if (!bareYear && !p.othersBareLevel().matcher(named).matches()) {
                return named;
            }
            if (j == 0) {
                return words; // a run of bare years with no named clause before it
            }
            NumberMention earlier = values.get(j - 1);
            if (!endsItsClause(text, s, earlier)) {
                return words;
            }
            named = text.substring(clauseStartBefore(text, s, earlier.start()), earlier.start()).strip();
        }
        return words;
    }

    /**
     * "其中西湖区2209件" in 杭州市西湖区's report reads as "其中我区2209件": the jurisdiction's own name at the clause's start is
     * its own word (round 55).
     */
    private static String withTheOwnNameAsOwnWord(String clause, Scope scope) {
        String name = scope.ownName() == null ? "" : ShortPlaceNames.lastPlace(scope.ownName());
        if (name.length() < 3 || "县区市旗".indexOf(name.charAt(name.length() - 1)) < 0) {
            return clause;
        }
        String own = "我" + name.charAt(name.length() - 1);
        return clause.startsWith(name) ? own + clause.substring(name.length())
                : clause.startsWith("其中" + name) ? "其中" + own + clause.substring(2 + name.length()) : clause;
    }

    /** A year beside a year, the jurisdiction beside a higher level: openings of two kinds never combine. */
    private static boolean sameKind(Matcher own, Matcher other, Patterns p, Scope scope) {
        String name = scope.ownName();
        String before = other.group(1);
        if (!before.matches(p.others())) {
            return !own.group(1).matches(p.ownBody()); // a year beside a year
        }
        // "吴兴区…纠错率为9.8%，我县为12.6%": another place beside the jurisdiction, never the jurisdiction's own name
        boolean another = name == null || !(name.endsWith(before) || before.endsWith(name)); // 长兴县 beside 长兴经济技术开发区: another
        return own.group(1).matches(p.ownBody()) && (another || before.matches("全[省国市区]|全自治区"));
    }

    private static final Pattern BARE_SUCCESS = Pattern.compile("(其中)?成功");

    /** The clause is 成功 alone ("，成功3180件"): the success of the mediation counted before it. */
    static boolean bareSuccess(String before) {
        return BARE_SUCCESS.matcher(before.strip()).matches();
    }

    private static final Pattern MEDIATING = Pattern.compile("调解|调处|化解");

    /**
     * The words of the clause before, when it ends with the count {@code count} and mediates ("调解各类纠纷"),
     * followed by that verb with 成功 ("调解各类纠纷，调解成功"): its own words (诉前, 委派…) go with the success too.
     * Null when the clause before is no mediation's count.
     */
    static String mediatedBefore(String text, Sentence s, NumberMention count) {
        if (!endsItsClause(text, s, count)) {
            return null;
        }
        String words = text.substring(clauseStartBefore(text, s, count.start()), count.start());
        Matcher verb = MEDIATING.matcher(words);
        String last = null;
        while (verb.find()) {
            last = verb.group();
        }
        return last == null ? null : words + "，" + last + "成功";
    }

    private static final Pattern BARE_MEDIATION = Pattern.compile("(共|共计|累计|依法)?(调解|调处)");
    /** "全年排查矛盾纠纷3260件": a clause that counts the disputes found, ending with their noun right before the count. */
    private static final Pattern FOUND = Pattern.compile("排查(出)?(?=[^，,；;。\\d]{0,8}(矛盾纠纷|纠纷)\\s*$)");

    /** The clause is a mediating verb alone ("，调处3180件"): the mediation of what the clause before counted. */
    static boolean bareMediation(String before) {
        return BARE_MEDIATION.matcher(before.strip()).matches();
    }

    /**
     * The words of the clause before with its 排查 replaced by the figure's verb, when that clause counts the disputes
     * found and ends with the count {@code count} ("全年排查矛盾纠纷3260件，调处3180件" → "全年调处矛盾纠纷"): the disputes
     * mediated are those found, and the clause's other words (a kind, a body) go with them. Null otherwise.
     */
    static String foundBefore(String text, Sentence s, NumberMention count, String verb) {
        if (!endsItsClause(text, s, count)) {
            return null;
        }
        String words = text.substring(clauseStartBefore(text, s, count.start()), count.start());
        Matcher found = FOUND.matcher(words);
        return found.find() ? words.substring(0, found.start()) + verb + words.substring(found.end()) : null;
    }

    /** "，实际完成", "，我县全年实际达到": what was reached, with nothing of the matter's own. */
    private static final Pattern ACTUAL = Pattern.compile(
            "^(?:我[县区市旗]|全[县区市旗])?(?:全年|当年)?(?:实际|实际上)(?:完成|达到|达|为|实现)?了?$");
    /**
     * What was required, written at the end of the clause before: "…网上办理率需达到", "…成功率应达到", a target set by the
     * level above ("市政府下达我县政务服务网办率目标为", round 95 c).
     */
    private static final Pattern REQUIRED = Pattern.compile(
            "(?:(?:应当?|需要?|须|必须|要)(?:达到|达|保持在|保持|不低于|完成|稳定在)|目标值?(?:为|是)?)$");
    private static final Pattern BOUND_AFTER = Pattern.compile("^\\s*[%％]?\\s*(?:以上|及以上|左右)?[，,]");

    /**
     * "依申请政务服务事项网上办理率需达到90%以上，我县全年实际达到93.6%", "调解成功率应达到98%，实际完成98.6%": the clause
     * after a requirement says only what was actually reached, so it takes the required figure's name without the
     * requirement (round 91 c). Null when the figure's clause is anything else or the figure before was no requirement.
     */
    static ClauseContext actualAfterTheRequired(String text, Sentence s, List<NumberMention> values, int k, ClauseContext ctx) {
        if (k == 0 || !ACTUAL.matcher(ctx.before.strip()).matches()) {
            return null;
        }
        NumberMention required = values.get(k - 1);
        if (required.isPercent() != values.get(k).isPercent()
                || !BOUND_AFTER.matcher(text.substring(required.end(), Math.min(s.end(), required.end() + 6))).lookingAt()) {
            return null;
        }
        String words = text.substring(clauseStartBefore(text, s, required.start()), required.start()).strip();
        Matcher bound = REQUIRED.matcher(words);
        // "市政府下达我县…目标为90%": who set the target is not the subject of what was reached
        return bound.find() && bound.start() > 0
                ? ctx.withBefore(TARGET_SETTER.matcher(words.substring(0, bound.start())).replaceFirst("")) : null;
    }

    private static final Pattern TARGET_SETTER = Pattern.compile("^[^，,；;。\\d]{0,12}?下达(?:给)?");

    /** The count is the last thing of its clause: a comma follows it right away ("…760件，"). */
    private static boolean endsItsClause(String text, Sentence s, NumberMention count) {
        return text.substring(count.end(), Math.min(s.end(), count.end() + 2)).matches("^[，,][\\s\\S]*");
    }

    /** Where the clause (after a comma or a semicolon) that holds {@code pos} starts, within the sentence. */
    private static int clauseStartBefore(String text, Sentence s, int pos) {
        for (int i = pos - 1; i >= s.start(); i--) {
            if ("，,；;。".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return s.start();
    }
}
