package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import cn.fazhi.workbench.model.Qualifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges a figure once {@link IndicatorMatcher} has tied it to an indicator: what kind of statement it is (a
 * change rather than a level, a starting value, a plan or target), its period, whose figure it is
 * ({@link Subjects}, {@link OtherBodies}) and whether it counts the whole or a part ({@link PartsOfTheWhole}).
 * Every doubt becomes a flag; {@link Verdict} turns the flags into a value, a suggestion or nothing.
 */
final class FigureJudge {
    /** The mediation's figures that go on with the disputes count before them: its success and its rate. */
    private static final Set<String> MEDIATION_OF_THE_COUNT = Set.of("mediation.succeeded", "mediation.success_rate");
    /** The sentence's words before the figure that the checks read, at most. */
    static final int MAX_JUDGED_WORDS = 240;
    /** A sentence's opening clause of the year ("全年，", "2024年，") that may stand before the whole it opens inside. */
    private static final String A_YEARS_CLAUSE_FIRST = "^\\s*(?:(?:\\d{4}年度?|全年|今年以来|年内)[，,]\\s*)?";
    /** "…的68.52万件政务服务事项中，": the whole a sentence opens inside, counted after 的. */
    private static final String INSIDE_THE_WHOLE_COUNTED = "的\\d[\\d.,]*万?(?:件|卷|宗|起|份)[^，,；;。\\d的]{1,10}中[，,]";
    /**
     * A sentence that opens inside what the one before it counted ("在上述办件中，", "上述案件中，", "在这些案件中，") or
     * inside the whole it names first ("评查的620卷案卷中，行政处罚案卷436卷…"): what it counts after that are parts.
     */
    private static final Pattern AMONG_THE_ABOVE = Pattern.compile("^\\s*在?(?:上述|前述|以上|这些)[^，,；;。\\d]{0,10}中[，,]"
            // "…84.7万件，…；在办理总量中，由市行政审批服务局作出行政许可决定2.37万件" (r202)
            + "|(?:^|[；;])\\s*在?(?:办理|办件|受理)总量中[，,]"
            // "全年，全县各级政务服务机构办理的68.52万件政务服务事项中，…": the year's opening clause may stand first (r258)
            + "|" + A_YEARS_CLAUSE_FIRST + "[^，,；;。]{0,20}" + INSIDE_THE_WHOLE_COUNTED);
    /**
     * "全年行政诉讼败诉的5件案件中，县自然资源和规划局败诉2件": a sentence opening inside the whole of the very act its
     * figure counts (败诉 of the 5 lost) breaks that count down, also for an indicator that is a part by nature, whose
     * "上述案件中，败诉3件" is its own count (r262).
     */
    private static final Pattern OWN_ACT_FRAME = Pattern.compile(
            A_YEARS_CLAUSE_FIRST + "[^，,；;。]{0,20}?([\\u4e00-\\u9fa5]{2})" + INSIDE_THE_WHOLE_COUNTED);

    private static boolean framesItsOwnAct(String beforeInSentence, String clauseBefore) {
        Matcher frame = OWN_ACT_FRAME.matcher(beforeInSentence);
        return frame.find() && clauseBefore.contains(frame.group(1));
    }

    /**
     * "调处纠纷3260件，其中调处成功3236件": 其中 opening nothing but the success is the success of the count before, a
     * part by nature like cases heard in court ("其中婚姻家庭纠纷860件，调解成功850件" is one kind's success).
     */
    private static final Pattern SUCCESS_OF_THE_COUNT_BEFORE = Pattern.compile(
            "其中[，,]?\\s*((调解|调处|化解)成功|成功(调解|调处|化解))(的)?(矛盾纠纷|纠纷|案件)?");
    /**
     * "清理规范性文件312件，其中保留281件、修改12件、废止19件": a clean-up's outcomes follow its 其中, and the bare
     * 废止 among them is every document repealed, not one kind's ("其中部门文件废止12件" names a kind).
     */
    private static final Pattern CLEAN_UP_BEFORE_QIZHONG = Pattern.compile("清理[^；;。]*其中");
    /** "，其中废止9件", "、废止15件": the clean-up's repeals, named by the act alone (其中 may open them). */
    private static final Pattern BARE_REPEAL = Pattern.compile(
            "^[、，,]?\\s*(其中[：:，,]?)?\\s*(予以|决定)?(废止|宣布失效|宣布废止|失效)(?:[和及、或]\\s*(?:宣布)?(?:废止|失效))?"
                    // "其中决定继续有效63件，…，决定废止和宣布失效规范性文件11件" (r258)
                    + "(?:行政)?(?:规范性文件)?$");
    /** "，其中经审核后印发27件": the documents issued out of those reviewed, named by the act alone. */
    private static final Pattern ISSUED_PART = Pattern.compile(
            "^[、，,]?\\s*其中[：:，,]?\\s*(?:经审核后?|审核后)?(?:印发|出台|制发|发布)(?:实施)?$");
    /** "件，均在印发后30日内报…备案", "件，已全部报送备案": every one of them filed. */
    private static final Pattern ALL_OF_THEM_FILED = Pattern.compile(
            "^[件份个部]?[，,]?\\s*(?:均|全部|均已|已全部|全部按时|全部按规定)[^，,；;。]{0,30}(?:备案|报备)");

    /**
     * "审核41件，…，其中经审核后印发27件，均在印发后30日内报…备案": the documents issued out of those reviewed, all of
     * them filed, are the year's filings — the whole of what was filed, not a part (round 69 b).
     */
    private static boolean issuedAndAllFiled(String code, String before, String restOfSentence) {
        return "normative_docs.filed".equals(code) && ISSUED_PART.matcher(before.strip()).matches()
                && ALL_OF_THEM_FILED.matcher(restOfSentence).find();
    }

    /**
     * Government information disclosure (政府信息公开年度报告) counts only the lawsuits, reconsiderations and
     * requests about disclosure: another matter than the indicators'.
     */
    private static final Pattern OTHER_MATTER = Pattern.compile("信息公开|依申请公开|主动公开|公开信箱|公开申请");
    /**
     * "全年开展规范性文件清理，审查县政府规范性文件86件，废止9件", "对…进行全面清理，共审查文件213件": the documents a clean-up
     * went through, not the drafts reviewed for legality (round 62); a clause that names 合法性 is the review itself, and
     * a clean-up listed among other acts ("严格规范性文件审核、备案和清理，全年审核…12件") opens no clean-up; the clean-up's
     * outcomes (废止, 保留, 修改) follow the count it went through.
     */
    private static final Pattern CLEAN_UP_OPENS = Pattern.compile("(?<![、和及与])清理(?![、和及与])[^；;。]*[，,][^；;。]*$");
    private static final Pattern LEGALITY = Pattern.compile("合法性");

    /** The outcomes of a clean-up after the count: "，废止9件", "，其中保留178件、修改12件". */
    private static final Pattern CLEAN_UP_OUTCOMES = Pattern.compile(
            "^[^；;。]{0,12}[，,]\\s*(?:其中[：:，,]?)?(?:决定|予以)?(?:保留|废止|修改|修订|宣布失效|失效|继续有效)");

    private static boolean reviewOfACleanUp(String beforeInSentence, String restOfSentence) {
        String own = PartsAroundTheSentence.ownClause(beforeInSentence);
        return CLEAN_UP_OPENS.matcher(beforeInSentence).find() && !LEGALITY.matcher(own).find()
                && !own.contains("清理") && CLEAN_UP_OUTCOMES.matcher(restOfSentence).find();
    }

