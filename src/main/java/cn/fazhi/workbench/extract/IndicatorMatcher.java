package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ties numbers to indicators using the catalogue. For each figure it looks at the words of its own
 * clause (see {@link ClauseContext}): a catalogue cue must stand there, close to the number; the
 * indicator's subject (topic) must be what the sentence talks about; no exclusion word may stand
 * there. {@link FigureJudge} then checks what kind of statement it is: a change rather than a level
 * (同比增长106%), a figure for another period or a span of years, another body's caseload, a part of a total,
 * a plan.
 */
final class IndicatorMatcher {
    /** "全年制定出台…12件，全部按规定报备": the documents made in the year, all of them filed, are the documents filed. */
    private static final java.util.regex.Pattern DOCUMENTS_MADE = java.util.regex.Pattern.compile("制定|出台|制发|印发|发布");

    /** The departments or towns, not the government itself, made the documents: "县直部门制定的". */
    static final Pattern OTHERS_MADE = Pattern.compile(
            "(?<!政府[及和、与])(?:部门|乡镇|街道|镇街)[^，,；;。\\d]{0,6}(?:制定|出台|制发|印发|发布)");

    /**
     * The documents' noun right after their count ("12件规范性文件"), also with the government that made them
     * ("19件市政府及市政府办公室规范性文件", round 92's r237): the government alone, or with its office, made them all; its office
     * alone is a part (the catalogue's parts).
     */
    private static final Pattern DOCUMENTS_NOUN = Pattern.compile(
            "\\s*(?:[县区市旗](?:人民)?政府(?:(?:及其?|和|、)[县区市旗]?(?:人民)?政府办(?:公室)?)?(?:制定|出台|印发|制发)?的?)?(?:行政)?规范性文件\\s*");
    static final double MIN_CONFIDENCE = 0.5;
    /** "经审核出台的", "经合法性审查后印发的": the review before the making, a word of how the documents were made. */
    private static final Pattern REVIEWED_THEN_MADE = Pattern.compile(
            "经[^，,；;。\\d]{0,6}(?:审核|审查)(?:后|通过)?(出台|印发|制发|发布)");
    /** The noun after a figure that frames the sentence's whole: "…的6418件矛盾纠纷中，", "评查的620卷案卷中，". */
    private static final Pattern FRAMED_WHOLE = Pattern.compile("\\s*(?:件|卷|宗|起|份)?([^，,；;。、\\d的]{1,10})中(?:[，,]|$)");
    /** The words before a later item of a series of years: "、2023年的". */
    private static final Pattern SERIES_ITEM = Pattern.compile("\\s*[、和及]\\s*(?:\\d{4}年度?)?的?\\s*");
    private static final Pattern TO_VALUE = Pattern.compile(
            // "从166件增至186件", "由2021年的8.2%降至2023年的4.2%": the year the level was reached is judged as every year is
            // "由2023年的51件调整为2024年的42件": a change of either way (84 b, read in the forty-ninth session)
            "^(提高|提升|上升|增长|增加|下降|降低|减少|降|增|升|减|调整|变化)(到|至|为)(\\d{4}年度?的?)?$");

    private final Catalogue catalogue;
    private final List<CompiledIndicator> indicators = new ArrayList<>();
    private final List<Pattern> topicPatterns = new ArrayList<>();
    private final TopicIndex.Matchers topicMatchers;
    private final Shares shares;
    private final FigureJudge judge;
    private final MatterNames matterNames;

    IndicatorMatcher(Catalogue catalogue, Gazetteer gazetteer) {
        this.catalogue = catalogue;
        this.shares = new Shares(catalogue);
        List<String> topicKeys = new ArrayList<>(catalogue.topics().keySet());
        for (String key : topicKeys) {
            topicPatterns.add(Pattern.compile(catalogue.topics().get(key)));
        }
        topicMatchers = new TopicIndex.Matchers(topicKeys.stream().map(k -> catalogue.topics().get(k)).toList());
        catalogue.indicators().forEach(ind -> indicators.add(CompiledIndicator.of(ind, topicKeys)));
        matterNames = new MatterNames(topicPatterns);
        judge = new FigureJudge(topicPatterns, new OtherBodies(gazetteer == null ? null : new NameScanner(gazetteer)),
                new PartsOfTheWhole(catalogue, topicKeys));
    }

