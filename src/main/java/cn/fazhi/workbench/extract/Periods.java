package cn.fazhi.workbench.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods shorter than the reporting year, and per-period averages, written before a figure: "上半年",
 * "1-10月", "截至5月底", "月均", "年均". Figures for part of the year are not the year's result; "截至11月底"
 * in a report written in December may be the best figure the report has, so that one is only doubted.
 */
final class Periods {
    static final String PARTIAL = "partial_period";
    static final String PARTIAL_LATE = "partial_period_late";
    static final String AVERAGE = "average";
    static final String UNCLEAR = "period_unclear";
    /** Spans that rule a figure out (the others only cast doubt). */
    static final Set<String> RULED_OUT = Set.of(PARTIAL, AVERAGE, "other_year", "multi_period"); // the last from a title (TitlePeriods)

    private static final Pattern HALF_OR_QUARTER = Pattern.compile(
            "上半年|下半年|前三季度|[一二三四1-4]季度|第[一二三四]季度|前[两三]个?季度|半年来"
                    // "2024年四个季度，…办结率分别为98.1%、98.9%…", "各月份…分别为": a list of the quarters or months
                    // (round 114 c) when the figure is an item of it; the year's four quarters without 分别 name the whole
                    // year, and a figure after the list ("…分别为98件、127件…；经审查依法受理476件", r168) is not the list's
                    + "|(?:(?:[四4]个|各个?|每个)季度|各(?:个)?月份?)(?=[^。；;]{0,40}分别(?:为|是|达到?)?\\s*"
                    + "(?:[\\d.]+\\s*(?:%|件|个|万件|人次|次)?\\s*[、和及与]\\s*)*$)"
                    // "今年前10个月", "前八个月": the first months of the year
                    + "|[前头](?:[两二三四五六七八九十]|十一|\\d{1,2})个月"
                    // "专项行动开展三个月来", "近两个多月以来", "近一个月", "近半年": a span of months
                    + "|(?:[两二三四五六七八九十]|十一|\\d{1,2})个多?月(?:来|以来|间)"
                    + "|近(?:[一两二三四五六七八九十]|十一|\\d{1,2})个多?月|近半年"
                    // "本季度，热线受理…", "当季": the quarter written about; "年中，…", "截至年中": the middle of the year;
                    // "当月，", "本月，" opening a clause: the month written about
                    // (only before a comma or 以来, never "2023年中央…", and not "全年中", "一年中", "近年中",
                    // "青少年中"; "年中盘点", "年中考核显示": a mid-year review's figures);
                    // "上旬，" opening a clause: ten days of a month
                    + "|本季度?(?!节)|当季度?|(?<![全一两二三四五六七八九十当本今每去上前明次近多历往青少老成幼童])年中(?=[，,、]|以来|(?:盘点|考核|督查|检查|评估|统计))"
                    + "|(?:^|(?<=[，,；;。：:\\s]))(?:[上中下]旬|当月|本月)(?=[，,])"
                    // "年初网办率一度不足90%": a level at the year's start (round 76 c), not "年初以来"
                    + "|年初(?=[^，,；;。\\d]{0,12}(?:率|一度))"
                    // "改革前，县政府各部门共收到…": the part of the year before a reform (round 50)
                    + "|改革(?:之|以)?前(?=[，,])");
    private static final Pattern MONTH_RANGE = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})(?:月份?)?\\s*(?:[-—–~]|至|到)\\s*(\\d{1,2})月(?!\\d{0,2}日)");
    private static final Pattern UP_TO = Pattern.compile(
            "(?:截至|截止|截止到|截至到|到|至)\\s*(?:(\\d{4})年)?\\s*(\\d{1,2})月");
    /**
     * "对截至2024年6月底现行有效的142件…文件逐件审核，废止11件": the date says which documents were in force, the stock a
     * clean-up went through, not the period of the count (round 63); also after the issuers ("对截至2023年12月31日区政府及区
     * 政府办公室印发的现行有效…文件进行全面清理", round 67, r187 read).
     */
    static final Pattern STOCK_DATED = Pattern.compile(
            "^(?:\\d{1,2}日)?(?:底|末|份)?[^，,；;。\\d]{0,16}?(?:现行有效|仍然有效|有效|印发|制发|出台|发布)的"
                    // "对截至2023年底的现行有效规范性文件开展全面清理" (round 70, r194 read)
                    + "|^(?:\\d{1,2}日)?(?:底|末|份)?的(?:现行有效|仍然有效|继续有效)");
    /** "9月受理工单677件", "2018年9月", "5月份", "5月以来": one month, or since a month. */
    private static final Pattern MONTH_ONLY = Pattern.compile(
            "(?<![\\d至到~\\-—–])(\\d{1,2})月(?!\\d{0,2}日|底|末|份?\\s*(?:[-—–~]|至|到))");
    /** "2015年5月至当年底": from a month on, not the whole year. */
    private static final Pattern FROM_MONTH = Pattern.compile("(?<!\\d)([2-9]|1[0-2])月份?(?:\\d{1,2}日)?\\s*(?:[-—–~]|至|到)");
    private static final Pattern AVERAGES = Pattern.compile(
            "每年|年均|年平均|每季度?|季均|每旬|旬均|每月|月均|日均|平均每|每天|每日|每周|周均|平均(?:每)?[月天日周]"
                    // "逐月工单办结率均保持在99.8%以上": every month's level, as 每月 (round 84 c)
                    + "|逐月|月月|(?<!\\d)各月(?!份)"
                    // "高峰日办件量突破3100件", "单日最高受理…": one day's count, a day's figure as 日均 is (round 71 c)
                    + "|高峰日|单日|日最高|最高日"
                    // per head: "每万人调解纠纷45件" is no count of the jurisdiction's
                    + "|每[十百千万]+人|人均|户均"
                    // "各乡镇平均调处矛盾纠纷186件", "各司法所平均受理…": an average per town or office, written before
                    // the verb without 每 (a comparison with an average level names no figure of its own)
                    + "|平均(?!水平|值)"
                    // "高峰期单日办件超过5000件": one day's (or month's) peak, no count of the year (round 53)
                    + "|单日|单月|单周|高峰期|峰值");
    /**
     * "国庆期间", "专项行动中", "活动开展以来", "自开展专项行动以来", "平台上线以来": the time of one campaign or holiday, a part of the year or, for a
     * campaign launched years ago, more than one; the words alone do not say which.
     */
    private static final Pattern EVENT_SPAN = Pattern.compile(
            "(?<![\\d年度五])期间|(?:活动|行动|攻坚战?|整治|会战|大走访|大排查)(?:中|期间)|(?:开展|启动|实施|施行|运行)以来"
                    // "自开展“枫桥式”专项行动以来": the verb before the campaign's name; "中心挂牌以来": a body's own time
                    + "|自(?:开展|启动|实施|施行|推行|部署)[^，,；;。]{1,24}以来|(?:上线|投用|投入使用|挂牌|组建|设立)以来"
                    // "自《行政复议法》修订以来", "自机构改革以来": since an event the words do not date
                    + "|自[^，,；;。\\d年月]{2,24}(?:修订|修改|施行|实施|颁布|出台|改革|成立|组建|挂牌|上线|运行|设立)以来"
                    // "行政复议体制改革以来，…": a reform's time without 自; the words alone do not date it (round 109 a)
                    + "|(?:体制|机构|管理)改革以来"
                    // "开展“百日攻坚”行动，化解矛盾纠纷860件": a clause naming the campaign, then its results (d-0267; an 活动 such as 开展案卷评查活动 is often the year's regular work itself);
                    // "…，全年共化解…" after it is the year's
                    + "|开展[^，,；;。]{1,24}(?:行动|攻坚战?|会战)(?=[，,；;])"
                    // "春节前后", "国庆假期", "汛期": a holiday's or a season's days
                    + "|(?:春节|元旦|国庆|中秋|端午|清明|五一|两节|汛期)(?:前后|前夕|期间|假期)|入[春夏秋冬]以来|[春夏秋冬]{1,2}季(?:以来|期间)");
    /** "每季度，全县共调解…", "每旬，…": a mean per period as the sentence's whole first clause covers the clauses after it. */
    private static final Pattern AVERAGE_OPENING = Pattern.compile(
            "^\\s*(?:每[旬月季周天日]度?|平均每[旬月季周天日]度?|[旬月季日周]均)[，,]");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;：:]");
    private static final Pattern WHOLE_YEAR = Pattern.compile("全年|年度|今年以来|\\d{4}年(?!\\d{1,2}月)");
    static final Pattern EXPLICIT_YEAR = Pattern.compile("(\\d{4})年(?:度)?|全年|年底|年末|一年来|年内");
    private static final Pattern WHOLE_YEAR_WRITTEN = Pattern.compile("\\d{4}年度|全年|年底|年末|一年来|年内");
    private static final Pattern UNTIL_NOW = Pattern.compile("今年以来|截至目前|截止目前|目前|至今|迄今|近期|日前");

    /**
     * Months or a half that date a review's campaign: "于11月至12月开展全县行政执法案卷集中评查", "下半年，…组织开展全市行政执法
     * 案卷集中评查" — when the year's review was held, not a part of the year it counted.
     */
    private static final Pattern REVIEW_HELD_IN_MONTHS = Pattern.compile(
            "(?:于|在)?\\d{1,2}月(?:份)?(?:[-—–~]|至|到)\\d{1,2}月(?:份|间|期间)?[，,]?(?:集中)?(?:开展|组织|进行)[^，,；;。\\d]{0,20}(?:评查|抽查)"
                    // "下半年，市司法局…组织开展全市行政执法案卷集中评查，…调取…案卷1,126卷逐卷评查" (r226)
                    + "|[上下]半年[，,]?[^。；;\\d]{0,30}?(?:组织|开展)[^，,；;。\\d]{0,24}集中(?:评查|抽查)");

    private Periods() {
    }

    /** The words date the campaign a review of case files was held in (see {@link #REVIEW_HELD_IN_MONTHS}). */
    static boolean datesAReviewsCampaign(String words) {
        return REVIEW_HELD_IN_MONTHS.matcher(words).find();
    }

    /** "上半年…第一轮集中评查…318卷；下半年…第二轮交叉评查…324卷": the year's reviews held in rounds, each a part of the year's. */
    private static final Pattern REVIEWS_IN_ROUNDS = Pattern.compile(
            "上半年[^。]*下半年|第[一二两三四1-4]轮[^。]*第[二三四五2-5]轮|分[两二三四]轮");

    static boolean reviewsInRounds(String sentence) {
        return REVIEWS_IN_ROUNDS.matcher(sentence).find();
    }

    /**
     * The kind of span the words before a figure, or the heading above its sentence ("（一）上半年工作情况"), give
     * it; null when nothing limits it to part of the year. A sentence that writes a whole year itself is not
     * overruled by its heading.
     *
     * @param heading the heading that covers the sentence, "" if none
     */
    static String span(String beforeInSentence, String heading, Integer reportYear) {
        String own = span(beforeInSentence, reportYear);
        if (own != null || heading.isEmpty() || WHOLE_YEAR_WRITTEN.matcher(beforeInSentence).find()
                || UNTIL_NOW.matcher(beforeInSentence).find()) {
            return own;
        }
        String headings = span(heading, reportYear);
        // "（二）上半年行政应诉工作开展情况" over "2024年，全区新增行政诉讼案件61件": a bare year may name whose half the
        // heading means or the whole year; readers differ (round 73 b's labelled it the half, PeriodsAndStatementsTest the
        // year), so neither wins — a suggestion. 全年, 2024年度 and 年底 name the whole year.
        return headings != null && EXPLICIT_YEAR.matcher(beforeInSentence).find() ? UNCLEAR : headings;
    }

    /** "86件（截至11月20日）", "126件(1-10月)": a period in brackets right after the figure (and its unit). */
    private static final Pattern BRACKETS_AFTER = Pattern.compile("^[^，,；;。（(]{0,3}[（(]([^）)]{1,24})[）)]");
    /** The bracket gives a figure of its own ("（上半年42件）"): a part beside the figure, not the figure's period. */
    static final Pattern FIGURE_IN_BRACKETS = Pattern.compile("\\d\\s*(件|起|宗|个|人|次|%|万)");

    /** "11.6%（2022年数据）", "（为2022年度数据）": the bracket names the one year the figure is of. */
    private static final Pattern YEAR_OF_THE_DATA = Pattern.compile("^(?:为|系|是)?(\\d{4})年度?的?(?:数据|数字|统计数|统计数据)$");

    /**
     * The kind of span a bracket right after the figure gives it ("86件（截至11月20日）"), or "other_year" when it names
     * another single year as the data's ("（2022年数据）"), or null.
     */
    static String inBracketsAfter(String afterFigure, Integer reportYear) {
        Matcher m = BRACKETS_AFTER.matcher(afterFigure);
        if (!m.find() || FIGURE_IN_BRACKETS.matcher(m.group(1)).find()) {
            return null;
        }
        Matcher year = YEAR_OF_THE_DATA.matcher(m.group(1).strip());
        if (year.find() && reportYear != null && Integer.parseInt(year.group(1)) != reportYear) {
            return "other_year";
        }
        return span(m.group(1), reportYear);
    }

    /**
     * "每年" in an earlier clause that gives a figure of its own ("每年调解矛盾纠纷5000余件"): a claim for every year, not
     * a practice kept up ("坚持每年开展案卷评查", "每年组织2次评查"); a year written after it ("…，2023年…") dates what follows.
     */
    private static final Pattern EVERY_YEAR = Pattern.compile("每年[^，,；;。\\d]*[\\d.]+万?[余多]?(?:件|起|宗|卷|份|%)[^，,；;。]*");
    private static final Pattern A_YEAR_AFTER = Pattern.compile("\\d{4}年|全年|今年|本年|年内|当年");

    /**
     * "全县每年调解矛盾纠纷5000余件，调解成功率保持在98%以上": a sentence that gives a figure of every year makes a
     * generic claim of each figure after it, the rate in a later clause too, unless a year is written after it.
     */
    private static boolean everyYearBefore(String beforeInSentence) {
        Matcher m = EVERY_YEAR.matcher(beforeInSentence);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end >= 0 && !A_YEAR_AFTER.matcher(beforeInSentence.substring(end)).find();
    }

    /** "其中上半年46件、下半年55件，": the year's whole split into its halves after 其中. */
    private static final Pattern HALVES_SPLIT = Pattern.compile(
            "其中[，,]?\\s*上半年[^，,；;。\\d]{0,12}\\d[\\d.,]*万?[件起宗卷]?[、，,]\\s*下半年[^，,；;。\\d]{0,12}\\d[\\d.,]*万?[件起宗卷]?[，,；;]");

    /**
     * The words without a split of the whole into its two halves that a figure comes after: "全年审结…101件，其中上半年
     * 46件、下半年55件，行政机关败诉7件" — the figures after the split go back to the whole year (round 71).
     */
    private static String withoutTheHalvesSplit(String words) {
        Matcher split = HALVES_SPLIT.matcher(words);
        return split.find() ? words.substring(0, split.start()) + words.substring(split.end()) : words;
    }

    /** The kind of span the words before a figure give it, or null when nothing limits it to part of the year. */
    static String span(String beforeInSentence, Integer reportYear) {
        beforeInSentence = withoutTheHalvesSplit(MonthsAsWritten.asDigits(beforeInSentence));
        String clause = lastClause(beforeInSentence);
        if (AVERAGES.matcher(clause).find() || everyYearBefore(beforeInSentence)
                || AVERAGE_OPENING.matcher(beforeInSentence).find()) {
            return AVERAGE;
        }
        String partial = null;
        int partialAt = -1;
        Matcher m = HALF_OR_QUARTER.matcher(beforeInSentence);
        while (m.find()) {
            partial = PARTIAL;
            partialAt = m.start();
        }
        int rangeEnd = -1;
        m = MONTH_RANGE.matcher(beforeInSentence);
        while (m.find()) {
            rangeEnd = m.end();
            if (m.start() > partialAt) {
                // "4月至12月" starts after January: part of the year however late it ends.
                partial = Integer.parseInt(m.group(1)) > 1 ? PARTIAL : byLastMonth(Integer.parseInt(m.group(2)));
                partialAt = m.start();
            }
        }
        m = UP_TO.matcher(beforeInSentence);
        int upToEnd = -1;
        while (m.find()) {
            // the "至12月" of "4月至12月" ends the range judged above
            if (m.start() > partialAt && m.end() != rangeEnd && !STOCK_DATED.matcher(beforeInSentence.substring(m.end())).find()) {
                upToEnd = m.end();
                Integer year = m.group(1) == null ? null : Integer.parseInt(m.group(1));
                if (year != null && reportYear != null && year > reportYear) {
                    partial = UNCLEAR;
                } else if (year != null && reportYear != null && year < reportYear) {
                    partial = "other_year";
                } else {
                    partial = byLastMonth(Integer.parseInt(m.group(2)));
                }
                partialAt = m.start();
            }
        }
        m = MONTH_ONLY.matcher(beforeInSentence);
        while (m.find()) {
            // "12月份，全县受理…" is one month like any other; "1月至12月" and "截至12月" are judged above
            if (m.start() > partialAt && Integer.parseInt(m.group(1)) <= 12 && !isUpTo(beforeInSentence, m.start())) {
                partial = PARTIAL;
                partialAt = m.start();
            }
        }
        m = FROM_MONTH.matcher(beforeInSentence);
        while (m.find()) {
            if (m.start() > partialAt) {
                partial = PARTIAL;
                partialAt = m.start();
            }
        }
        if (partial == null) {
            m = EVENT_SPAN.matcher(beforeInSentence);
            while (m.find()) {
                if (sinceTheYearsFirstDay(beforeInSentence.substring(0, m.end()), reportYear)) {
                    continue;
                }
                partial = UNCLEAR;
                partialAt = m.start();
            }
        }
        if (partial != null) {
            // "上半年…，全年共调解…": a later whole-year phrase wins.
            Matcher whole = WHOLE_YEAR.matcher(beforeInSentence);
            while (whole.find()) {
                if (whole.start() > partialAt && !beforeInSentence.startsWith("年", Math.max(0, whole.start() - 1))
                        // "上半年，…对…2023年度行政处罚案卷进行评查": another year names what was worked on, not a whole year
                        && !anotherYear(whole.group(), reportYear)
                        && !LAST_YEAR_BEFORE.matcher(beforeInSentence.substring(0, whole.start())).find()
                        && !listedWithThePart(beforeInSentence.substring(partialAt, whole.start()))
                        && !dateOfTheData(beforeInSentence, upToEnd, partialAt, whole.start())
                        && !MONTHS_OPENING.matcher(beforeInSentence.substring(partialAt, whole.start())).matches()) {
                    return null;
                }
            }
        }
        return partial;
    }

    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("(\\d{4})年");
    /** "上一年度", "上年度", "去年度": the 年度 of the year before, no whole year of the report's. */
    private static final Pattern LAST_YEAR_BEFORE = Pattern.compile("(?:上一?|去|前)$");

    private static boolean anotherYear(String words, Integer reportYear) {
        Matcher y = FOUR_DIGIT_YEAR.matcher(words);
        return reportYear != null && y.find() && Integer.parseInt(y.group(1)) != reportYear;
    }

    /**
     * "2024年1月1日新修订的行政复议法施行以来" in a report of 2024: an event dated the reporting year's first day, so the
     * span since it is the year (round 57).
     */
    private static boolean sinceTheYearsFirstDay(String wordsToTheEvent, Integer reportYear) {
        if (reportYear == null) {
            return false;
        }
        int date = wordsToTheEvent.lastIndexOf(reportYear + "年1月1日");
        return date >= 0 && CLAUSE_BREAK.matcher(wordsToTheEvent.substring(date)).results().findAny().isEmpty()
                && wordsToTheEvent.length() - date <= 40;
    }

    /**
     * Outside a report a figure's year must be written: "今年以来", "截至目前" or no year at all may mean another
     * year than the page's.
     */
    static boolean unclearOutsideReport(String beforeInSentence, String heading, Integer reportYear) {
        if (UNTIL_NOW.matcher(afterTheNewsDate(beforeInSentence, reportYear)).find()) {
            return true;
        }
        // "2015年以来" on a page of 2015 is "今年以来" written with the year: the year so far, as of the page's date.
        if (reportYear != null && beforeInSentence.contains(reportYear + "年以来")) {
            return true;
        }
        return !namesYear(beforeInSentence, reportYear) && !namesYear(heading, reportYear);
    }

    /**
     * Any word of a period: a year, a month, a quarter, a span, a count over years, the day of writing, a time
     * before or after the year's (此前, 改革前, 此后, 届时), the same period of another year (同期), days past (过去, 往年).
     */
    private static final Pattern ANY_PERIOD_WORD = Pattern.compile(
            "年|月|季|以来|累计|目前|至今|迄今|近期|日前|截至|截止|期间|[十五]五|每|均|前|此后|之后|届时|同期|当期|过去|往|历");
    /** The page's year said as the paragraph's period: "2023年，", "全年共…" — nothing else of a period. */
    private static final Pattern YEAR_ONLY = Pattern.compile("(\\d{4})年(?:度)?|全年");

    /**
     * Loose text says the year once for a paragraph: "会议指出，2023年，全县…办理法律援助案件968件。全县行政复议收案312件，
     * 审结298件。" — a sentence that writes no period word at all goes on in the page's year when the sentence before it
     * in the same paragraph writes that year (or 全年) and no other period (no other year, month, part of a year,
     * span, 去年/今年, day of writing). One sentence back only; a sentence with a period of its own is read by its own.
     */
    static boolean yearGoesOn(String periodWords, String sentenceBefore, Integer reportYear) {
        if (reportYear == null || sentenceBefore == null || sentenceBefore.isEmpty()
                || ANY_PERIOD_WORD.matcher(periodWords).find()) {
            return false;
        }
        Matcher y = YEAR_ONLY.matcher(sentenceBefore);
        StringBuilder rest = new StringBuilder();
        int from = 0;
        boolean found = false;
        while (y.find()) {
            if (y.group(1) != null && Integer.parseInt(y.group(1)) != reportYear) {
                return false;
            }
            found = true;
            rest.append(sentenceBefore, from, y.start());
            from = y.end();
        }
        rest.append(sentenceBefore.substring(from));
        return found && !ANY_PERIOD_WORD.matcher(rest).find();
    }

    /**
     * "记者日前从县司法局获悉，2023年全县…", "县司法局近期公布，2023年…": 日前 and 近期 date the news (when it was
     * told), not the figure, where a later clause writes the page's year; the words from that clause on are the
     * figure's. Not "12月31日前" (a date's 日 before 前).
     */
    private static final Pattern NEWS_DATE = Pattern.compile("(?<![\\d号])日前|近期");
    private static final Pattern PAGE_YEAR_OPENS = Pattern.compile("[，,；;：:]\\s*(?:在|于)?(\\d{4})年度?(?!以来|来|至|到|\\s*[-—–~]|\\d{1,2}月|前)");

    static String afterTheNewsDate(String words, Integer reportYear) {
        Matcher d = NEWS_DATE.matcher(words);
        int end = -1;
        while (d.find()) {
            end = d.end();
        }
        if (end < 0 || reportYear == null) {
            return words;
        }
        Matcher y = PAGE_YEAR_OPENS.matcher(words);
        while (y.find()) {
            if (y.start() >= end && Integer.parseInt(y.group(1)) == reportYear) {
                return words.substring(y.start());
            }
        }
        return words;
    }

    /** Counted from the day of writing: "今年以来", "今年" opening a clause, "截至目前", "至今", "目前"; not "本年度". */
    private static final Pattern FROM_THE_DAY_OF_WRITING = Pattern.compile(
            "今年以来|(?:^|[，,；;：:])\\s*今年|截至目前|截止目前|目前|至今|迄今");
    /** The words write the year itself after the words counted from the day of writing ("截至目前，2023年全县…"). */
    private static final Pattern YEAR_ITSELF = Pattern.compile("全年|本年度?|年内|一年来");

    /**
     * The words count the figure from the day the report was written ("今年以来", "截至目前") and do not write the
     * reporting year (or 全年, 本年度) after that: in a report signed the year after, the next year so far or up to
     * the day of writing, not the reporting year alone.
     */
    static boolean countedFromTheDayOfWriting(String words, Integer reportYear) {
        Matcher m = FROM_THE_DAY_OF_WRITING.matcher(words);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        if (end < 0) {
            return false;
        }
        String after = words.substring(end);
        return !YEAR_ITSELF.matcher(after).find() && !FigurePeriod.namesYear(after, reportYear);
    }

    /** "今年以来", "截至目前", "至今" and the like are written in the words. */
    static boolean untilNow(String words) {
        return UNTIL_NOW.matcher(words).find();
    }

    private static boolean namesYear(String words, Integer reportYear) {
        Matcher m = EXPLICIT_YEAR.matcher(words);
        while (m.find()) {
            if (m.group(1) == null || reportYear == null || Integer.parseInt(m.group(1)) == reportYear) {
                return true;
            }
        }
        return false;
    }

    /**
     * "截至11月30日，全年共受理…", "截至11月30日，市司法局今年以来共收到…": a 截至 date the clause right after it counts
     * the year up to (it gives the data's date, not a period beside the year's), unless that clause writes a year of its
     * own ("截至6月底…；2023年共…").
     */
    private static boolean dateOfTheData(String words, int upToEnd, int partialAt, int wholeAt) {
        if (upToEnd < 0 || partialAt >= upToEnd
                || !(words.startsWith("全年", wholeAt) || words.startsWith("今年以来", wholeAt))) {
            return false;
        }
        String between = words.substring(upToEnd, wholeAt);
        return CLAUSE_BREAK.matcher(between).results().count() <= 1 && between.indexOf('；') < 0 && between.indexOf(';') < 0;
    }

    /**
     * "1—11月，全年共收到…", "前三季度，全年…": months alone opening the sentence before 全年 date the data (a report
     * written before the year ended), as a 截至 date does; they are no period beside the year's.
     */
    private static final Pattern MONTHS_OPENING = Pattern.compile(
            "(?:今年)?[\\d一二三四五六七八九十]{1,2}\\s*[-—–~至到]\\s*[\\d一二三四五六七八九十]{1,2}月(?:份)?[，,]\\s*"
                    + "|前[一二三]季度[，,]\\s*");

    /** The part of the year and the whole year are two names of one list: "上半年、全年分别调解…". */
    private static final Pattern LISTED_WITH_THE_PART = Pattern.compile("^[^，,；;。：:\\d]{2,8}[、和与及]$");

    /**
     * "上半年、全年分别调解矛盾纠纷2410件、5230件": a whole year listed right after the part names the list's second
     * period, not the period of every figure after it; the first figure stays the part's.
     */
    private static boolean listedWithThePart(String fromThePart) {
        return LISTED_WITH_THE_PART.matcher(fromThePart).matches();
    }


    /** The month is the end of a "截至…月" phrase, judged there. */
    private static boolean isUpTo(String words, int monthStart) {
        Matcher m = UP_TO.matcher(words);
        while (m.find()) {
            if (m.end() > monthStart && m.start() <= monthStart) {
                return true;
            }
        }
        return false;
    }

    private static String byLastMonth(int month) {
        if (month >= 12) {
            return null;
        }
        return month >= 10 ? PARTIAL_LATE : PARTIAL;
    }

    private static String lastClause(String before) {
        Matcher m = CLAUSE_BREAK.matcher(before);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return before.substring(start);
    }
}