    /**
     * "组织开展人民调解卷宗评查，共评查卷宗360卷": the files an earlier clause names are another matter's (mediation, legal
     * aid, notaries, reconsideration…), not the enforcement files, unless the figure's own clause names those (round 62).
     */
    private static final Pattern OTHER_FILES = Pattern.compile(
            "(?:人民调解|调解|法律援助|援助|公证|仲裁|复议|应诉|诉讼|信访|司法鉴定)(?:(?!执法|处罚|许可|检查|强制)[^，,；;。\\d]){0,12}(?:卷宗|案卷)");
    /**
     * "对已结法律援助案件开展质量评估，随机抽查结案卷宗180卷": a sentence opening with another matter's cases or work names
     * whose files its clauses count (round 67, r189 read).
     */
    private static final Pattern OTHER_MATTER_OPENS = Pattern.compile(
            "\\s*(?:全年|\\d{4}年)?[，,]?\\s*(?:对|围绕|针对|聚焦)?[^，,；;。\\d]{0,6}?(?:法律援助|人民调解|公证|仲裁|信访|司法鉴定)"
                    + "(?:案件|卷宗|工作|质量|事项)");
    /** "行政检查案卷": an enforcement file; "检查结案案卷" (legal aid's files checked) names no enforcement (round 67, r187 read). */
    private static final Pattern ENFORCEMENT_FILES = Pattern.compile("执法|处罚|许可|行政检查|检查案卷|强制");

    /** A count of policy measures: "审查存量政策措施56件". */
    private static final Pattern POLICY_MEASURES_COUNTED = Pattern.compile("政策措施[^，,；;。\\d]{0,6}\\d+\\s*[件项条]");
    private static final Pattern DOCUMENTS_NAMED = Pattern.compile("规范性文件");

    /**
     * "同步开展…政策措施公平竞争审查清理，审查存量政策措施56件，废止3件": the part of the sentence (since its last semicolon)
     * counted policy measures before the figure, whose own clause names no normative document: the repeals are the
     * measures' (round 80's r214).
     */
    static boolean policyMeasuresCountedBefore(String beforeInSentence) {
        String part = PartsAroundTheSentence.afterTheLastSemicolon(beforeInSentence);
        return POLICY_MEASURES_COUNTED.matcher(part).find()
                && !DOCUMENTS_NAMED.matcher(PartsAroundTheSentence.ownClause(beforeInSentence)).find();
    }

    /**
     * The words from the jurisdiction's last mention of itself on, or all of them when it names itself nowhere; unlike
     * SeveralBodies.afterTheLastOwn, the means an opening clause names stay ("通过“诉调对接”机制，共调解…" is that link's).
     */
    private static String afterTheLastOwnMention(String beforeInSentence, Scope scope) {
        int own = OwnMentions.lastOwn(beforeInSentence, scope);
        return own > 0 ? beforeInSentence.substring(own) : beforeInSentence;
    }

    /** A table row's label that names the jurisdiction's own whole: "全市合计", "全县总计", "全区". */
    private static final Pattern OWN_WHOLE_ROW = Pattern.compile("^\\s*全([县区市旗])(?:合计|总计)?\\s*\t");

    /**
     * "附表2 …人民调解工作情况（部分乡镇）" over "城关镇…" rows and "全市合计\t4276\t4218": the row that names the
     * jurisdiction's own whole is its figure, whatever towns the caption says the other rows are (round 116 a).
     */
    static boolean wholeRowOfATable(String beforeInSentence, Scope scope) {
        Matcher row = OWN_WHOLE_ROW.matcher(beforeInSentence);
        return row.find() && row.group(1).charAt(0) == LevelWords.level(scope);
    }

    /** A clause giving the count before it as a share: "占全市收案总量的" (its percentage stripped). */
    private static final Pattern SHARE_CLAUSE = Pattern.compile("^\\s*(?:分别|均)?占");

    /** "累计": over the year, or since ever; only a written year says which. */
    private static final Pattern CUMULATIVE = Pattern.compile("累计|总计|先后|历年");
    // "2021年以来" opens a span: it names no year the 累计 could be of (round 97 b)
    private static final Pattern YEAR_NAMED = Pattern.compile("\\d{4}年(?!以来|来|至今)|全年|今年|本年|年内|当年");
    private static final Pattern STANDING_LEVEL = Pattern.compile("(?:稳定|始终保持|一直保持|常年保持|均保持)在?$");
    private static final Pattern WHOLE_JURISDICTION = Pattern.compile(
            "全[县区市旗州盟省]|全年|共计|累计|合计|总计|(?<!公)共(?:受理|办理|收到|调处|调解|化解|审结|办结|有|计)");
    /** A cue this strong names the indicator by itself (审结, 纠错率); weaker ones need the topic in the sentence. */
    private static final double STRONG_CUE = 0.95;

    private final List<Pattern> topicPatterns;
    private final OtherBodies bodies;
    private final PartsOfTheWhole parts;

    FigureJudge(List<Pattern> topicPatterns, OtherBodies bodies, PartsOfTheWhole parts) {
        this.topicPatterns = topicPatterns;
        this.bodies = bodies;
        this.parts = parts;
    }