    Catalogue catalogue() {
        return catalogue;
    }

    /**
     * @param scope the reporting year, the jurisdiction (figures of other named jurisdictions are sub-units'
     *              or other governments' figures) and the kind of text
     */
    List<Candidate> match(String text, List<Sentence> sentences, List<NumberMention> mentions, Scope scope) {
        return match(text, sentences, mentions, scope, () -> { });
    }

    /** As above; {@code budget} is called once per sentence and throws when the file's time is up. */
    List<Candidate> match(String text, List<Sentence> sentences, List<NumberMention> mentions, Scope scope,
                          Runnable budget) {
        List<Candidate> out = new ArrayList<>();
        int mi = 0;
        Sentence previous = null;
        String subjectBefore = "";
        HeadingAbove headings = new HeadingAbove();
        TopicIndex topics = topicMatchers.index(text);
        boolean[] inTitle = new boolean[topicPatterns.size()];
        for (int t = 0; t < inTitle.length; t++) {
            inTitle[t] = topicPatterns.get(t).matcher(scope.authors().title()).find();
        }
        Sentence lastTopical = null;
        for (Sentence s : sentences) {
            budget.run();
            List<NumberMention> values = new ArrayList<>();
            while (mi < mentions.size() && mentions.get(mi).start() < s.end()) {
                NumberMention m = mentions.get(mi++);
                if (m.start() >= s.start() && m.isValue()) {
                    values.add(m);
                }
            }
            headings.next(text, s, values);
            String heading = headings.heading();
            int headingStart = headings.start();
            String before = sentenceBeforeInParagraph(text, previous, s);
            // the subject a paragraph's sentence names goes on through the sentences after it that name none
            subjectBefore = before.isEmpty() ? ""
                    : Subjects.namesASubject(CourtOfTheSuits.withoutTheVenue(before), scope) ? before : subjectBefore;
            Candidate last = null;
            int sentenceFirst = out.size();
            for (int k = 0; k < values.size(); k++) {
                Candidate c = matchOne(text, s, namingTheMatter(text, previous, lastTopical, topics), topics, values, k, scope,
                        heading, headingStart, inTitle, before, subjectBefore);
                if (c == null && last != null && last.mention() == values.get(k - 1)) {
                    c = shares.of(last, values.get(k), text.substring(last.mention().end(), values.get(k).start()),
                            out.subList(sentenceFirst, out.size()));
                }
                if (c == null && last != null && last.mention() == values.get(k - 1)) {
                    NumberMention own = values.get(k);
                    // "…按期办结率99.0%，我县以99.2%位列全市第三": a ranking earned with the rate states the own level
                    String between = RankedRates.asLevel(text.substring(last.mention().end(), own.start()), own,
                            text.substring(own.end(), Math.max(own.end(), s.end())));
                    c = OwnFigureAfterTheWhole.of(last, own, between, text.substring(s.start(), last.mention().start()),
                            scope.ownName());
                }
                if (c != null) {
                    out.add(c);
                }
                last = c;
            }
            previous = s;
            if (topics.anyWithin(s.start(), s.end())) {
                lastTopical = s;
            }
        }
        return out;
    }

    /**
     * The sentence before whose matter a sentence naming none goes on with: the one right before it, or, when that one
     * names no matter either, the last one of the paragraph that did ("…共收到行政复议申请1286宗…。上半年收到申请596宗。
     * 加上上年结转的63宗，全年审结1097宗" is still of reconsideration, round 57).
     */
    private static Sentence namingTheMatter(String text, Sentence previous, Sentence lastTopical, TopicIndex topics) {
        if (previous == null || lastTopical == null || lastTopical == previous
                || topics.anyWithin(previous.start(), previous.end())) {
            return previous;
        }
        return text.substring(lastTopical.end(), previous.start()).indexOf('\n') < 0 ? lastTopical : previous;
    }

