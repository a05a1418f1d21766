package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a figure's sentence, or the heading above it, gives the figure. Two rules of the language sit
 * here beside the plain reading of the words ({@link #read}):
 * <ul>
 * <li>A sentence that writes the reporting year itself ("2022年，全市…") decides its own period: a heading's
 * "去年…" or "2018年以来…" does not override it.</li>
 * <li>"去年", "上年" are counted from the day the text was written. In a report that is the reporting year's
 * successor or the year itself, which the report's own words settle elsewhere; in loose text (a news item
 * written early the next year: "去年全市共审结…") nobody can tell from the sentence, so the figure is doubted
 * (a person decides), not dropped as another year.</li>
 * </ul>
 */
final class FigurePeriod {
    /** "2022年", "2022年度" not opening a span ("2022年以来", "2022年至今", "2022年5月"). */
    private static final Pattern YEAR_WRITTEN = Pattern.compile(
            "(\\d{4})年(?:度)?(?!以来|来|至|到|\\s*[-—–~]|\\d{1,2}月|前)");
    /** Last year named relative to the day of writing; not "去年以来" (from last year up to the day of writing). */
    private static final Pattern LAST_YEAR = Pattern.compile("去年(?!以来|来|至今)|上一?年(?!度?同期|度?结转|度?未|以来)");

    /** "2020年以来", "自2020年行政复议体制改革以来": since an event of a year; "从2020年起": from a year on. */
    private static final Pattern SINCE_YEAR = Pattern.compile(
            "(\\d{4})年(?:度)?(?:以来|来|至今)|自(\\d{4})年[^，,；;。\\d]{1,32}(?:以来|至今)|(?:从|自)(\\d{4})年度?(?:\\d{1,2}月)?(?:份)?起");
    private static final Pattern SEVERAL_YEARS = Pattern.compile(
            // "增幅为近五年最高", "创五年来新高": a comparison with the years before, no span of the figure's (round 54)
            "(?:近|过去|这|最近)?[两三四五六七八九十]年(?:来|以来|间|中)(?!最|新高|新低)|近[两三四五六七八九十\\d]+年(?!度|(?:来|以来)?(?:最|新高|新低))|连续[两三四五六七八九十\\d]+年(?![^，,；;。\\d]{0,12}(?:第[一二三四五六七八九十\\d]+|首位|前列|前茅|榜首|超过|高于|多于))|[十“\"]*[一二三四五六七八]五[”\"]*(?:普法|规划)?(?:实施|启动|开展|开始|推进)?(?:期间|以来|时期|中期)"
                    // "连续四年保持全市第一，行政诉讼败诉率6.82%": a rank kept over the years dates no later clause (round 87 c);
                    // "案件数量已连续两年超过同期一审行政诉讼案件数量；经审查，依法受理238件" (r200): nor a lead kept
                    // "“八五”普法以来" (2021-2025), "“八五”普法启动以来" (round 75 a), "“十四五”中期": a five-year plan's
                    // span, not one year
                    // "创历年新高", "为历年最高": a record among the years, no span of the figure's (round 64)
                    + "|十[八九]大以来|二十大以来|历年(?!新高|新低|最)|多年来|近(?:几|些)年(?:来|以来)?|近年(?:来|以来)|建区以来|建县以来|成立以来"
                    // "行政复议体制改革以来，累计受理…612件": a sum since an old event names an earlier start (round 109 a)
                    + "|(?:改革|组建|设立)以来[，,]?[^，,；;。\\d]{0,12}累计"
                    // "收回当年及以前年度指派的…案件", "当年及往年": this year's and earlier years' together
                    + "|及(?:以前|以往|往|历)年度?"
                    // "2022、2023两年全县共…": years listed, then counted
                    + "|(?:\\d{4}年?[、和与及]){1,4}\\d{4}年?[两二三四五]年"
                    // "2023年以前，…一度高达18%": the years before one
                    + "|\\d{4}年(?:以前|之前)|(?:此前|之前)[两三四五六七八九十\\d]+年"
                    // "前两年，全县共…": the years before this one, opening a clause
                    + "|(?:^|(?<=[，,；;。：:\\s]))前[两二三四五]年(?=[，,来间中里内])"
                    // a government's term: "本届政府以来", "换届以来", "任期内" span up to five years
                    + "|(?:本届|新一?届)[^，,；;。]{0,6}以来|换届以来|履职以来|任期(?:内|以来)");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*(?:年)?\\s*[-—–~至到]\\s*(\\d{4})年");
    /**
     * A year at a clause's start; a heading's number ("（一）2022年工作回顾") may stand before it, 到 a target year ("到2025年"),
     * 据 a source of that year ("据2022年法治政府建设年度报告，全县…": the earlier report's figure).
     */
    /**
     * "对2019年以来制发的现行有效规范性文件75件进行清理，决定废止7件": the span tells which documents (those made since), not
     * the period of the figures (round 55); also with more words on the documents ("2019年以来制发、现行有效的", round 56).
     */
    // "共清理2019年以来县政府及县政府办公室印发的现行有效规范性文件64件": the issuers may stand between (round 112, r277)
    private static final Pattern DESCRIBES_A_NOUN = Pattern.compile(
            "(?:[^，,；;。\\d]{0,4}|[^，,；;。\\d]{0,16}?(?:政府|办公室|部门|单位|机关))(?:制发|制定|出台|印发|发布|签订|作出|形成)"
                    + "(?:[、和及][^，,；;。\\d]{0,10})?的");
    /** A clause that opens with this year's own words: 今年, 本年度, 当年 (not 今年以来 of a span). */
    // "连续三年保持100%，全年负责人出庭应诉112件次": 全年 heading a clause is the reporting year's, unless the clause says
    // each year alike (全年…均) (round 63)
    private static final Pattern THIS_YEAR_HEADS = Pattern.compile(
            "[，,；;]\\s*(?:其中)?(?:今年|本年度?|当年)(?!以来|来)|[，,；;]\\s*全年(?![^，,；;。]{0,12}(?:均|都|平均))");
    private static final Pattern CLAUSE_HEAD_YEAR = Pattern.compile(
            "(?:^|[，,；;。])\\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+、)?(?:在|于|到|至|回顾|据|根据|其中)?(\\d{4})年(?:度)?(?![以来至])");
    /**
     * "据《安吉县2022年法治政府建设情况报告》，全县…", "根据《2022年政府工作报告》": a report or a bulletin of that year quoted
     * as the source at a clause's start; not a plan or a law ("根据《法治政府建设实施纲要（2021—2025年）》").
     */
    private static final Pattern SOURCE_OF_A_YEAR = Pattern.compile(
            "(?:^|[，,；;。])\\s*(?:据|根据|依据|从)《[^《》\\d]{0,20}(\\d{4})年度?[^《》\\d]{0,30}(?:报告|总结|公报|白皮书|年鉴)》");
    /** "截至2022年底，全县共…" in the report of 2023: the figure as the previous year closed. */
    private static final Pattern UP_TO_A_YEARS_END = Pattern.compile("(?:截至|截止|截止到|截至到)\\s*(\\d{4})年(?:底|末|年底|12月底|12月31日)");
    private static final Pattern SUMMED_TO_A_YEARS_END = Pattern.compile("累计(?:至|到|截至)\\s*(\\d{4})年(?:底|末|12月底|12月31日)");
    /** "累计": summed up over a time the words do not bound (not "全年累计", the year's). */
    private static final Pattern SUMMED_UP = Pattern.compile("(?<!全年|年内|本年|今年)累计");
    /**
     * "出庭应诉率由“十三五”末的78.6%提升至2024年的100%，负责人出庭应诉案件累计达412件": a from–to that starts in an earlier
     * year or plan period, then 累计 — summed over the whole span (round 53).
     */
    private static final Pattern FROM_AN_EARLIER_TIME = Pattern.compile(
            "(?:由|从)[“\"]?(?:(十[一二三四]五)[”\"]?(?:末|期末|初|时期)|(\\d{4})年)[^，,；;。]{0,16}(?:提升|提高|增加|增长|上升|下降|降低|减少|降)(?:至|到)");
    /** "败诉率2021年为8.1%", "案件2022年为52件": a year written right before the figure is the figure's year. */
    private static final Pattern YEAR_OF_FIGURE = Pattern.compile("(\\d{4})年(?:度)?(?:全年)?(?:的|为|达到|达|是|共计|共)?\\s*$");
    /** Not the cases carried over from the year before ("，上年旧存23件，审结196件": the clauses after it are the year's). */
    private static final Pattern LAST_YEAR_HEAD = Pattern.compile(
            "(?:^|[，,；;])\\s*(?:去年|上年(?!度?(?:结转|旧存|遗留|未审?结))|上一年|前年)"
                    // "新修订的行政复议法施行前的上一年度，市政府共收到…": a clause that names the year before (round 65)
                    + "|(?:^|[，,；;])[^，,；;。\\d]{1,24}?的(?:上一年度?|上年度|去年)(?=[，,])");

    private static final Pattern THIS_YEAR_HEAD = Pattern.compile("(?:^|[，,；;])\\s*(?:本年度?|今年)");
    /**
     * "针对2022年行政诉讼败诉率偏高（15.6%）的问题", "上年度复议纠错率较高（18.5%）": another year named inside the
     * figure's own clause, not as a comparison or a starting point (较上年, 比2022年, 从上年的…增加到), qualifies the name the figure belongs to.
     */
    private static final Pattern YEAR_IN_CLAUSE = Pattern.compile(
            // "由2022年的12.6%、2023年的9.8%降至7.09%": the years listed after 由 are all of the start (round 88 a's left shape)
            "(?<![较比与同于跟和含从由])(?<![由从]\\d{4}年[^，,；;。]{0,12}、)(?:(\\d{4})年(?:度)?(?!以来|来|至|到|\\s*[-—–~]|\\d{1,2}月|前|底|末)|去年|上一?年度?(?!同期|度?结转|度?未))"
                    // "废止2019年出台的规范性文件12件": the year says which documents, not the figure's year
                    + "(?![^，,；;。]{0,4}(出台|制定|印发|发布|颁布|施行|实施|以前|之前|起))");
    private static final Pattern THIS_YEAR_WORD = Pattern.compile("今年|本年|全年|当年");
    /** A bracket still open, right after words a year heads in its clause: "2023年度行政复议工作（全年收到申请356件、受理". */
    private static final Pattern YEAR_BEFORE_AN_OPEN_BRACKET = Pattern.compile(
            "(?:^|[，,；;。])[^，,；;。（(]*?(?:(\\d{4})年度?(?!以来|来|至|到|\\s*[-—–~]|\\d{1,2}月|前|底|末)|去年|上一?年度?)"
                    + "[^，,；;。（()）\\d]{0,16}[（(][^（()）]*$");
    /**
     * "出庭应诉率始终保持在100%", "常态化保持100%": a level kept over the years, a claim rather than the year's
     * result; only in the figure's own clause ("常态化清理…，2023年完成…26件" is the year's).
     */
    // "矛盾纠纷调解成功率始终在98%以上" (round 82 c): the level kept, written without its verb
    private static final Pattern ALWAYS_KEPT = Pattern.compile(
            "(始终|一直|常态化|长期|连年|历年|常年|多年|年年)(保持|维持|稳定|处于|在(?=\\s*$))");
    /**
     * "2023年全县调解…9124件，2024年调解…9786件，调解成功率保持在98%以上": a level kept, in a sentence that names two years,
     * spans both (round 52).
     */
    private static final Pattern KEPT = Pattern.compile("(保持|维持|稳定)在?[^，,；;。\\d]{0,2}$");
    private static final Pattern A_YEAR = Pattern.compile("(20\\d{2})年");
    private static final Pattern CLAUSE_OPEN = Pattern.compile("[，,；;。：:]");

    private static long yearsNamed(String words) {
        return A_YEAR.matcher(words).results().map(r -> r.group(1)).distinct().count();
    }
    private static final Pattern TITLE = Pattern.compile("《[^《》]*》");
    /** A 其中 list the sentence closes with a semicolon before the figure: its parts' periods are theirs alone. */
    private static final Pattern CLOSED_PART_LIST = Pattern.compile("其中[^；;。]{0,80}[；;]");

    /**
     * The words that may date a figure without the 其中 lists closed by a semicolon before it: "其中上半年196件、下半年
     * 216件；行政机关负责人出庭应诉率100%" — the halves are the parts', not the rate's (round 67).
     */
    static String withoutClosedPartLists(String periodWords) {
        return periodWords.indexOf("其中") < 0 ? periodWords : CLOSED_PART_LIST.matcher(periodWords).replaceAll("；");
    }

    private FigurePeriod() {
    }

    /** "其中2024年", "其中今年": a 其中 that names the reporting year itself. */
    private static final Pattern QIZHONG_THIS_YEAR = Pattern.compile("其中[，,]?\\s*(?:(\\d{4})年度?(?![以来至到]|\\d{1,2}月)|今年|本年度?|当年)");

    /**
     * "自2022年推行…以来，全县累计评查…案卷3580卷，其中2024年评查1260卷" (round 87 c), "2022年至2024年，…": the part after 其中 is the reporting
     * year's own count of a whole summed over several years — the year's figure, no part of the indicator's whole.
     */
    static boolean theReportingYearOfASpan(String beforeInSentence, Integer reportYear) {
        int at = beforeInSentence.lastIndexOf("其中");
        if (at < 0 || reportYear == null) {
            return false;
        }
        Matcher own = QIZHONG_THIS_YEAR.matcher(beforeInSentence);
        if (!own.find(at) || own.start() != at || own.group(1) != null && Integer.parseInt(own.group(1)) != reportYear) {
            return false;
        }
        String whole = beforeInSentence.substring(0, at);
        // "2022年至2024年，全县累计评查…1140卷，其中2024年评查420卷": a span of years named by both ends (round 105 c)
        return SEVERAL_YEARS.matcher(whole).find() || SINCE_YEAR.matcher(whole).find() || SUMMED_UP.matcher(whole).find()
                || YEAR_RANGE.matcher(whole).find();
    }

    /**
     * The period flag of a figure (null: the reporting year as far as the words say).
     *
     * @param headingCovers the heading stands above the sentence and may give it a period
     */
    static String of(String before, String heading, boolean headingCovers, Scope scope) {
        return of(before, heading, headingCovers, scope, false);
    }

    /** The level a from–to phrase reached in a year, dated right before the figure: "提升至2024年的". */
    private static final Pattern REACHED_IN_A_YEAR = Pattern.compile(
            "(?:提升|提高|上升|增长|增加|下降|降低|减少|升|降|增|减)(?:至|到)\\s*(\\d{4})年度?的\\s*$");

    /** A heading that opens with its place's name right before a year. */
    private static final Pattern PLACE_BEFORE_THE_YEAR = Pattern.compile("^\\s*[\\u4e00-\\u9fa5]{1,8}?[省市县区旗州](?=\\d{4}年)");

    /** A bracket that holds nothing but a span since a year: "（2021年以来）", "（自2019年5月至今）". */
    private static final Pattern SPAN_IN_BRACKETS = Pattern.compile(
            "[(（]((?:自|从)?\\d{4}年(?:\\d{1,2}月)?(?:份)?(?:以来|至今))[)）]");

    /** As above; {@code datedTheYearAfter}: the item's dateline is of the year after the page's. */
    static String of(String before, String heading, boolean headingCovers, Scope scope, boolean datedTheYearAfter) {
        // a remark in closed brackets ("（其中…上年结转7件）") sets no period for the figures after it; a bracket that is
        // only the span's date ("行政复议体制改革以来（2021年以来），我区累计受理…", round 97 b) is the sentence's own period
        String beforeInSentence = Remarks.withoutClosed(SPAN_IN_BRACKETS.matcher(before).replaceAll("$1"));
        Integer year = scope.year();
        String period = read(beforeInSentence, year);
        String source = beforeInSentence;
        if (period == null && headingCovers && !namesYear(beforeInSentence, year)) {
            // "洪洞县2025年法治政府建设主要预期指标" (a table's caption, round 81 c): the place before the year opens it
            // — in a report; a news page's headline keeps its own reading (writtenTheYearAfter)
            source = scope.insideReport() ? PLACE_BEFORE_THE_YEAR.matcher(heading).replaceFirst("") : heading;
            period = read(source, year);
        }
        if ("other_year".equals(period) && !scope.insideReport() && onlyLastYear(source, year)) {
            return datedTheYearAfter || writtenTheYearAfter(heading, scope) ? null : Periods.UNCLEAR;
        }
        if (period == null && !namesYear(beforeInSentence, year) && titleSpansYears(scope.authors().title())) {
            return "multi_period"; // "县司法局关于2021-2025年度行政复议体制改革工作总结报告": the page sums up the span
        }
        return period;
    }

    /**
     * A title that names a span of years and no single year of its own ("…关于2021-2025年度…工作总结报告"): its figures
     * that name no year are the span's (round 112). Not a plan's name quoted in it (《…纲要（2021—2025年）》).
     */
    static boolean titleSpansYears(String title) {
        if (title == null) {
            return false;
        }
        String words = TITLE.matcher(title).replaceAll("");
        Matcher range = YEAR_RANGE.matcher(words);
        if (!range.find() || Integer.parseInt(range.group(1)) >= Integer.parseInt(range.group(2))) {
            return false;
        }
        return !TITLE_YEAR.matcher(words.substring(0, range.start()) + words.substring(range.end())).find();
    }

    /** "2024年", "2024年度" in a headline, not a target ("到2024年") nor a span ("2024年以来"). */
    private static final Pattern TITLE_YEAR = Pattern.compile(
            "(?<![到至])(\\d{4})年(?:度)?(?!以来|来|至|到|\\s*[-—–~]|前)");

    /**
     * Loose text whose headline (the page's title) or heading writes the year after the page's and not the page's
     * own ("2024年全县司法行政工作会议召开", "安吉县2024年1月司法行政新闻"): it was written that year, so its "去年"
     * is the page's year ("去年，全县共调解矛盾纠纷1732件" about 2023). Without such a headline 去年 stays in doubt.
     */
    static boolean writtenTheYearAfter(String heading, Scope scope) {
        Integer year = scope.year();
        if (scope.insideReport() || year == null) {
            return false;
        }
        boolean after = false;
        for (String words : new String[]{heading, scope.authors().title()}) {
            Matcher m = TITLE_YEAR.matcher(words == null ? "" : words);
            while (m.find()) {
                int named = Integer.parseInt(m.group(1));
                if (named == year) {
                    return false;
                }
                after |= named == year + 1;
            }
        }
        return after;
    }

    /**
     * The words before the figure date it by "去年" alone (no "今年以来", "目前" after it) in loose text written
     * the year after the page's: the page's year, as if written.
     */
    static boolean lastYearIsThePagesYear(String beforeInSentence, String heading, Scope scope,
                                          boolean datedTheYearAfter) {
        return LAST_YEAR.matcher(beforeInSentence).find() && onlyLastYear(beforeInSentence, scope.year())
                && !Periods.untilNow(beforeInSentence)
                && (datedTheYearAfter || writtenTheYearAfter(heading, scope));
    }

    /** The flag rules the figure out (the others only cast doubt). */
    static boolean rulesOut(String period) {
        return period != null && !Periods.UNCLEAR.equals(period);
    }

    static boolean namesYear(String words, Integer year) {
        if (year == null) {
            return false;
        }
        Matcher m = YEAR_WRITTEN.matcher(words);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == year) {
                return true;
            }
        }
        return false;
    }

    private static boolean reportYearHeadsAfter(String words, int from, int reportYear) {
        Matcher thisYear = THIS_YEAR_HEADS.matcher(words);
        if (thisYear.find(Math.min(from, words.length())) && !SEVERAL_YEARS.matcher(words.substring(thisYear.end())).find()) {
            return true; // "2022年以来累计评查案卷3200余卷，今年评查1150卷": this year's own clause (round 55)
        }
        Matcher h = CLAUSE_HEAD_YEAR.matcher(words);
        while (h.find()) {
            if (h.start() >= from && Integer.parseInt(h.group(1)) == reportYear) {
                return true;
            }
        }
        return false;
    }

    /** "去年" is what makes the words another year: without it they would name no other period. */
    private static boolean onlyLastYear(String words, Integer year) {
        Matcher last = LAST_YEAR.matcher(words);
        return last.find() && read(last.replaceAll(""), year) == null;
    }

    /**
     * The plain reading of the words: "2018年以来", "2020-2021年", a clause that starts with another year or
     * with 去年 are not the reporting year alone.
     */
    static String read(String beforeInSentence, Integer reportYear) {
        if (reportYear == null) {
            return null;
        }
        Matcher reached = REACHED_IN_A_YEAR.matcher(beforeInSentence);
        if (reached.find() && Integer.parseInt(reached.group(1)) == reportYear) {
            // "自2019年…以来，…网办率由2019年的41.2%提升至2024年的93.4%": the figure's own words date it (round 82 c)
            return null;
        }
        Matcher bracketed = YEAR_BEFORE_AN_OPEN_BRACKET.matcher(beforeInSentence);
        if (bracketed.find()) {
            // "对照2023年度行政复议工作（全年收到申请356件、受理318件…）中暴露出的问题": the figures in a bracket after the
            // words of another year are that year's, its 全年 too (round 107 b)
            int year = bracketed.group(1) != null ? Integer.parseInt(bracketed.group(1)) : reportYear - 1;
            if (year != reportYear) {
                return year > reportYear ? "plan" : "other_year";
            }
        }
        Matcher range = YEAR_RANGE.matcher(beforeInSentence);
        while (range.find()) {
            int from = Integer.parseInt(range.group(1));
            int to = Integer.parseInt(range.group(2));
            // "2022年至2024年，全县累计评查…，其中2024年评查420卷": a clause after the span that starts with the
            // reporting year is that year's (round 105 c)
            if (from < to && from >= 1990 && to <= reportYear + 1
                    && !reportYearHeadsAfter(beforeInSentence, range.end(), reportYear)) {
                return "multi_period";
            }
        }
        Matcher several = SEVERAL_YEARS.matcher(beforeInSentence);
        int severalEnd = -1;
        while (several.find()) {
            // "废止2020年以前制定、已不适应形势的规范性文件11件": the years before say which documents, as 以来 does (round 112)
            if (!(Character.isDigit(several.group().charAt(0))
                    && DESCRIBES_A_NOUN.matcher(beforeInSentence.substring(several.end())).lookingAt())) {
                severalEnd = several.end();
            }
        }
        // "近年来，我县高度重视…，2023年全县…": a clause after the span that starts with the reporting year
        // is that year's
        if (severalEnd >= 0 && !reportYearHeadsAfter(beforeInSentence, severalEnd, reportYear)) {
            return "multi_period";
        }
        Matcher upTo = UP_TO_A_YEARS_END.matcher(beforeInSentence);
        while (upTo.find()) {
            if (Periods.STOCK_DATED.matcher(beforeInSentence.substring(upTo.end())).find()) {
                continue; // "对截至2023年12月31日区政府…印发的现行有效…文件进行清理": the documents' date, not the count's
            }
            if (Integer.parseInt(upTo.group(1)) != reportYear) {
                return "other_year";
            }
            // "截至2023年底，全县累计办理法律援助案件1.2万件": a stock up to the year's end, perhaps over many years
            if (SUMMED_UP.matcher(beforeInSentence.substring(upTo.end())).find()) {
                return Periods.UNCLEAR;
            }
        }
        Matcher fromTo = FROM_AN_EARLIER_TIME.matcher(beforeInSentence);
        if (fromTo.find() && (fromTo.group(1) != null || Integer.parseInt(fromTo.group(2)) < reportYear)
                && SUMMED_UP.matcher(beforeInSentence.substring(fromTo.end())).find()) {
            return "multi_period";
        }
        // "累计至2023年底，全县共办理…": summed up to the year's end
        Matcher summedTo = SUMMED_TO_A_YEARS_END.matcher(beforeInSentence);
        if (summedTo.find()) {
            return Integer.parseInt(summedTo.group(1)) == reportYear ? Periods.UNCLEAR : "multi_period";
        }
        Matcher since = SINCE_YEAR.matcher(beforeInSentence);
        while (since.find()) {
            int from = Integer.parseInt(since.group(1) != null ? since.group(1)
                    : since.group(2) != null ? since.group(2) : since.group(3));
            // "自2021年复议体制改革以来，…，2023年收到…": a clause after the span that starts with the reporting year
            // is that year's, as after 近年来
            if (from < reportYear && !reportYearHeadsAfter(beforeInSentence, since.end(), reportYear)
                    && !DESCRIBES_A_NOUN.matcher(beforeInSentence.substring(since.end())).lookingAt()) {
                return "multi_period";
            }
            // "2024年以来，我县已收到…" in the report of 2023, written in the spring after: the next year so far
            if (from > reportYear) {
                return "other_year";
            }
        }
        Integer head = null;
        int headAt = -1;
        Matcher h = CLAUSE_HEAD_YEAR.matcher(beforeInSentence);
        while (h.find()) {
            head = Integer.parseInt(h.group(1));
            headAt = h.start();
        }
        Matcher source = SOURCE_OF_A_YEAR.matcher(beforeInSentence);
        while (source.find()) {
            if (source.start() > headAt) {
                head = Integer.parseInt(source.group(1));
                headAt = source.start();
            }
        }
        Matcher own = YEAR_OF_FIGURE.matcher(beforeInSentence);
        if (own.find()) {
            head = Integer.parseInt(own.group(1));
            headAt = own.start();
        }
        int lastYearAt = lastStart(LAST_YEAR_HEAD, beforeInSentence);
        // "上年度…86件，本年度共受理102件", "2022年…，今年…": a later clause that opens with this year is this year's
        int thisYearAt = lastStart(THIS_YEAR_HEAD, beforeInSentence);
        if (head != null && head != reportYear.intValue() && thisYearAt < headAt) {
            return head > reportYear ? "plan" : "other_year";
        }
        if (lastYearAt >= 0 && thisYearAt < lastYearAt) {
            return "other_year";
        }
        if (thatYearIsAnother(beforeInSentence, reportYear)) {
            return "other_year";
        }
        String ownClause = beforeInSentence.substring(lastStart(CLAUSE_OPEN, beforeInSentence) + 1);
        if (ALWAYS_KEPT.matcher(ownClause).find() || KEPT.matcher(ownClause).find() && yearsNamed(beforeInSentence) >= 2) {
            return "multi_period";
        }
        return anotherYearInTheClause(beforeInSentence, reportYear) ? "other_year" : null;
    }

    /** "与2023年调处矛盾纠纷6315件、调解成功率99.10%相比": the opening of a comparison with an earlier year. */
    private static final Pattern COMPARED_YEAR_OPENS = Pattern.compile(
            "(?:与|同|跟)(?:(\\d{4})年度?|上年|去年|上一年度?)(?:同期)?[^，,；;。]{0,60}$");
    private static final Pattern COMPARED_YEAR_CLOSES = Pattern.compile("^[^，,；;。]{0,30}?(?:相比|相较|比较|对比)");

    /**
     * The figure stands inside a comparison with an earlier year ("与2023年调处矛盾纠纷6315件、调解成功率99.10%相比，
     * 2024年…增至6842件"): it is that year's figure, the one compared with (round 69 a).
     */
    static boolean insideAComparisonWithAnEarlierYear(String beforeInSentence, String restOfSentence, Integer reportYear) {
        Matcher opens = COMPARED_YEAR_OPENS.matcher(beforeInSentence);
        if (reportYear == null || !opens.find() || !COMPARED_YEAR_CLOSES.matcher(restOfSentence).find()) {
            return false;
        }
        return opens.group(1) == null || Integer.parseInt(opens.group(1)) < reportYear;
    }

    private static final Pattern THAT_YEAR = Pattern.compile("当年(?!度?(?:以来|来|起|结转|受理|新收))");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(\\d{4})年");

    /**
     * "对照2023年度宜昌市信访工作考核反馈的问题，我区当年信访事项按期办结率为97.86%": 当年 is the year the sentence named
     * before it — an earlier year's, not the report's (round 65 b, read in round 67).
     */
    private static boolean thatYearIsAnother(String beforeInSentence, int reportYear) {
        int that = lastStart(THAT_YEAR, beforeInSentence);
        if (that < 0) {
            return false;
        }
        Matcher y = ANY_YEAR.matcher(beforeInSentence.substring(0, that));
        Integer last = null;
        while (y.find()) {
            last = Integer.parseInt(y.group(1));
        }
        return last != null && last < reportYear && last >= 1990;
    }

    /** The figure's own clause names another year, and not the reporting year after it. */
    private static boolean anotherYearInTheClause(String beforeInSentence, int reportYear) {
        String clause = TITLE.matcher(beforeInSentence).replaceAll("");
        int open = lastStart(CLAUSE_OPEN, clause);
        clause = clause.substring(open + 1);
        Matcher y = YEAR_IN_CLAUSE.matcher(clause);
        int at = -1;
        while (y.find()) {
            boolean own = y.group(1) != null && Integer.parseInt(y.group(1)) == reportYear;
            at = own || y.group(1) != null && Integer.parseInt(y.group(1)) > reportYear ? -1 : y.end();
        }
        return at >= 0 && !THIS_YEAR_WORD.matcher(clause.substring(at)).find();
    }

    private static int lastStart(Pattern p, String words) {
        Matcher m = p.matcher(words);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at;
    }
}