    /**
     * @param heading        the heading above the sentence ("" if none)
     * @param headingStart   where that heading starts in {@code text} (-1 if none)
     * @param sentenceBefore the paragraph's sentence before this one ("" if none)
     * @param subjectBefore  the paragraph's last sentence before this one that names a subject, past sentences
     *                       that name none ("城关镇…。全年共调解…。办理法律援助案件68件": the town's); "" if none
     */
    Candidate assess(String text, Sentence s, NumberMention m, ClauseContext ctx, MatchedIndicator best, Scope scope,
                     String heading, int headingStart, String sentenceBefore, String subjectBefore) {
        Integer reportYear = scope.year();
        List<String> flags = new ArrayList<>();
        boolean eligible = true;
        double confidence = best.score();
        ctx = withoutWhatTheWholeTakesIn(text, s, m, ctx);
        if (WHOLE_JURISDICTION.matcher(ctx.before).find()) {
            confidence = Math.min(1.0, confidence + 0.05); // before any penalty, so it cannot undo one
        }
        CompiledIndicator compiled = best.compiled();
        Indicator ind = compiled.indicator();
        // The sentence's words before the figure, up to a bound: every check below reads them, so the work per
        // figure stays constant and extraction linear in the text (sentences of reports are far shorter).
        String beforeInSentence = OwnMentions.withTheOwnBranchOfTheLineAbove(WhatTheWholeTakesIn.masked(
                text.substring(Math.max(s.start(), m.start() - MAX_JUDGED_WORDS), m.start())), scope);
        // a sentence cut at its bound inside a figure ends before the figure does: then nothing follows it
        String restOfSentence = text.substring(m.end(), Math.max(m.end(), s.end()));

        eligible &= KindsOfStatement.aResult(flags, text, s, m, ctx, beforeInSentence, scope);
        // A heading's period ("（三）2018年以来的成效") covers every figure under it.
        boolean headingCovers = s.start() > 0 && !heading.isEmpty() && !text.startsWith(heading, s.start());
        if (eligible && headingCovers && Headings.wrappedTarget(heading) && Headings.rightUnder(text, heading, headingStart, s.start())) {
            flags.add("plan"); // "力争2024年全县\n调解矛盾纠纷7000件。": a line the layout broke, a target before the break
            eligible = false;
        }
        // A news item's dateline ("2024年1月，记者从县司法局获悉，去年…") dates the item, not the figure.
        Datelines.Dateline dateline = scope.insideReport() || m.start() - s.start() > MAX_JUDGED_WORDS
                ? null : Datelines.at(beforeInSentence);
        String periodWords = FigurePeriod.withoutClosedPartLists(Datelines.periodWords(
                ctx.periodWords(text, s, m, beforeInSentence, MAX_JUDGED_WORDS), dateline, reportYear, restOfSentence));
        String base = KindsOfStatement.baseWords(beforeInSentence, restOfSentence, scope);
        if (base != null) {
            periodWords = base; // "2025年，我县将在2024年网办率91.7%的基础上…": the base's year, not the plan's
        }
        boolean writtenTheYearAfter = Datelines.writtenTheYearAfter(dateline, reportYear);
        // "2023—2024年主要指标对比" over "项目 2023年 2024年 增减": the span names the years compared, each column its own
        boolean ownYearsColumn = TableColumns.inTheReportingYearsColumn(text, m.start(), reportYear);
        String period = FigurePeriod.of(periodWords, heading, headingCovers, scope, writtenTheYearAfter);
        if (ownYearsColumn && "other_year".equals(period)
                && FigurePeriod.of(periodWords, heading, false, scope, writtenTheYearAfter) == null) {
            // "附表2 2023年、2024年主要法治指标对比" over a row the caption still heads: the column names the figure's year (110 a)
            period = null;
        }
        period = acrossTheYearsCompared(period, ownYearsColumn);
        if ("other_year".equals(period) && TableColumns.inTheOwnPlacesColumn(text, m.start(), scope)
                && FigurePeriod.read(Objects.requireNonNullElse(TableCaptions.captionAbove(text, m.start()), ""), reportYear) == null) {
            period = null; // the own place's column: another cell's year is that cell's, the caption names none
        }
        if (period != null) {
            flags.add(period);
            eligible &= !FigurePeriod.rulesOut(period);
        }
        if (period == null && FigurePeriod.insideAComparisonWithAnEarlierYear(beforeInSentence, restOfSentence, reportYear)) {
            period = "other_year";
            flags.add(period);
            eligible = false;
        }
        if (period == null && NewsHeadlines.titleReviewsAnotherYear(scope, periodWords)) {
            period = "other_year"; // "安吉县司法局2022年工作总结" over "全年，全县共办理…" on a page of 2023
            flags.add(period);
            eligible = false;
        }
        if (period == null && headingCovers && scope.insideReport()) {
            // "一、2022年度工作情况" over "（一）行政复议" over the sentence: a period the headings above write covers it too
            period = acrossTheYearsCompared(HeadingPeriods.ofParents(text, heading, headingStart, periodWords, scope),
                    ownYearsColumn);
            if (period != null) {
                flags.add(period);
                eligible &= !FigurePeriod.rulesOut(period);
            }
        }
        if (period == null && scope.insideReport()) {
            // "附件：安吉县2022年度…主要指标" over the annex's rows: the annex's year or plan covers all of them
            period = Annexes.period(text, s.start(), periodWords, scope);
            if (period != null) {
                flags.add(period);
                eligible = false;
            }
        }
        String span = Periods.span(periodWords, headingCovers ? heading : "", reportYear);
        if (span == null && headingCovers && scope.insideReport()) {
            span = HeadingPeriods.spanOfParents(text, heading, headingStart, periodWords, reportYear);
        }
        if (span == null) {
            span = Periods.inBracketsAfter(restOfSentence, reportYear);
        }
        if (span == null && scope.insideReport()) {
            span = DataNotes.inNoteOfTheSentence(text.substring(s.start(), s.end()),
                    text.substring(s.end(), Math.min(text.length(), s.end() + 40)), reportYear);
        }
        if (span == null && period == null && scope.insideReport()) {
            // "以下为前三季度数据。全县共办理…480件。"; "关于…2023年前三季度…情况的报告" over the whole text
            span = TitlePeriods.orTheTitles(DataNotes.inNoteBefore(sentenceBefore, periodWords, reportYear), periodWords, scope);
        }
        span = acrossTheYearsCompared(span, ownYearsColumn);
        if (Periods.PARTIAL.equals(span) && "enforcement.files_reviewed".equals(ind.code())
                && Periods.datesAReviewsCampaign(periodWords) && !Periods.reviewsInRounds(beforeInSentence + restOfSentence)) {
            // "于11月至12月开展全县行政执法案卷集中评查，共评查…案卷620卷" (r248): the months the year's review was held, not
            // a part of the year it counted — perhaps the year's files, perhaps not; a person decides
            span = Periods.UNCLEAR;
        }
        if (span != null) {
            flags.add(span);
            eligible &= !Periods.RULED_OUT.contains(span);
        }
        if (period == null && span == null && ctx.yearSeries) {
            flags.add(Periods.UNCLEAR); // "2022年、2023年、2024年，全县分别受理…167件": the year's item of a series
        }
        if (period == null && span == null && WordsAroundTheFigure.continuesTheCountBefore(beforeInSentence)
                && WordsAroundTheFigure.periodOfTheSentenceBefore(sentenceBefore, scope)) {
            flags.add("period_unclear"); // "2022年，全县共受理…78件。审结75件，纠错率9%。": 2022's, as the count before
        }
        if (period == null && scope.insideReport() && scope.signedTheYearAfter()
                && Periods.countedFromTheDayOfWriting(periodWords, reportYear) && !flags.contains(Periods.UNCLEAR)) {
            // "今年以来，全县已收到行政复议申请31件" in a report of 2023 signed in March 2024: the next year so far
            flags.add(Periods.UNCLEAR);
        }
        boolean headlineStatesIt = NewsHeadlines.statesTheFigure(scope, m, beforeInSentence);
        if (!scope.insideReport() && Periods.unclearOutsideReport(periodWords, heading, reportYear)
                && !FigurePeriod.lastYearIsThePagesYear(periodWords, heading, scope, writtenTheYearAfter)
                && !headlineStatesIt && !Periods.yearGoesOn(periodWords, sentenceBefore, reportYear)) {
            flags.add("period_unclear");
        }
        if (!scope.insideReport() && !headlineStatesIt && !NewsSubjects.ownSaid(beforeInSentence, heading, scope, ind.topic())) {
            // In a report the author is the subject; in loose text the sentence must say whose figure it is.
            flags.add("subject_unclear");
        }
        // the bodies a filing, an appeal or a higher hotline's tickets go to or come from are no speakers (read once)
        String withoutRecipients = OtherBodies.withoutRecipients(beforeInSentence);
        if (Subjects.higherLevelSpeaks(withoutRecipients, scope) && !RespectiveSubjects.ownFigure(beforeInSentence, scope)
                || OwnMentions.inspectedByAnother(beforeInSentence, scope)
                || OwnShareOfAHigherWhole.wholeBeforeTheOwnShare(restOfSentence, scope)) {
            flags.add("higher_level");
            eligible = false;
        }
        // "全市和我县分别审结行政复议案件1872件、271件": the figure at this place is the subject's at the same place
        String respective = RespectiveSubjects.doubt(beforeInSentence, scope);
        if ("higher_level".equals(respective)) {
            flags.add(respective);
            eligible = false;
        } else if (respective != null) {
            flags.add(respective);
            confidence *= 0.45;
        }
        String subjectAbove = HeadingSubjects.subjectOfWhatStandsAbove(text, heading, headingStart, subjectBefore,
                beforeInSentence, scope, ind.topic());
        if (subjectAbove != null) {
            flags.add(subjectAbove);
        }
        if (OtherBodies.otherBodySpeaks(PartsOfTheWhole.withoutWhatIsLeftOut(withoutRecipients), scope, ind.topic())
                && !CourtOfTheSuits.heardTheOwnSuits(beforeInSentence, sentenceBefore, restOfSentence, ind.topic(), scope)
                || Subjects.legislatureSpeaks(beforeInSentence, scope)
                || OtherBodies.anExample(beforeInSentence, scope)
                || LevelWords.anotherLevelSpeaks(withoutRecipients, scope)
                || "reconsideration".equals(ind.topic()) && (DefendantGroups.governmentAsRespondent(beforeInSentence)
                        || DefendantGroups.higherGovernmentAsTheOrgan(beforeInSentence, scope))
                || DepartmentsDocuments.counted(ind.topic(), beforeInSentence)) {
            flags.add("other_body");
            confidence *= 0.45;
        }
        // a bare rate ("…调解纠纷320件，调解成功率100%") is the rate of the town whose count came before it
        boolean bare = ind.kind() == IndicatorKind.RATE && BareNames.bareRate(ctx.before)
                && !BareNames.afterTheHotlinesNumber(text, ctx.beforeStart);
        // "县人民调解中心受理纠纷860件，调解成功850件": a count whose clause names only its act continues the count
        // before it, and that count's words (a centre, one kind, a part) limit it as they limit that count
        String continued = ind.kind() == IndicatorKind.COUNT && ContinuingCounts.actOnly(ctx.before)
                ? ContinuingCounts.continuedCount(CountsAfterAPart.withoutSmallerCarriedOver(beforeInSentence, m.value()),
                        ctx.before) : null;
        if (bodies.subUnit(ctx.before, PartsAroundTheSentence.afterAPartsSemicolon(beforeInSentence), bare, scope)
                || continued != null && bodies.subUnit(continued, continued, false, scope)
                || bodies.turnsBackToAnother(text.substring(Math.max(0, s.start() - MAX_JUDGED_WORDS), s.start()),
                        beforeInSentence, scope)
                || bodies.toldByAnother(beforeInSentence, scope) || HeadingPlaces.opensWithAnother(bodies.names(), heading, beforeInSentence, scope)
                || SeveralBodies.eachOfSeveralBodies(beforeInSentence) || OtherBodies.oneAmongTheWholesRole(beforeInSentence)) {
            flags.add("sub_unit");
            confidence *= 0.45;
        }
        CaptionLists.Row listRow = CaptionLists.rowOf(text, m.start());
        if (listRow != null && !CaptionLists.ownRow(listRow, scope) && !flags.contains("sub_unit")) {
            // "宜城市 98.87%", "弥阳街道1216件", "乡镇（街道）小计4318件" in a list under a caption: another row's (round 71)
            flags.add("sub_unit");
            confidence *= 0.45;
        }
        // "…6927件，其中…662件，调解成功6903件": the act goes back to the whole before the parts
        boolean continuesTheWhole = continued != null && CountsAfterAPart.continuesTheWholeBeforeItsParts(beforeInSentence, m.value());
        String wordsOfTheWhole = continuesTheWhole ? CountsAfterAPart.beforeTheParts(beforeInSentence) : beforeInSentence;
        // "全年排查矛盾纠纷隐患…，其中纳入人民调解程序调处…", "…等渠道化解…，综合化解率…；其中人民调解组织调处…": after a
        // wider measure's 其中 stands the indicator's own whole; its bare rate is that whole's too (round 72 b)
        boolean ownWholeAfterQiZhong = WiderMeasureBeforeQiZhong.indicatorsWholeAfter(ind.topic(), beforeInSentence);
        if (ctx.startsWithQiZhong && !continuesTheWhole && !OwnShareOfAHigherWhole.named(beforeInSentence, scope)
                && !OneMatterOfTwo.named(ind.topic(), beforeInSentence, ctx.before)
                && !ownWholeAfterQiZhong && !FigurePeriod.theReportingYearOfASpan(beforeInSentence, reportYear)
                && !("online_service.rate".equals(ind.code())
                        && ONLINE_PART_OF_ITS_RATE.matcher(afterTheLastQiZhong(beforeInSentence)).find())) {
            confidence *= 0.85;
            // A count after 其中 is a part, not the jurisdiction's whole figure, unless the indicator is itself
            // a part (cases heard in open court, out of all cases): at most a suggestion.
            flags.add(parts.partByNature(ind) || SUCCESS_OF_THE_COUNT_BEFORE.matcher(ctx.before.strip()).matches()
                    || BARE_REPEAL.matcher(ctx.before.strip()).matches()
                    && CLEAN_UP_BEFORE_QIZHONG.matcher(beforeInSentence).find()
                    || "normative_docs.reviewed".equals(ind.code()) && ListedVerb.normativeAmongReviewed(beforeInSentence)
                    || issuedAndAllFiled(ind.code(), ctx.before, restOfSentence)
                    ? aPartsVolumeBeforeItsRate(ind, afterTheLastQiZhong(beforeInSentence), scope) ? "part_of_total" : "after_qizhong"
                    : "part_of_total");
        }
        if (ind.kind() == IndicatorKind.COUNT && !ctx.startsWithQiZhong
                && (!parts.partByNature(ind) || framesItsOwnAct(beforeInSentence, ctx.before))
                && AMONG_THE_ABOVE.matcher(beforeInSentence).find()) {
            // "在上述办件中，各部门作出行政许可决定3.26万件": a sentence that opens inside the total the one before it
            // counted breaks that total down, as 其中 does (round 71)
            confidence *= 0.85;
            flags.add("part_of_total");
        }
        // "推进…“警调、诉调、访调”对接，全年全县各级人民调解组织共…调解…6214件": the links an opening clause pushes on are
        // not the channel of the whole's count after it (round 81, r216)
        if ("mediation".equals(ind.topic()) && (Channels.mediationChannel(afterTheLastOwnMention(beforeInSentence, scope))
                || Channels.mediationChannel(heading) && !Subjects.wholeJurisdictionSpeaks(beforeInSentence, scope))) {
            // "（二）诉调对接" above "全年调解矛盾纠纷860件": the link the heading names, unless the sentence names the whole
            flags.add("one_channel");
        }
        // A bare rate ("，办结率100%") belongs to what the clauses before it count, except a 其中 clause's
        // parts ("其中网上信访800件，按期办结率98.5%" is the whole's); a rate that names its own subject
        // ("信访事项按期办结率") stands on its own clause.
        // A closed remark names no channel for the figures after it: "收到申请132件（含网上申请18件），受理120件".
        // "…其中通过…网上申请平台提交的127件；经审查，依法受理371件": a 其中 closed by a semicolon names no channel for
        // the counts after it (r202)
        String channelWords = Remarks.withoutClosed(ind.kind() != IndicatorKind.RATE
                ? PartsAroundTheSentence.afterAPartsSemicolon(beforeInSentence)
                : bare && ownWholeAfterQiZhong ? afterTheLastQiZhong(beforeInSentence)
                : bare ? WholeClauses.fromTheLast(WholeClauses.withoutPeopleOrBodiesCounted(PartsOfTheWhole.withoutPartLists(beforeInSentence)))
                : ctx.before);
        if ((ind.kind() == IndicatorKind.COUNT || !"licensing".equals(ind.topic())) && (Channels.oneChannelSpeaks(
                ind.kind() == IndicatorKind.RATE && !bare ? Channels.rateList(text, ctx, beforeInSentence) : channelWords, scope)
                || ind.kind() == IndicatorKind.RATE && bare && Channels.oneChannelSpeaks(Channels.listOfRates(beforeInSentence), scope))) {
            flags.add("one_channel");
        }
        if (!flags.contains("one_channel") && NamedRates.anotherChannelsSentence(ind.code(), beforeInSentence)) {
            flags.add("one_channel");
        }
        if (!"hotline".equals(ind.topic()) && !flags.contains("one_channel") && (Channels.throughHotline(channelWords, scope)
                || ind.kind() == IndicatorKind.COUNT && Channels.directBesidePassedOn(ctx.before, restOfSentence))) {
            flags.add("one_channel");
        }
        if (bare && compiled.excludedBy(NamedRates.withoutChannelsMergedIn(PartsOfTheWhole.withoutRateClauses(channelWords)))
                && !flags.contains("other_topic")
                || "normative_docs.reviewed".equals(ind.code()) && ListedVerb.totalOfAllReviewed(ctx.before, restOfSentence)
                || ind.kind() == IndicatorKind.COUNT && MattersTogether.counted(ctx.before)
                || "mediation".equals(ind.topic()) && MattersTogether.settledEveryWay(beforeInSentence) && !ownWholeAfterQiZhong) {
            // "化解信访积案35件，化解率100%": a bare rate is the rate of what the clauses before it count, and
            // the indicator's own exclusions (信访, 诉讼…) written there make it another matter's rate.
            flags.add("other_topic");
        }
        boolean pointsBack = BareNames.pointsBack(ctx.before);
        String pointedTo = ind.kind() == IndicatorKind.COUNT && pointsBack
                ? PartsAroundTheSentence.clauseBefore(ctx.before, beforeInSentence) : "";
        if (ind.kind() == IndicatorKind.RATE && pointsBack && !flags.contains("part_of_total")
                && KindsOfCases.someKinds(beforeInSentence, beforeInSentence)) {
            // "受理涉及行政执法的投诉举报工单428件，…，相关工单办结率100%": the rate of the kind counted before (r269)
            flags.add("part_of_total");
        }
        if ((!pointedTo.isEmpty() && (BareNames.aSubset(pointedTo) || KindsOfCases.namesOneKind(pointedTo)
                || parts.narrowerThanTheWhole(compiled, pointedTo))
                || ind.kind() == IndicatorKind.COUNT && OneCampaign.campaignsCount(ctx.before, beforeInSentence))
                && !flags.contains("part_of_total")) {
            // "下放我区事项126项，全年办理相关事项8600件": the count of the things the clause before names, and a part as
            // they are; "联合开展…专项排查，成功化解纠纷360件": one campaign's count
            flags.add("part_of_total");
        }
        if (compiled.nameIncomplete(beforeInSentence) && !BareNames.namedByShortHeading(compiled, heading)
                && !(NamedColumns.nameOf(text, m.start(), scope) != null && !compiled.nameIncomplete(ctx.before))
                && !(RankedRates.namedRightAfter(beforeInSentence, restOfSentence) && !compiled.nameIncomplete(ctx.before))
                && !(listRow != null && !compiled.nameIncomplete(listRow.words()))
                && !NamedRates.hotlineNamedAbove(ind.code(), heading)
                && !namedByTheTablesCaption(ind.code(), text, m.start())
                || NamedRates.anotherClauseNamesTheHeads(ind.code(), beforeInSentence, restOfSentence)
                || NamedRates.itemsAvailableOnline(ind.code(), beforeInSentence, restOfSentence)
                || "normative_docs".equals(ind.topic())
                && PartsOfTheWhole.documentsOfEveryKind(ctx.before, restOfSentence)) {
            flags.add(Competition.NAME_INCOMPLETE);
        }
        if (ind.kind() == IndicatorKind.COUNT
                && WiderMeasureBeforeQiZhong.settledEveryWayBesidePeoplesMediation(ind.topic(), beforeInSentence, restOfSentence)
                && !flags.contains("other_topic")) {
            flags.add("other_topic"); // "…受理各类矛盾纠纷9634件，…矛盾纠纷化解率98.80%；全县人民调解组织调解…"
        }
        if (LookalikeRates.besideTheCataloguesRate(ind.code(), text, s, beforeInSentence, restOfSentence, ctx.before)) {
            flags.add(LookalikeRates.FLAG); // "直接纠错率11.2%，综合纠错率33.5%": the wider measure beside the catalogue's
        }
        // "通过人民调解、行政调解…劳动仲裁、信访等渠道化解…；其中人民调解组织调处…": the channels of the wider measure
        // before 其中 name no other matter of the indicator's own whole after it (round 72 b)
        String matterWords = ownWholeAfterQiZhong ? afterTheLastQiZhong(beforeInSentence) : wordsOfTheWhole;
        if (compiled.otherTopicIn(MatterNames.ownMatterClause(matterWords,
                compiled.topic() < 0 ? null : topicPatterns.get(compiled.topic()), scope))
                || compiled.otherTopicIn(heading)
                && !MattersOfAHeading.bothNamedAndTheSentenceSaysWhich(ind.topic(), heading, beforeInSentence)
                || NamedRates.petitionsRateUnderAHotlineHeading(ind.code(), heading, beforeInSentence)
                || NamedRates.petitionsResolvedRate(ind.code(), beforeInSentence)
                || NamedRates.anotherChannelsRateAfterASemicolon(ind.code(), beforeInSentence)) {
            flags.add("other_topic");
        }
        if (best.topicDistance() >= MatchedIndicator.PREVIOUS_SENTENCE && best.score() < STRONG_CUE
                && !(compiled.topic() >= 0 && topicPatterns.get(compiled.topic()).matcher(heading).find())
                || best.topicDistance() == MatchedIndicator.TITLE_ONLY
                || best.topicDistance() == MatchedIndicator.NAMED_NOWHERE) {
            // A weak cue ("办理业务") in a sentence that never names what the figure counts: too little evidence.
            flags.add("topic_elsewhere");
        }
        if (best.topicDistance() == MatchedIndicator.LATER_IN_SENTENCE
                // "（七）发挥行政复议…" above "对收到的236件申请，经审查依法受理214件，…其他复议机关…": the heading names the
                // matter the later words only repeat (r262)
                && !(compiled.topic() >= 0 && topicPatterns.get(compiled.topic()).matcher(heading).find())) {
            flags.add(Verdict.TOPIC_AFTER);
        }
        String titleDoubt = scope.authors().doubt(ind.topic());
        if (Authors.OTHER_AUTHOR.equals(titleDoubt) && Subjects.wholeJurisdictionSpeaks(beforeInSentence, scope)) {
            // a department's report quoting the county's whole ("全县共评查案卷1260卷"): the county's own figure
            titleDoubt = null;
        }
        if (titleDoubt != null && !flags.contains(titleDoubt)) {
            flags.add(titleDoubt);
        }
        // "…受理148件，其中…政府信息公开类12件；审结139件": a kind in a 其中 list a semicolon closes names no other matter
        // of the clauses after it (r272)
        if (OTHER_MATTER.matcher(PartsAroundTheSentence.afterAPartsSemicolon(beforeInSentence)).find()
                || OTHER_MATTER.matcher(heading).find()
                || "normative_docs".equals(ind.topic()) && policyMeasuresCountedBefore(beforeInSentence)
                || "normative_docs.reviewed".equals(ind.code()) && reviewOfACleanUp(beforeInSentence, restOfSentence)
                || "enforcement.files_reviewed".equals(ind.code())
                        && (OTHER_FILES.matcher(beforeInSentence).find() || OTHER_MATTER_OPENS.matcher(beforeInSentence).lookingAt())
                        && !ENFORCEMENT_FILES.matcher(PartsAroundTheSentence.ownClause(beforeInSentence)).find()) {
            flags.add("other_topic");
        }
        // "…案件173件（其中以区政府为被告的41件、以…管委会为被告的12件），审结158件": a body inside a closed remark is no
        // subject of the figures after it (r181)
        // — nor is the body a document is filed with ("报送德州市人民政府和禹城市人民代表大会常务委员会备案", r245)
        String bodyWords = NewsSubjects.fromOwnBodyOpeningThePart(
                OtherBodies.withoutRecipients(Remarks.withoutCountingRemarks(beforeInSentence)), scope, ind.topic());
        if ((Subjects.otherBodyNamed(bodyWords, scope, ind.topic())
                || Subjects.oneDepartmentsSystem(bodyWords, scope, ind.topic()))
                && !NewsSubjects.ownJusticeBureauSpeaks(beforeInSentence, scope, ind.topic())) {
            flags.add("subject_other_body");
        }
        if ((OtherBodies.oneDepartmentOrCentre(bodyWords, scope, ind.topic()) || OtherBodies.namedStationSpeaks(ctx.before)
                || bare && OtherBodies.namedStationSpeaks(channelWords) || OtherBodies.stationOpensTheSentence(beforeInSentence))
                && !NewsSubjects.ownJusticeBureauSpeaks(beforeInSentence, scope, ind.topic())) {
            flags.add("other_body");
        }
        Pattern ownTopic = compiled.topic() >= 0 ? topicPatterns.get(compiled.topic()) : null;
        // the noun right after a count is read too: "全年共受理56件涉企行政复议申请"
        String nounAfter = ind.kind() == IndicatorKind.RATE ? "" : PartsOfTheWhole.countedNoun(ctx.after);
        // "开展涉罚款事项等专项清理，对现行有效的142件…逐件审核，宣布废止9件": the themes of a clean-up of every document in
        // force limit none of its repeals, so only the count's own clause names its kind (round 63)
        String kindsWords = !continuesTheWhole && "normative_docs.repealed".equals(ind.code())
                && PartsOfTheWhole.everyDocumentCleanedUp(beforeInSentence) ? ctx.before : wordsOfTheWhole;
        if (KindsOfCases.someKinds(KindsOfCases.withoutOwnKind(ctx.before, ownTopic),
                KindsOfCases.withoutOwnKind(CountsAfterAPart.withoutClosedPartLists(Remarks.withoutClosed(kindsWords),
                        m.isPercent() ? null : m.value()), ownTopic))
                || continued != null && KindsOfCases.someKinds(ContinuingCounts.withTheCountOfItsShare(beforeInSentence, continued), "")
                || KindsOfCases.headsInOneKindsCases(ind.code(), ctx.before, beforeInSentence)
                || bare && KindsOfCases.countBeforeQualified(PartsOfTheWhole.withoutPartLists(beforeInSentence))
                || !nounAfter.isEmpty() && KindsOfCases.someKinds(nounAfter, nounAfter)
                || PartsOfTheWhole.leavesAPartOut(ctx.before) || PartsOfTheWhole.leavesAPartOutAfter(restOfSentence)
                || ind.kind() == IndicatorKind.COUNT && KindsOfCases.oneFieldsCampaignOpens(beforeInSentence)
                || MEDIATION_OF_THE_COUNT.contains(ind.code()) && KindsOfCases.afterAnOpeningCountOfSomeKinds(beforeInSentence)
                // lawsuits and reconsideration keep their own reading of new and carried-over cases (WholeReportPartsTest)
                || ind.kind() == IndicatorKind.COUNT && !"litigation".equals(ind.topic())
                        && !"reconsideration".equals(ind.topic()) && ListedParts.totalWrittenAfter(restOfSentence)
                || ind.kind() == IndicatorKind.RATE && UnitsBeforeTheRate.unitsCountedBeforeTheRate(beforeInSentence)
                // "涉及民生领域的12345热线诉求按时办结率": the hotline's number cuts the rate's words short
                || NamedRates.afterAHotlineNumber(beforeInSentence, ctx.before)
                        && KindsOfCases.qualified(PartsAroundTheSentence.ownClause(beforeInSentence))) {
            flags.add("part_of_total");
        }
        if (PartsOfTheWhole.breakdown(ctx.before, beforeInSentence,
                ind.kind() == IndicatorKind.COUNT && parts.partByNature(ind) || ind.kind() == IndicatorKind.RATE, "reconsideration".equals(ind.topic()) && scope.countyLevel()
                        && OwnLevel.isTheReconsiderationBody(beforeInSentence + text.substring(m.start(), s.end()),
                        scope.ownName()), restOfSentence)
                || ind.kind() == IndicatorKind.COUNT && PartsOfTheWhole.repealedInOneCleanUp(ctx.before, beforeInSentence, restOfSentence)
                || PartsOfTheWhole.ownLevelBesideTheTowns(ctx.before, restOfSentence)) {
            flags.add("part_of_total");
        }
        // A count is limited by the words of its own clause and by the noun right after it ("废止7部政府规章"
        // counts rules, not documents; checked apart, as patterns anchor at the number); a rate by the count
        // clauses before it too ("受理网上信访800件，办结率100%" is the online petitions' rate).
        // A bare count ("…推出164项“一件事”套餐服务，全年产生办件量5.8万件") is limited as a bare rate is: its
        // clause names no matter of its own, so the sentence's earlier clauses say what it counts.
        String limiting = ind.kind() == IndicatorKind.RATE && LABELLED_ROWS_BEFORE.matcher(beforeInSentence).matches()
                ? ctx.before // "办件总量：73.6万件；即办件：41.2万件；…；网办率：91.37%": rows of a table, each its own (round 78 c)
                : ind.kind() == IndicatorKind.RATE
                ? InstanceStages.firstInstancesOwnRate(ind.code(), beforeInSentence, withoutItsOnlineCount(ind.code(),
                        withoutOtherOutcomes(ind.code(), CountsAfterAPart.withoutSmallerCarriedOver(
                                WholeClauses.withoutAsides(channelWords), null))))
                : continued != null ? InstanceStages.continuedAfterBothStages(continued, beforeInSentence)
                // "上年结转63宗，全年审结1097宗": a count larger than the cases carried over is not counted out of them
                : BareNames.bareCount(ctx.before)
                        ? PartsOfTheWhole.withoutPartLists(CountsAfterAPart.withoutSmallerCarriedOver(beforeInSentence, m.value()))
                : BracketedCounts.withTheNounTheBracketQualifies(ctx.before, beforeInSentence);
        String noun = ind.kind() == IndicatorKind.RATE ? "" : PartsOfTheWhole.countedNoun(ctx.after);
        if ((parts.narrowerThanTheWhole(compiled, KindsOfCases.withoutOwnKind(limiting, ownTopic)) || !noun.isEmpty() && parts.narrowerThanTheWhole(compiled, noun))
                && !flags.contains("part_of_total")) {
            flags.add("part_of_total");
        }
        String clausesBefore = beforeInSentence.length() >= ctx.before.length()
                ? beforeInSentence.substring(0, beforeInSentence.length() - ctx.before.length()) : "";
        if (bare && WordsAroundTheFigure.afterTheShareOfOneKind(clausesBefore) && !flags.contains("part_of_total")) {
            flags.add("part_of_total");
        }
        // "乡镇（街道）全年共审查规范性文件36件，备案32件": the towns named by the count a clause continues; "各乡镇
        // 共调处纠纷1260件，调处成功率98.9%": a bare rate is the rate of the towns' count before it
        // "全县各乡镇（街道）12345热线工单办结率99.1%": the hotline's number cuts the clause's words short, and the
        // towns before it are still the figure's subject
        String ownWords = NamedRates.afterAHotlineNumber(beforeInSentence, ctx.before)
                ? PartsAroundTheSentence.ownClause(beforeInSentence) : ctx.before;
        if (!flags.contains("sub_unit") && !wholeRowOfATable(beforeInSentence, scope)
                && (OtherBodies.townsOnly(ownWords) || continued != null && OtherBodies.townsOnly(continued)
                || OtherBodies.townsBodyOpensTheSentence(beforeInSentence)
                || "mediation".equals(ind.topic()) && OtherBodies.mediationCentreOpensTheSentence(beforeInSentence)
                || bare && OtherBodies.townsOnly(SeveralBodies.afterTheLastOwn(channelWords, scope)) || OtherBodies.countiesOnly(ctx.before, scope)
                || continued != null && OtherBodies.countiesOnly(continued, scope)
                || OtherBodies.someTowns(PartsAroundTheSentence.ownClause(beforeInSentence)))) {
            // the clause's words may start after a number of towns ("城区5个街道共调解…": "共调解"), so read its own
            flags.add("sub_unit");
        }
        if ((OtherBodies.countiesOfACity(ctx.before, scope) || continued != null && OtherBodies.countiesOfACity(continued, scope))
                && !flags.contains("other_body")) {
            flags.add("other_body"); // "各县（市、区）共受理…" in a county's report: the city's counties
        }
        if (ind.kind() == IndicatorKind.COUNT
                && PartsOfTheWhole.shareOfOwnTotal(text.substring(m.end(), Math.max(m.end(), Math.min(s.end(), m.end() + 30))), ind.code(), scope)
                && !flags.contains("part_of_total")) {
            flags.add("part_of_total"); // "“一网通办”办件量25万件，占办件总量的78%": a part, as its share says
        }
        if (NamedRates.rateOfOrdersSentOut(ind.code(), beforeInSentence, ctx.before) && !flags.contains("part_of_total")) {
            flags.add("part_of_total");
        }
        if (continued != null && SHARE_CLAUSE.matcher(continued).find()
                && PartsOfTheWhole.shareOfOwnTotal("，" + continued, ind.code(), scope) && !flags.contains("part_of_total")) {
            // "市政府作为行政复议机关…新收…614件，占全市收案总量的25.7%，依法受理581件": the act continues the count the share
            // made a part, so it is a part of the whole too (round 63)
            flags.add("part_of_total");
        }
        // the count whose words limit the figure: the one its act clause continues, or for a bare rate the count
        // before it ("以县政府为被告的案件38件，败诉1件，败诉率2.6%")
        String countOfTheFigure = continued != null ? continued
                : bare ? ContinuingCounts.continuedCount(beforeInSentence, ctx.before) : null;
        if (!flags.contains("part_of_total") && HeadingKinds.oneKindAbove(ind.topic(), heading, beforeInSentence)) {
            flags.add("part_of_total");
        }
        PartsAroundTheSentence.judge(flags, compiled, new PartsAroundTheSentence.Figure(text, s, m, heading,
                headingStart, beforeInSentence, restOfSentence, countOfTheFigure), topicPatterns, parts);
        if (WordsAroundTheFigure.insideQuotes(beforeInSentence, restOfSentence)) {
            flags.add("in_quotes"); // "推行“行政复议纠错率15%”考核机制", "“三个100%”": a name or a slogan
            eligible = false;
        }
        if (ind.kind() == IndicatorKind.COUNT && WordsAroundTheFigure.receivedRatherThanAccepted(ctx.before, beforeInSentence, restOfSentence)) {
            flags.add("competing"); // received or accepted: a person decides
        }
        if (ind.kind() == IndicatorKind.COUNT && !flags.contains("part_of_total")
                && WordsAroundTheFigure.oneDecisionOfAList(ctx.before, restOfSentence)) {
            flags.add("part_of_total");
        }
        if (ind.kind() == IndicatorKind.COUNT && !flags.contains("part_of_total")
                && WordsAroundTheFigure.firstOfAListOfKinds(ctx.before, restOfSentence, topicPatterns, compiled.topic())) {
            flags.add("part_of_total"); // "报备县政府规范性文件5件、部门规范性文件7件": the first kind of a list
        }
        if (ind.kind() == IndicatorKind.COUNT && !flags.contains("part_of_total")
                && WordsAroundTheFigure.oneKindBesideTheOther(ind.code(), ctx.before, restOfSentence)) {
            flags.add("part_of_total"); // "审查县政府规范性文件12件，…审查部门规范性文件28件": one kind beside the other
        }
        if (ind.kind() == IndicatorKind.COUNT && !flags.contains("part_of_total")
                && WordsAroundTheFigure.closedAfterTakenIn(ind.code(), beforeInSentence)) {
            flags.add("part_of_total"); // "受理法律援助案件726件，办结698件": the cases closed of those taken in
        }
        if (ind.kind() == IndicatorKind.COUNT && !flags.contains("part_of_total")
                && WordsAroundTheFigure.narrowedByAnotherAct(ind.code(), ctx.after)) {
            flags.add("part_of_total"); // "行政诉讼案件46件进入庭审程序": the cases heard, not all of them
        }
        if (WordsAroundTheFigure.notDone(ctx.after)) {
            flags.add("not_done");
            eligible = false;
        }
        if (StatementWords.namesATarget(ctx.after) || StatementWords.writtenIntoAnAppraisal(restOfSentence)) {
            flags.add("plan"); // "完成结案率95%的考核任务": the figure names the target that was met
            eligible = false;
        }
        if (StatementWords.anAppraisalsScore(ctx.before)) {
            flags.add("score"); // "败诉率指标得分率为85%": an appraisal's score of the indicator
            eligible = false;
        }
        if (RANGE_FROM.matcher(restOfSentence).lookingAt()
                || RANGE_TO_BEFORE.matcher(beforeInSentence).find() && RANGE_TO_AFTER.matcher(restOfSentence).lookingAt()) {
            flags.add("range"); // "各月办结率保持在98.6%至99.9%之间": the bounds of many figures, none of them the year's
            eligible = false;
        }
        if (StatementWords.whereItStarted(ctx.after)) {
            flags.add("starting_value");
            eligible = false;
        }
        eligible &= TableColumns.judge(text, m.start(), scope, flags);
        if (CUMULATIVE.matcher(beforeInSentence).find() && !YEAR_NAMED.matcher(beforeInSentence).find()
                || ind.kind() == IndicatorKind.COUNT && PartsOfTheWhole.withTheCarriedOver(restOfSentence)
                || ind.kind() == IndicatorKind.COUNT && CARRIED_OVER_ADDED.matcher(beforeInSentence).find()
                // "…月均转派工单1.1万件，工单按期办结率稳定在98%以上": a level held steady, no year named — a standing claim
                // (reports write it in their plans), not the year's result (round 96 a)
                || ind.kind() == IndicatorKind.RATE && STANDING_LEVEL.matcher(ctx.before).find()
                        && (m.qualifier() == Qualifier.AT_LEAST || m.qualifier() == Qualifier.APPROX)
                        && !YEAR_NAMED.matcher(beforeInSentence).find()) {
            flags.add("period_unclear");
        }
        if (m.unit() == null) {
            flags.add("unit_missing");
            confidence *= 0.8;
        }
        if (ind.kind() == IndicatorKind.COUNT && m.value().stripTrailingZeros().scale() > 0 && m.qualifier().isExact()) {
            flags.add("fractional_count");
            confidence *= 0.5;
        }
        return new Candidate(ind, m, s, Math.max(0, Math.min(1, confidence)), flags, eligible);
    }