    private Candidate matchOne(String text, Sentence s, Sentence previous, TopicIndex topics,
                               List<NumberMention> values, int k, Scope scope, String heading, int headingStart,
                               boolean[] inTitle,
                               String sentenceBefore, String subjectBefore) {
        NumberMention m = values.get(k);
        if (!plausibleFigure(text, m, s)) {
            return null;
        }
        ClauseContext ctx = ClauseContext.of(text, s, values, k, false);
        if (k > 0 && TO_VALUE.matcher(ctx.before).find()) {
            // "…率由85%提高到100%": the words before the starting figure introduce this one too.
            int first = k - 1;
            while (first > 0 && SERIES_ITEM.matcher(ClauseContext.of(text, s, values, first, false).before).matches()) {
                first--; // "从2022年的29件、2023年的38件增加到2024年的47件": from the series' first (round 71)
            }
            ClauseContext from = ClauseContext.of(text, s, values, first, false);
            Matcher start = StatementWords.FROM_VALUE.matcher(from.before);
            if (start.find()) {
                ctx = from.withBefore(from.before.substring(0, start.start())).withAfter(ctx.after);
            }
        }
        ClauseContext level = NamesBeforeTheClause.levelAfterAChange(text, s, values, k, ctx);
        if (level != null) {
            ctx = level; // "纠错率同比提高2.1个百分点至10.6%": the name before the change names the level after it
        }
        TableCell cell = TableCell.read(text, s, values, k, ctx, scope);
        ctx = cell.ctx();
        m = cell.mention();
        Sentence tableHeader = cell.tableHeader();
        String carried = ListedVerb.carried(text, s, values, k, ctx.before, topicPatterns);
        if (carried == null) {
            carried = ListedVerb.respectively(text, s, values, k, ctx.before, topicPatterns);
        }
        if (carried == null && k > 0) {
            carried = ListedVerb.reviewedAmongThem(text, s, m);
        }
        if (carried == null && k > 0) {
            carried = RespectiveSubjects.wordsOfALaterItem(text, s, values, k);
        }
        if (carried == null && k > 0) {
            carried = ListedVerb.intakeOfTheYear(text, s, m, ctx.before);
        }
        if (carried != null) {
            // "审结行政复议案件72件、行政诉讼案件46件": the first item's act is the second's too; "…，分别审结72件、46件"
            ctx = ctx.withBefore(carried);
        }
        MatchedIndicator best = bestIndicator(s, previous, topics, m, ctx, null);
        if (best == null && tableHeader != null) {
            // a table row's short label ("申请数（件）"), or a whole row under rows of towns: the caption and the header
            // name the matter the row above does not (round 54)
            previous = tableHeader;
            best = bestIndicator(s, previous, topics, m, ctx, null);
        }
        Matcher framed = FRAMED_WHOLE.matcher(ctx.after);
        if (best == null && ctx.before.endsWith("的") && framed.lookingAt()) {
            // "全区调解的6418件矛盾纠纷中，婚姻家庭纠纷…": the whole a sentence opens with, its noun after the figure
            // (round 71); "审结的73件案件中" names it before
            ClauseContext named = ctx.withBefore(ctx.before.substring(0, ctx.before.length() - 1) + framed.group(1));
            best = bestIndicator(s, previous, topics, m, named, null);
            if (best != null) {
                ctx = named;
            }
        }
        ClauseContext ranked = best == null ? RankedRates.namedAfter(ctx, m) : null;
        if (ranked != null) {
            // "我县以99.2%的信访事项按期办结率位列全市第三": the rate's name after the figure it ranks with
            best = bestIndicator(s, previous, topics, m, ranked, null);
            if (best != null) {
                ctx = ranked;
            }
        }
        if (best == null && tableHeader == null) {
            String item = LabelledItems.wordsOf(text, s, m.start());
            if (item != null) {
                // "行政复议收到申请：2023年296件，2024年412件；…": the row's label names the measure (round 75 a)
                ClauseContext named = ctx.withBefore(item);
                best = bestIndicator(s, previous, topics, m, named, null);
                if (best != null) {
                    ctx = named;
                }
            }
        }
        if (best == null && tableHeader == null) {
            CaptionLists.Row row = CaptionLists.rowOf(text, m.start());
            if (row != null) {
                // "襄阳市 99.10%；枣阳市 99.25%；…" under "…人民调解成功率": the caption names the column (round 71)
                ctx = ctx.withBefore(row.words());
                best = bestIndicator(s, previous, topics, m, ctx, null);
            }
        }
        if (best != null && best.topicDistance() >= MatchedIndicator.PREVIOUS_SENTENCE && cell.namedByItsColumn()
                && best.compiled().topic() >= 0 && topicPatterns.get(best.compiled().topic()).matcher(ctx.before).find()) {
            // "单位\t办件量（件）" over rows of centres and "合计\t863085": the column's own name names the matter, as
            // the figure's own words would; the header is no sentence before it (round 59)
            best = new MatchedIndicator(best.compiled(), best.score(), 0);
        }
        if (best == null) {
            ClauseContext wider = ClauseContext.of(text, s, values, k, true);
            if (wider.extended && (onlyFillerWords(ctx.before) || BARE_REVIEW.matcher(ctx.before.strip()).matches())) {
                best = bestIndicator(s, previous, topics, m, wider, null);
                if (best == null && !ctx.before.isBlank()) {
                    // "全年共受理行政复议申请，共计86件": the clause before is the name, the filler only leads to it
                    String name = wider.before.substring(0, wider.before.length() - ctx.before.length())
                            .replaceFirst("[，,]\\s*$", "");
                    wider = wider.withBefore(name);
                    best = bestIndicator(s, previous, topics, m, wider, null);
                }
                if (best != null) {
                    best = best.scaled(0.9);
                    ctx = wider;
                }
            }
        }
        if (best == null && k > 0 && ownShareActOnly(ctx.before, scope)) {
            // the higher whole's words name the matter of the jurisdiction's share
            ClauseContext whole = ctx.withBefore(wholeOfTheSameAct(text, s, values, k, ctx.before));
            best = bestIndicator(s, previous, topics, m, whole, null);
            if (best != null) {
                best = best.scaled(0.9); // the figure's own words stay its clause's: the share, judged as such
            }
        }
        if (best == null && NamesBeforeTheClause.levelWords(ctx.before)) {
            // "调解成功率较去年同期提高1.5个百分点，达98.5%", "败诉率较上年下降1.3个百分点，2023年降至4.2%": the name
            // stands before the change, the level it reached after it; the change's words are left behind
            String named = NamesBeforeTheClause.nameBeforeAChange(text, s, values, k);
            if (named != null) {
                ClauseContext skipped = ctx.withBefore(named);
                best = bestIndicator(s, previous, topics, m, skipped, null);
                if (best != null) {
                    best = best.scaled(0.9);
                    ctx = skipped;
                }
            }
        }
        if (best == null && k > 0 && NamesBeforeTheClause.bareSuccess(ctx.before)) {
            // "调解各类纠纷3200件，成功3180件": a bare 成功 is the success of what the clause before mediated
            String mediated = NamesBeforeTheClause.mediatedBefore(text, s, values.get(k - 1));
            if (mediated != null) {
                ClauseContext succeeded = ctx.withBefore(mediated);
                best = bestIndicator(s, previous, topics, m, succeeded, null);
                if (best != null) {
                    best = best.scaled(0.9);
                    ctx = succeeded;
                }
            }
        }
        if (best == null && k > 0 && NamesBeforeTheClause.bareMediation(ctx.before)) {
            // "全年排查矛盾纠纷3260件，调处3180件": a bare 调处 mediates the disputes the clause before found
            String verb = ctx.before.strip().replaceFirst("^(共|共计|累计|依法)", "");
            String found = NamesBeforeTheClause.foundBefore(text, s, values.get(k - 1), verb);
            if (found != null) {
                ClauseContext mediated = ctx.withBefore(found);
                best = bestIndicator(s, previous, topics, m, mediated, null);
                if (best != null) {
                    best = best.scaled(0.9);
                    ctx = mediated;
                }
            }
        }
        ClauseContext continued = best == null ? NamesBeforeTheClause.wordsOfAnotherYearOrLevel(text, s, values, k, ctx, scope) : null;
        MatchedIndicator again = continued == null ? null : bestIndicator(s, previous, topics, m, continued, null);
        if (again != null) {
            best = again.scaled(0.9); // "2022年办理法律援助案件760件，2023年办理812件": the act's count goes on
            ctx = continued;
        }
        ClauseContext actual = best == null ? NamesBeforeTheClause.actualAfterTheRequired(text, s, values, k, ctx) : null;
        MatchedIndicator reached = actual == null ? null : bestIndicator(s, previous, topics, m, actual, null);
        if (reached != null) {
            best = reached.scaled(0.9); // "网上办理率需达到90%以上，我县全年实际达到93.6%": the rate actually reached
            ctx = actual;
        }
        ClauseContext respectively = best == null ? OwnFiguresRespectively.words(text, s, values, k, ctx) : null;
        MatchedIndicator ownRate = respectively == null ? null : bestIndicator(s, previous, topics, m, respectively, null);
        if (ownRate != null) {
            best = ownRate.scaled(0.9); // "全省…出庭应诉率99.5%，…败诉率7.2%，我市两项指标分别为98.83%和6.91%"
            ctx = respectively;
        }
        if (best != null && best.compiled().topic() >= 0) {
            // "行政复议：收到申请236件…；法律援助：受理案件1126件": a label that opens the figure's own part names another
            // matter than the one named earlier in the sentence: the label's matter is the figure's (round 70 a)
            String label = matterNames.matterLabel(ClauseContext.label(text, s, m.start()));
            if (label != null && !topicPatterns.get(best.compiled().topic()).matcher(label).find()) {
                ClauseContext labelled = ctx.withLabel(label);
                MatchedIndicator own = labelled == null ? null : bestIndicator(s, previous, topics, m, labelled, null);
                if (own != null && own.compiled().topic() != best.compiled().topic()) {
                    best = own.scaled(0.9);
                    ctx = labelled;
                }
            }
        }
        if (best == null) {
            // "行政复议：收到申请86件，受理80件": a label names the matter of the clauses after it; a heading that is
            // nothing but a matter ("（三）行政复议", "1.行政复议。") that of the sentences under it
            String label = matterNames.matterLabel(ClauseContext.label(text, s, m.start()));
            if (label == null) {
                label = matterNames.matterLabel(ClauseContext.headingMatter(heading, scope.ownName()));
            }
            ClauseContext labelled = label == null ? null : ctx.withLabel(label);
            if (labelled != null) {
                best = bestIndicator(s, previous, topics, m, labelled, null);
                if (best == null) {
                    labelled = ctx.withLabelFirst(label);
                    best = bestIndicator(s, previous, topics, m, labelled, null);
                }
                if (best != null) {
                    best = best.scaled(0.9);
                    ctx = labelled;
                }
            }
        }
        if (best == null) {
            ClauseContext named = ctx.withTheNounBefore();
            if (named != null) {
                best = bestIndicator(s, previous, topics, m, named, null);
                if (best != null) {
                    best = best.scaled(0.9);
                    ctx = named;
                }
            }
        }
        if (best != null && "normative_docs.reviewed".equals(best.compiled().indicator().code())
                && ctx.after.isBlank() && REVIEWED_THEN_MADE.matcher(ctx.before).find()) {
            // "经审核出台的规范性文件共17件，均在公布之日起30日内报送…备案": the documents issued after review, all filed —
            // the count of the documents made, which the clause after names as filed (r284); the review only says how
            // they were made
            String all = ClauseContext.allOfThemAfter(text, s, m);
            ClauseContext made = all == null ? null
                    : ctx.withBefore(REVIEWED_THEN_MADE.matcher(ctx.before).replaceFirst("$1")).withAfter(all);
            MatchedIndicator filed = made == null ? null : bestIndicator(s, previous, topics, m, made, null);
            if (filed != null && "normative_docs.filed".equals(filed.compiled().indicator().code())) {
                best = filed.scaled(0.9);
                ctx = made;
            }
        }
        boolean remarkOnly = best == null && (ctx.after.strip().startsWith("（") || ctx.after.strip().startsWith("("))
                && ClauseContext.onlyARemarkAfter(text, s, m);
        if (best == null && (ctx.after.isBlank() || DOCUMENTS_NOUN.matcher(ctx.after).matches() || remarkOnly)) {
            // "全年新制定行政规范性文件12件，均经合法性审核": a clause right after that says what was done to all of them
            // names what the figure counts, as the catalogue's cues after a figure do ("…21件经合法性审核后出台");
            // "印发的12件规范性文件，全部…报送…备案": the documents' noun after the count, then the clause (round 59)
            String all = ClauseContext.allOfThemAfter(text, s, m);
            if (all != null) {
                ClauseContext described = ctx.withAfter(ctx.after.isBlank() || remarkOnly ? all : ctx.after.strip() + "，" + all);
                best = bestIndicator(s, previous, topics, m, described, null);
                if (best != null && "normative_docs.filed".equals(best.compiled().indicator().code())
                        && (!DOCUMENTS_MADE.matcher(ctx.before).find() || OTHERS_MADE.matcher(ctx.before).find())) {
                    // "…合计35件，全部报备" after the documents reviewed: not the documents made and filed; "县直部门制定的
                    // 15件…，均已报县政府备案": the departments' documents, filed with the government (round 64)
                    best = null;
                }
                if (best != null) {
                    best = best.scaled(0.9);
                    ctx = described;
                }
            }
        }
        String parts = best == null ? TotalsAfterTheirParts.nameOfTheParts(text, s, values, k) : null;
        if (parts != null) {
            // "…邻里纠纷302件、其他纠纷233件，合计1132件": the total counts what its parts count
            best = bestIndicator(s, previous, topics, m, ctx.withBefore(parts), null);
            ctx = best == null ? ctx : ctx.withBefore(parts);
        }
        if (best == null) {
            // Only the report's title names what the figure counts ("…行政复议工作总结"), or only the words after
            // the figure, or nothing names it at all: a suggestion at most (see TopicFallback).
            best = bestIndicator(s, previous, topics, m, ctx, new TopicFallback(inTitle, heading, partEnd(text, s, m)));
        }
        if (best != null && NamedRates.hotlinesRateThoughPetitionsWords(best.compiled().indicator().code(), heading,
                text.substring(s.start(), m.start()))) {
            // "（四）12345热线服务" over "全年共受理群众来电来信7.8万件，按期办结率98.9%", "全年12345热线来电来信共6.2万件，
            // 按期办结率99.0%": the calls and letters are the hotline's, so the rate is the hotline's (NamedRates)
            best = hotlineNamedAbove(m, ctx, best);
        }
        if (best == null || best.score() < MIN_CONFIDENCE
                || NamedRates.peoplesTimes(best.compiled().indicator(), m, text.substring(s.start(), m.start()))) {
            return null;
        }
        Candidate judged = TotalsAfterTheirParts.judged(judge.assess(text, s, m, ctx, best, scope, heading, headingStart,
                sentenceBefore, subjectBefore), text, s, values, k);
        if (judged != null && MattersOfAHeading.eitherRateOfAHeadingNamingBoth(best.compiled().indicator().code(), heading,
                text.substring(s.start(), m.start()))) {
            return judged.withFlag("topic_elsewhere");
        }
        if (judged != null && !judged.flags().contains("sub_unit") && TableCaptions.anotherPlacesTable(text, m.start(), scope)) {
            return judged.withFlag("sub_unit"); // "（附）三墩镇2024年法治建设主要数据" over the table: the town's figures
        }
        return judged;
    }

    /**
     * Where else a figure's topic may be found when its sentence does not name it before the figure.
     *
     * @param inTitle per topic, named in the report's title
     * @param heading the heading above the sentence ("" if none)
     */
    private record TopicFallback(boolean[] inTitle, String heading, int partEnd) {
    }

    /** Where the part of the sentence that holds the figure ends: at the next semicolon, or the sentence's end. */
    private static int partEnd(String text, Sentence s, NumberMention m) {
        for (int i = m.end(); i < s.end(); i++) {
            char c = text.charAt(i);
            if (c == '；' || c == ';') {
                return i;
            }
        }
        return s.end();
    }

    /**
     * Acts that name what they act on without a word of its matter: a government repeals (废止) or declares
     * void (宣布失效) its documents and rules, and 纠错 is the term of art of a reconsideration's corrections. A
     * generic verb (受理, 办理, 撤销) says nothing without its matter.
     */
    private static final Pattern SELF_NAMING = Pattern.compile("废止|宣布失效|确认失效|纠错");

    /** @param fallback where else the topic may be named; null: only in the sentence and the one before */
    private MatchedIndicator bestIndicator(Sentence s, Sentence previous, TopicIndex topics, NumberMention m,
                               ClauseContext ctx, TopicFallback fallback) {
        boolean[] inTitle = fallback == null ? null : fallback.inTitle();
        MatchedIndicator best = null;
        int cued = 0;
        ClauseContext cueContext = ctx.withBefore(CountWords.withoutTail(Remarks.withoutShort(ctx.before)));
        int[] clauseTopics = null;
        int bestTopicDistance = Integer.MAX_VALUE;
        for (CompiledIndicator c : indicators) {
            if (!c.unitFits(m, ctx)) {
                continue;
            }
            double score = c.cueScore(cueContext);
            if (score <= 0) {
                continue;
            }
            if (c.excludedBy(ctx.before)) {
                continue;
            }
            if (clauseTopics == null) {
                clauseTopics = matterNames.clauseTopics(ctx);
            }
            int topicDistance = matterNames.topicDistance(c.topic(), s, previous, topics, m, clauseTopics);
            cued++;
            if (topicDistance < 0 && inTitle != null && c.topic() >= 0 && inTitle[c.topic()]
                    && !topics.anyWithin(s.start(), m.start())) {
                topicDistance = MatchedIndicator.TITLE_ONLY;
            }
            if (topicDistance < 0 && fallback != null && c.topic() >= 0 && MatterNames.noTopicInClause(clauseTopics)
                    && topics.lastEnd(c.topic(), m.end() + 1, fallback.partEnd()) >= 0) {
                topicDistance = MatchedIndicator.LATER_IN_SENTENCE;
            }
            if (topicDistance < 0 && fallback != null && c.topic() >= 0 && SELF_NAMING.matcher(cueContext.before).find()
                    && matterNames.namesNoTopic(s, previous, topics, fallback.inTitle(), fallback.heading())) {
                topicDistance = MatchedIndicator.NAMED_NOWHERE;
            }
            if (topicDistance < 0) {
                continue;
            }
            if (best == null || score > best.score() + 1e-9
                    || (Math.abs(score - best.score()) < 1e-9 && topicDistance < bestTopicDistance)) {
                best = new MatchedIndicator(c, score, topicDistance);
                bestTopicDistance = topicDistance;
            }
        }
        if (best != null && best.topicDistance() == MatchedIndicator.NAMED_NOWHERE && cued > 1) {
            return null; // the cue alone fits several indicators (审结: lawsuits or reconsiderations): no guess
        }
        return best;
    }