    /**
     * "审结案件中，维持238件，…调解、和解终止39件，…直接纠错41件，直接纠错率11.7%": the other outcomes listed before a
     * correction or loss rate are its siblings among all the cases decided, not the cases it is the rate of (round 56);
     * so are the rates of those outcomes ("调解和解率达31.2%，直接纠错率为9.87%", round 64).
     */
    private static final Pattern OTHER_OUTCOME = Pattern.compile(
            "[^，,；;。]*(维持|驳回|终止|和解|调解|撤回|撤诉)[^，,；;。\\d]{0,12}(\\d+[件宗起]|率[^，,；;。\\d]{0,4}[\\d.]+\\s*%)[，,；;]");
    private static final Set<String> RATES_OVER_ALL_OUTCOMES = Set.of(
            "reconsideration.correction_rate", "litigation.loss_rate");

    private static String withoutOtherOutcomes(String code, String words) {
        return RATES_OVER_ALL_OUTCOMES.contains(code) ? OTHER_OUTCOME.matcher(words).replaceAll("") : words;
    }

    /**
     * "加上上年结转的33件，全年共需办理行政复议案件495件": the year's workload with the cases carried over added in,
     * neither the year's intake nor what was done (round 56): the clause right after the one that adds them in.
     */
    private static final Pattern CARRIED_OVER_ADDED = Pattern.compile(
            "(?:加上|连同|加之|算上)[^，,；;。]{0,6}(?:结转|旧存|积存)[^，,；;。]{0,12}[，,][^，,；;。\\d]{0,6}?(?:共|合计|总计)?需?(?:办理|审理)[^，,；;。\\d]{0,12}$");