    /**
     * The hotline's rate for a figure whose words fit the petitions' rate under a heading that names the hotline
     * alone: the hotline's cue, unit and exclusions must fit the same words; else the petitions' match stays (and
     * FigureJudge doubts it).
     */
    private MatchedIndicator hotlineNamedAbove(NumberMention m, ClauseContext ctx, MatchedIndicator petitions) {
        for (CompiledIndicator c : indicators) {
            if (NamedRates.HOTLINE_RATE.equals(c.indicator().code()) && c.unitFits(m, ctx) && !c.excludedBy(ctx.before)) {
                double score = c.cueScore(ctx);
                if (score > 0) {
                    return new MatchedIndicator(c, Math.min(score, petitions.score()), MatchedIndicator.PREVIOUS_SENTENCE);
                }
            }
        }
        return petitions;
    }

    /**
     * "对县政府行政规范性文件进行合法性审核，共审核21件": a clause that only repeats the review of the clause before it,
     * whose words name what was reviewed (and are checked for what is not a normative document: 合同, 决策…).
     */
    private static final Pattern BARE_REVIEW = Pattern.compile("(全年|今年以来)?(共|共计|合计)?(审核|审查)了?");

    /** The acts a jurisdiction's share after 其中 may name: the whole before it names the same act. */
    private static final String SHARE_ACTS = "办理|受理|收到|调解|调处|化解|审结|办结|评查|审查|审核|新收|承办|指派";
    /**
     * "南宁市…办理法律援助案件1.46万件，其中我县办理1093件": the jurisdiction's own share of a higher whole, named by its act
     * alone or by none; the clause before names the matter (round 62; OwnShareOfAHigherWhole judges whose figure it is).
     */
    private static final Pattern OWN_SHARE_ACT = Pattern.compile(
            // "其中我县1368件, 占全市总量的8.94%": the share without its act too (round 84 c)
            "其中[，,]?(?:我|本)[县区市旗](?:全年)?(?:共|共计)?(?:" + SHARE_ACTS + ")?了?");

    /**
     * The words of the whole the share is of: the nearest clause before that names the share's own act ("全市共收到行政复议
     * 申请2186件，受理1953件，其中我市收到312件": the 收到 of the first clause, not the 受理 just before, round 88); else the
     * clause just before.
     */
    private static String wholeOfTheSameAct(String text, Sentence s, List<NumberMention> values, int k, String share) {
        Matcher act = OWN_SHARE_VERB.matcher(share);
        String verb = act.find() ? act.group() : null;
        // "…共调解矛盾纠纷4.96万件，调解成功率98.7%，其中仁怀市调处6184件": a count's share is of the count before, not the rate
        boolean count = !"%".equals(values.get(k).unit());
        for (int j = k - 1; verb != null && j >= 0; j--) {
            if (values.get(j).start() < s.start()) {
                break;
            }
            String words = ClauseContext.of(text, s, values, j, false).before;
            if (OwnFigureAfterTheWhole.repeatsTheAct(words, verb) && !(count && "%".equals(values.get(j).unit()))) {
                return words;
            }
        }
        for (int j = k - 1; count && j >= 0 && values.get(j).start() >= s.start(); j--) {
            if (!"%".equals(values.get(j).unit())) {
                return ClauseContext.of(text, s, values, j, false).before;
            }
        }
        return ClauseContext.of(text, s, values, k - 1, false).before;
    }