    /** The words before a figure in its sentence add the cases carried over to the year's (see above). */
    static boolean carriedOverAdded(String beforeInSentence) {
        return CARRIED_OVER_ADDED.matcher(beforeInSentence).find();
    }

    /** "98.6%至99.9%之间", "在95%-98%区间": a figure that is one bound of a range (round 56). */
    private static final Pattern RANGE_FROM = Pattern.compile(
            "\\s*%?\\s*(?:至|到|～|~|—|-)\\s*[\\d.]+\\s*%?\\s*(?:之间|区间|范围内?)");
    private static final Pattern RANGE_TO_BEFORE = Pattern.compile("[\\d.]+\\s*%?\\s*(?:至|到|～|~|—|-)\\s*$");
    private static final Pattern RANGE_TO_AFTER = Pattern.compile("\\s*%?\\s*(?:之间|区间|范围内?)");

    /** A span of years over a table whose figure stands in the reporting year's own column is no period of it (round 56). */
    private static String acrossTheYearsCompared(String period, boolean ownYearsColumn) {
        return ownYearsColumn && "multi_period".equals(period) ? null : period;
    }

    /**
     * "共办理政务服务事项62.4万件，其中通过“渝快办”网上办理48.6万件，网办率77.9%": the online share after 其中 names the
     * part its rate is made of, so it is the whole's rate, not a part's (round 56).
     */
    private static final Pattern ONLINE_PART_OF_ITS_RATE = Pattern.compile(
            "(网上|网办|线上|全程网|掌上|在线)[^，,；;。\\d]{0,6}(办理|办件|办结|受理)?[^，,；;。\\d]{0,4}[\\d.]+万?件");

    /**
     * "其中，通过烟台12345热线平台转办我市工单15.3万件，按期办结率98.1%", "其中转办承办单位工单2.65万件，转办件按期办结率
     * 98.2%": the part after 其中 counts what it took in, and the rate right after that count is the part's own. A count
     * of what was finished ("其中办结20.9万件，办结率99.5%") is the numerator of the whole's rate and leaves it the
     * whole's. Only rates the catalogue gives no numerator to: the others are judged by their counts (RateOfAPart).
     */
    private static final Pattern A_PARTS_VOLUME_THEN_ITS_RATE = Pattern.compile(
            "^其中[，,：:\\s]*[^，,；;。]{0,30}?(?:受理|转办|交办|派发|派单|收到|接收|登记|接听)"
                    + "(?:(?!办结|化解|答复|成功|结案)[^，,；;。\\d]){0,16}"
                    + "[\\d.]+万?(?:件|条|个|宗)[，,]\\s*(?:(?!全[县市区旗]|政务服务|热线|12345|总体|整体)[^，,；;。\\d]){0,8}率"
                    + "(?:为|达|达到|是)?\\s*$");

    /**
     * As above — a rate named with the whole's words ("…其中县行政服务中心窗口受理41.2万件，政务服务事项网办率93.8%") is
     * the whole's; and a window's intake is no base of the online rate, so that rate is left out.
     */
    private static boolean aPartsVolumeBeforeItsRate(Indicator ind, String afterQiZhong, Scope scope) {
        return ind.kind() == IndicatorKind.RATE && ind.numerator() == null && !"online_service.rate".equals(ind.code())
                && A_PARTS_VOLUME_THEN_ITS_RATE.matcher(afterQiZhong).find() && !theJurisdictionIsThePart(afterQiZhong, scope);
    }