    private static final Pattern OWN_SHARE_VERB = Pattern.compile(SHARE_ACTS);

    private static boolean ownShareActOnly(String before, Scope scope) {
        String words = before.strip();
        if (scope != null && scope.ownName() != null && scope.ownName().length() >= 2) {
            words = words.replace(scope.ownName(), "我县");
        }
        return OWN_SHARE_ACT.matcher(words).matches();
    }

    private static boolean onlyFillerWords(String before) {
        return before.strip().matches("(全年|全区|全县|全市)?(共|共计|合计|累计|总计|总数|总量|数量)?(为|达|达到|是)?");
    }

    /** Numbers that are never figures of the year: ordinals, codes, hotline numbers, percentages over 100. */
    private static boolean plausibleFigure(String text, NumberMention m, Sentence s) {
        if (m.numStart() > 0 && text.charAt(m.numStart() - 1) == '第') {
            return false;
        }
        return m.value().signum() >= 0;
    }

    /** The sentence before {@code s} when no line break parts them (the same paragraph), else "". */
    private static String sentenceBeforeInParagraph(String text, Sentence previous, Sentence s) {
        if (previous == null || previous.end() > s.start() || text.substring(previous.end(), s.start()).indexOf('\n') >= 0) {
            return "";
        }
        return text.substring(previous.start(), previous.end());
    }
}