    /**
     * "咸宁市全市12345热线…，其中我县受理4.26万件，办结率99.62%": the part after 其中 is the jurisdiction itself; "县网络理政中心
     * 全年受理群众诉求9.8万件（含12345热线、…），…；其中12345热线受理诉求7.1万件，按期办结率99.8%": the part is the
     * indicator's own channel, its rate the hotline's (r139).
     */
    private static final Pattern QI_ZHONG_OPENS = Pattern.compile("^其中[，,：:\\s]*");
    private static final Pattern OWN_PART = Pattern.compile("^(?:(?:我|本|全)[县市区旗]|[县市区旗]?(?:12345|热线|信访))");

    private static boolean theJurisdictionIsThePart(String afterQiZhong, Scope scope) {
        String words = QI_ZHONG_OPENS.matcher(afterQiZhong).replaceFirst("");
        String own = scope.ownName();
        return OWN_PART.matcher(words).find() || own != null && own.length() >= 2 && words.startsWith(own);
    }

    /**
     * "全程网办33.4万件，网办率86.3%": the count handled online before the online rate is the rate's numerator, not a part
     * that limits it — the rate is of all the items handled (round 59).
     */
    private static String withoutItsOnlineCount(String code, String words) {
        return "online_service.rate".equals(code) ? ONLINE_PART_OF_ITS_RATE.matcher(words).replaceAll("") : words;
    }

    /** Two rows or more of "label：figure；" before the figure's own "label：" — a table's rows run into one sentence. */
    private static final Pattern LABELLED_ROWS_BEFORE = Pattern.compile(
            "(?:[^，,；;。：:\\d]{1,16}[：:]\\s*[\\d.]+\\s*(?:万|亿)?[^，,；;。：:\\d]{0,3}[；;]\\s*){2,}[^，,；;。：:\\d]{1,16}[：:]\\s*");

    /**
     * "附表2 2024年12345热线运行情况" over "办结率 99.6% 99.3%" (round 88 c): the table's caption names the hotline whose
     * rate the row names only by its measure.
     */
    private static boolean namedByTheTablesCaption(String code, String text, int at) {
        String caption = TableCaptions.captionAbove(text, at);
        // only the hotline, as under a heading: "劳动人事争议仲裁院…办案情况" over "仲裁结案率…；按期结案率…" would make the
        // on-time row a rival of the plain one (round 53 p, caught by the mergecheck)
        return caption != null && NamedRates.hotlineNamedAbove(code, caption);
    }

    private static String afterTheLastQiZhong(String words) {
        int at = words.lastIndexOf("其中");
        return at < 0 ? "" : words.substring(at);
    }

    /** The clause's words with what a whole takes in blanked ("从县直24个执法部门和11个镇抽取…"), when they are the text's own. */
    private static ClauseContext withoutWhatTheWholeTakesIn(String text, Sentence s, NumberMention m, ClauseContext ctx) {
        if (ctx.beforeStart < s.start() || ctx.beforeStart > m.start()
                || !ctx.before.equals(text.substring(ctx.beforeStart, m.start()).stripTrailing())) {
            return ctx;
        }
        String sentenceSoFar = text.substring(s.start(), m.start());
        String masked = WhatTheWholeTakesIn.masked(sentenceSoFar);
        if (masked.equals(sentenceSoFar)) {
            return ctx;
        }
        return ctx.withBefore(masked.substring(ctx.beforeStart - s.start()).stripTrailing());
    }
}
