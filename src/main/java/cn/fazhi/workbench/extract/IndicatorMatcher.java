package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;
import cn.fazhi.workbench.model.Section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ties numbers to indicators using the catalogue. For each figure it looks at the words of its own
 * clause (see {@link ClauseContext}): a catalogue cue must stand there, close to the number; the
 * indicator's subject (topic) must be what the sentence talks about; no exclusion word may stand
 * there. Then it checks what kind of statement it is: a change rather than a level (同比增长106%), a
 * figure for another period or a span of years, another body's caseload, a part of a total, a plan.
 */
final class IndicatorMatcher {
    static final double MIN_CONFIDENCE = 0.5;
    private static final int MAX_CUE_DISTANCE = 12;
    private static final Pattern CHANGE_TAIL = Pattern.compile(
            "(增长|增加|上升|下降|减少|提高|降低|提升|下滑|增幅|降幅|回落|攀升)(了|为|达|达到)?(约|近)?$");
    private static final Pattern COMPARISON = Pattern.compile("同比|环比|较上年|比上年|较去年|比去年|与上年相比|较\\d{4}年|比\\d{4}年|相比");
    /** "通过“蒙速办·一次办”窗口办理事项375件": one channel's count, not the jurisdiction's. */
    private static final Pattern ONE_CHANNEL = Pattern.compile(
            "通过[^，,；;。]{0,14}(窗口|平台|专区|小程序|APP|App|专窗|公众号)|(窗口|专区|专窗)(共)?(办理|受理|办结)"
                    + "|(网上|线上|线下|掌上|网络)(行政复议|复议|法律援助)?(办件|办理|受理|申请|信访|投诉)|自助|一体机|该机|终端");
    /**
     * "通过“警调衔接”机制共成功调处…", "诉调对接…调解": the disputes that came through one link with the police, the
     * courts or the petition office, a part of all those mediated.
     */
    private static final Pattern MEDIATION_CHANNEL = Pattern.compile(
            "[诉警访检公劳]调(对接|衔接|联动)");
    /** "投诉举报类12件", "受理案件中…": one kind of a total. */
    private static final Pattern BREAKDOWN = Pattern.compile("[类型]$|(案件|纠纷|申请|事项)中[^，,；;。]{0,10}$");
    /**
     * Government information disclosure (政府信息公开年度报告) counts only the lawsuits, reconsiderations and
     * requests about disclosure: another matter than the indicators'.
     */
    private static final Pattern OTHER_MATTER = Pattern.compile("信息公开|依申请公开|主动公开|公开信箱|公开申请");
    /** "我局", "区公安分局": one department speaking of its own cases. */
    private static final Pattern ONE_DEPARTMENT = Pattern.compile("[我本该](局|委|办|厅|所)(?![^，,；;。]{0,6}(指导|组织|牵头|统筹))|分局");
    /** "宁波市法律援助中心": in a city's text, the city-level centre only (each county has its own). */
    private static final Pattern ONE_CENTRE = Pattern.compile("[市区县]?[\\u4e00-\\u9fa5]{0,8}中心");
    /** A city's 12345 centre is the only one: the city's hotline figures are its own. */
    private static final Pattern HOTLINE_CENTRE = Pattern.compile("(12345|热线)[\\u4e00-\\u9fa5]{0,10}中心");
    static final int MAX_JUDGED_WORDS = 240;
    /** "全镇各级调解组织": a town's own figures in a county's text. */
    private static final Pattern WHOLE_TOWN = Pattern.compile("[全本该](镇|乡|街道|村|社区)");
    /** "(包括上年受理后结转)": a remark in brackets does not name the figure. */
    private static final Pattern PARENTHETICAL = Pattern.compile("[(（][^()（）]{0,30}[)）]");
    /** "涉企行政复议案件", "四类矛盾纠纷": some kinds of a total. */
    private static final Pattern KINDS = Pattern.compile("涉企|涉外|(?<![各])[两三四五六七八九十\\d]+类");
    /**
     * "调处重大疑难纠纷35件", "化解婚姻家庭纠纷120件": a word that names one kind of dispute or case right before
     * the noun counts that kind only; "婚姻家庭、邻里等各类纠纷" lists kinds to mean them all.
     */
    private static final String KINDS_OF_CASES = "(?<![、和及与])(重大|疑难|复杂|群体性|涉稳|涉访|信访|专项|婚姻家庭|邻里|土地"
            + "|征地|征收|拆迁|物业|劳资|欠薪|讨薪|消费|医患|医疗|交通事故|道路交通|山林|环境|知识产权|金融|商事|家事|校园|刑事"
            + "|民事|未成年人|农民工|妇女|老年人|残疾人|军人|工伤|涉农|涉法涉诉|行政协议|认罪认罚|值班律师|法律帮助)"
            + "([^，,；;。、等各]{0,6})(矛盾纠纷|纠纷|案件|矛盾)";
    private static final Pattern ONE_KIND = Pattern.compile(KINDS_OF_CASES + "[^，,；;。]{0,6}$");
    /** "医疗纠纷人民调解成功率": a rate of one kind of case, wherever the kind stands before it. */
    private static final Pattern ONE_KIND_ANYWHERE = Pattern.compile(KINDS_OF_CASES);
    /** "其中婚姻家庭纠纷1200件，": a clause that lists parts. */
    private static final Pattern PART_LIST = Pattern.compile("其中[^，,；;。]*[，,；;]?");
    /** "上年结转行政复议案件", "旧存": cases carried over from earlier years ("(含结转)" includes them in a whole). */
    private static final Pattern CARRIED_OVER = Pattern.compile("(?<!未)结转|旧存|遗留|上年(度)?未(审)?结");
    /** "工伤认定类行政复议案件": one class of cases; "各类", "多类" mean them all. */
    private static final Pattern ONE_CLASS = Pattern.compile(
            "[\\u4e00-\\u9fa5](?<![各多诸门分归同种此该这大几两三四五六七八九十])类(?![型别似])"
                    + "(?=[^，,；;。]{0,10}(案件|申请|纠纷|事项|诉求)|(受理|新收|收到|办理|审结|办结|调解|调处)?$)");
    /**
     * "乡镇（街道）行政机关负责人出庭应诉率": the towns' figure inside a county's text; "各乡镇", "县、乡镇两级"
     * mean them all together with the county.
     */
    private static final Pattern TOWNS_ONLY = Pattern.compile(
            "(?<![各全所有、和及与县区市旗])乡镇(?:[（(]街道[)）])?(?![、和及与两三]|[（(]街道[)）][、和及与两三])");
    /** "市本级", "政府本级": the government's own level only, without the counties below it. */
    private static final Pattern OWN_LEVEL_ONLY = Pattern.compile("本级(?!政府)|[市区县]直(?!各|部门|单位)");
    /** "出庭应诉率从2019年的15%提高到29.65%": a figure followed by 提高到 is where it started. */
    private static final Pattern FOLLOWED_BY_TO = Pattern.compile("^[^，,；;。\\d]{0,12}?(提高|提升|上升|增长|增加|下降|降低|减少|降)(到|至)");
    /**
     * "…25万件，占办件总量的78%": the count is a share of its own jurisdiction's total, so a part of it. A share of
     * a higher level's total ("占全市的12%") says nothing of the kind: the count is then the jurisdiction's own.
     */
    private static final Pattern SHARE_OF_OWN_TOTAL = Pattern.compile(
            "^[^，,；;。\\d]{0,6}[，,]?\\s*占(?![^，,；;。]{0,8}(全市|全省|全国|全州|全盟|全区|市级|省级))[^，,；;。]{0,10}(总量|总数|总额|全部|总)");
    /** "…率95%的考核任务", "…100%的目标": the figure names a target, whether met or not. */
    private static final Pattern TARGET_AFTER = Pattern.compile("^[^，,；;。\\d]{0,2}的(考核|工作|年度)?(任务|目标)");
    /** "累计": over the year, or since ever; only a written year says which. */
    private static final Pattern CUMULATIVE = Pattern.compile("累计|总计|先后|历年");
    private static final Pattern YEAR_NAMED = Pattern.compile("\\d{4}年|全年|今年|本年|年内|当年");
    private static final Pattern OTHER_BODY = Pattern.compile("(?<!府)(法院|检察院|律师事务所|律所|公证处|仲裁委|仲裁院)|(?:该|本|两级)院(?![校系所])");
    private static final Pattern WHOLE_JURISDICTION = Pattern.compile(
            "全[县区市旗州盟省]|全年|共计|累计|合计|总计|(?<!公)共(?:受理|办理|收到|调处|调解|化解|审结|办结|有|计)");
    private static final Pattern SUB_UNIT = Pattern.compile("([\\u4e00-\\u9fa5]{2,4})(镇|街道|社区)");
    private static final Pattern PLAN_WORDS = Pattern.compile(
            "力争|争取|预计|计划|目标|拟|确保.{0,8}达到|将达到|要达到|确定[^，,；;。]{0,12}完成|下达|任务数"
                    + "|建议(保留|废止|宣布|修改|失效|清理)"
                    // a requirement or a ceiling, not a result: "要求出庭应诉率不低于90%", "败诉率控制在10%以内"
                    + "|须达到|必须|要求|应当|不低于|不少于|不超过|不高于|控制在|考核(要求|目标|指标)|指标(为|是)");
    private static final Pattern ENUMERATOR_NEXT = Pattern.compile("^[一二三四五六七八九十]+是|^[（(][一二三四五六七八九十]+[)）]");
    /** "由85%提高到100%": the figure after 由/从 is where it started, not the year's level. */
    private static final Pattern FROM_VALUE = Pattern.compile("(由|从)(上年|去年|上一年|前年|\\d{4}年)?(的)?$");
    private static final Pattern TO_VALUE = Pattern.compile(
            "^(提高|提升|上升|增长|增加|下降|降低|减少|降)(到|至|为)$");

    private final Catalogue catalogue;
    private final List<Compiled> indicators = new ArrayList<>();
    private final List<Pattern> topicPatterns = new ArrayList<>();
    /** Per topic (in the order of {@link #topicPatterns}), the catalogue's words for a part of its whole. */
    private final List<List<PartCheck>> topicParts = new ArrayList<>();
    private final TopicIndex.Matchers topicMatchers;
    private final NameScanner names;
    private final Shares shares;
    /** Indicators that are by nature a part of another count and may follow 其中. */
    private final java.util.Set<String> partIndicators;

    /** A catalogue's part words, compiled (see {@link Catalogue.PartWords}). */
    private record PartCheck(Pattern words, Pattern unless, boolean inBrackets) {
        boolean finds(String clause, String withoutBrackets) {
            String text = inBrackets ? clause : withoutBrackets;
            return words.matcher(text).find() && (unless == null || !unless.matcher(text).find());
        }
    }

    private record Compiled(Indicator indicator, int topic, List<Pattern> before, List<Double> beforeWeights,
                            List<Pattern> after, List<Double> afterWeights, List<Pattern> excludes,
                            List<Pattern> requires, List<Pattern> otherTopics) {
    }

    IndicatorMatcher(Catalogue catalogue, Gazetteer gazetteer) {
        this.catalogue = catalogue;
        this.names = gazetteer == null ? null : new NameScanner(gazetteer);
        this.shares = new Shares(catalogue);
        this.partIndicators = catalogue.indicators().stream().filter(Indicator::part).map(Indicator::code)
                .collect(java.util.stream.Collectors.toSet());
        List<String> topicKeys = new ArrayList<>(catalogue.topics().keySet());
        for (String key : topicKeys) {
            topicPatterns.add(Pattern.compile(catalogue.topics().get(key)));
            topicParts.add(catalogue.partsOf(key).stream().map(p -> new PartCheck(Pattern.compile(p.words()),
                    p.unless() == null ? null : Pattern.compile(p.unless()), p.inBrackets())).toList());
        }
        topicMatchers = new TopicIndex.Matchers(topicKeys.stream().map(k -> catalogue.topics().get(k)).toList());
        for (Indicator ind : catalogue.indicators()) {
            List<Pattern> before = new ArrayList<>();
            List<Double> bw = new ArrayList<>();
            List<Pattern> after = new ArrayList<>();
            List<Double> aw = new ArrayList<>();
            for (Indicator.Cue c : ind.cues()) {
                (c.after() ? after : before).add(Pattern.compile(c.pattern()));
                (c.after() ? aw : bw).add(c.weight());
            }
            List<Pattern> ex = ind.excludes().stream().map(Pattern::compile).toList();
            List<Pattern> req = ind.requires().stream().map(Pattern::compile).toList();
            indicators.add(new Compiled(ind, ind.topic() == null ? -1 : topicKeys.indexOf(ind.topic()), before, bw,
                    after, aw, ex, req, ind.otherTopics().stream().map(Pattern::compile).toList()));
        }
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
        String heading = "";
        TopicIndex topics = topicMatchers.index(text);
        boolean[] inTitle = new boolean[topicPatterns.size()];
        for (int t = 0; t < inTitle.length; t++) {
            inTitle[t] = topicPatterns.get(t).matcher(scope.authors().title()).find();
        }
        for (Sentence s : sentences) {
            budget.run();
            if (Headings.isHeading(text, s)) {
                heading = text.substring(s.start(), s.end());
            }
            List<NumberMention> values = new ArrayList<>();
            while (mi < mentions.size() && mentions.get(mi).start() < s.end()) {
                NumberMention m = mentions.get(mi++);
                if (m.start() >= s.start() && m.isValue()) {
                    values.add(m);
                }
            }
            Candidate last = null;
            for (int k = 0; k < values.size(); k++) {
                Candidate c = matchOne(text, s, previous, topics, values, k, scope, heading, inTitle);
                if (c == null && last != null && last.mention() == values.get(k - 1)) {
                    c = shares.of(last, values.get(k), text.substring(last.mention().end(), values.get(k).start()));
                }
                if (c != null) {
                    out.add(c);
                }
                last = c;
            }
            previous = s;
        }
        return out;
    }

    private Candidate matchOne(String text, Sentence s, Sentence previous, TopicIndex topics,
                               List<NumberMention> values, int k, Scope scope, String heading, boolean[] inTitle) {
        NumberMention m = values.get(k);
        if (!plausibleFigure(text, m, s)) {
            return null;
        }
        ClauseContext ctx = ClauseContext.of(text, s, values, k, false);
        if (k > 0 && TO_VALUE.matcher(ctx.before).find()) {
            // "…率由85%提高到100%": the words before the starting figure introduce this one too.
            ClauseContext from = ClauseContext.of(text, s, values, k - 1, false);
            Matcher start = FROM_VALUE.matcher(from.before);
            if (start.find()) {
                ctx = from.withBefore(from.before.substring(0, start.start())).withAfter(ctx.after);
            }
        }
        Best best = bestIndicator(s, previous, topics, m, ctx, null);
        if (best == null) {
            ClauseContext wider = ClauseContext.of(text, s, values, k, true);
            if (wider.extended && onlyFillerWords(ctx.before)) {
                best = bestIndicator(s, previous, topics, m, wider, null);
                if (best != null) {
                    best = new Best(best.compiled, best.score * 0.9, best.topicDistance);
                    ctx = wider;
                }
            }
        }
        if (best == null && k > 0 && onlyFillerWords(ctx.before)) {
            // "调解成功率较去年同期提高1.5个百分点，达98.5%": the name stands before the change, the level after it
            String named = nameBeforeAChange(text, s, values.get(k - 1));
            if (named != null) {
                ClauseContext skipped = ctx.withBefore(named + "，" + ctx.before);
                best = bestIndicator(s, previous, topics, m, skipped, null);
                if (best != null) {
                    best = new Best(best.compiled, best.score * 0.9, best.topicDistance);
                    ctx = skipped;
                }
            }
        }
        if (best == null) {
            // Only the report's title names what the figure counts ("…行政复议工作总结"), or only the words after
            // the figure, or nothing names it at all: a suggestion at most (see TopicFallback).
            best = bestIndicator(s, previous, topics, m, ctx, new TopicFallback(inTitle, heading, partEnd(text, s, m)));
        }
        if (best == null || best.score < MIN_CONFIDENCE) {
            return null;
        }
        return assess(text, s, m, ctx, best, scope, heading, sentenceBeforeInParagraph(text, previous, s));
    }

    /** @param topicDistance how far before the figure its topic is named; 1000 and more: only in the sentence before */
    private record Best(Compiled compiled, double score, int topicDistance) {
    }

    /** Topic distances from here on name the topic only in the sentence before the figure's. */
    private static final int PREVIOUS_SENTENCE = 1000;
    /** The topic is named only in the report's title. */
    private static final int TITLE_ONLY = 1_000_000;
    /**
     * The topic is named only after the figure, beyond its own clause, in the same sentence ("结案率100%，…劳动争议
     * 仲裁工作连续两年…"): what the sentence is about, but not written where the figure is.
     */
    private static final int LATER_IN_SENTENCE = 2_000_000;
    /**
     * No topic at all is named in the sentence, the one before, the heading or the title, and the cue points to
     * one indicator only ("清理结果为：保留45件，宣布失效16件"): nothing contradicts the cue, nothing confirms it.
     */
    private static final int NAMED_NOWHERE = 3_000_000;
    /** A cue this strong names the indicator by itself (审结, 纠错率); weaker ones need the topic in the sentence. */
    private static final double STRONG_CUE = 0.95;

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
    private Best bestIndicator(Sentence s, Sentence previous, TopicIndex topics, NumberMention m,
                               ClauseContext ctx, TopicFallback fallback) {
        boolean[] inTitle = fallback == null ? null : fallback.inTitle();
        Best best = null;
        int cued = 0;
        ClauseContext cueContext = ctx.withBefore(PARENTHETICAL.matcher(ctx.before).replaceAll(""));
        int[] clauseTopics = null;
        int bestTopicDistance = Integer.MAX_VALUE;
        for (Compiled c : indicators) {
            Indicator ind = c.indicator;
            if (!unitFits(ind, m, ctx)) {
                continue;
            }
            double score = cueScore(c, cueContext);
            if (score <= 0) {
                continue;
            }
            if (excluded(c, ctx.before)) {
                continue;
            }
            if (clauseTopics == null) {
                clauseTopics = clauseTopics(ctx);
            }
            int topicDistance = topicDistance(c, s, previous, topics, m, clauseTopics);
            cued++;
            if (topicDistance < 0 && inTitle != null && c.topic >= 0 && inTitle[c.topic]
                    && !topics.anyWithin(s.start(), m.start())) {
                topicDistance = TITLE_ONLY;
            }
            if (topicDistance < 0 && fallback != null && c.topic >= 0 && noTopicInClause(clauseTopics)
                    && topics.lastEnd(c.topic, m.end() + 1, fallback.partEnd()) >= 0) {
                topicDistance = LATER_IN_SENTENCE;
            }
            if (topicDistance < 0 && fallback != null && c.topic >= 0 && SELF_NAMING.matcher(cueContext.before).find()
                    && namesNoTopic(s, previous, topics, fallback)) {
                topicDistance = NAMED_NOWHERE;
            }
            if (topicDistance < 0) {
                continue;
            }
            if (best == null || score > best.score + 1e-9
                    || (Math.abs(score - best.score) < 1e-9 && topicDistance < bestTopicDistance)) {
                best = new Best(c, score, topicDistance);
                bestTopicDistance = topicDistance;
            }
        }
        if (best != null && best.topicDistance == NAMED_NOWHERE && cued > 1) {
            return null; // the cue alone fits several indicators (审结: lawsuits or reconsiderations): no guess
        }
        return best;
    }

    /** The figure's own clause, before the figure, names no topic. */
    private static boolean noTopicInClause(int[] clauseTopics) {
        for (int t = 0; t < clauseTopics.length; t += 2) {
            if (clauseTopics[t] >= 0) {
                return false;
            }
        }
        return true;
    }

    /** No topic is named in the sentence, the one before, the heading or the title. */
    private boolean namesNoTopic(Sentence s, Sentence previous, TopicIndex topics, TopicFallback fallback) {
        if (topics.anyWithin(s.start(), s.end()) || previous != null && topics.anyWithin(previous.start(), previous.end())) {
            return false;
        }
        for (int t = 0; t < topicPatterns.size(); t++) {
            if (fallback.inTitle()[t] || topicPatterns.get(t).matcher(fallback.heading()).find()) {
                return false;
            }
        }
        return true;
    }

    private static boolean unitFits(Indicator ind, NumberMention m, ClauseContext ctx) {
        if (ind.kind() == IndicatorKind.RATE) {
            return m.isPercent() && m.value().compareTo(BigDecimal.valueOf(100)) <= 0;
        }
        if (m.unit() == null) {
            // "调解纠纷45二是…": the unit was lost when the text was copied; accept only before a new item.
            return ENUMERATOR_NEXT.matcher(ctx.after).find();
        }
        return ind.units().contains(m.unit());
    }

    private static double cueScore(Compiled c, ClauseContext ctx) {
        double best = 0;
        for (int i = 0; i < c.before.size(); i++) {
            Matcher matcher = c.before.get(i).matcher(ctx.before);
            int lastEnd = -1;
            while (matcher.find()) {
                lastEnd = matcher.end();
                if (matcher.end() == matcher.start()) {
                    break;
                }
            }
            if (lastEnd < 0) {
                continue;
            }
            int distance = ctx.before.length() - lastEnd;
            if (distance > MAX_CUE_DISTANCE) {
                continue;
            }
            best = Math.max(best, c.beforeWeights.get(i) - 0.02 * distance);
        }
        for (int i = 0; i < c.after.size(); i++) {
            if (c.after.get(i).matcher(ctx.after).find()) {
                best = Math.max(best, c.afterWeights.get(i));
            }
        }
        return best;
    }

    private static boolean excluded(Compiled c, String before) {
        for (Pattern p : c.excludes) {
            if (p.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /** Per topic: where it is last named in the number's own words (-1: not), or 1 when named only after it. */
    private int[] clauseTopics(ClauseContext ctx) {
        int[] out = new int[topicPatterns.size() * 2];
        for (int t = 0; t < topicPatterns.size(); t++) {
            out[2 * t] = lastEnd(topicPatterns.get(t), ctx.before);
            out[2 * t + 1] = topicPatterns.get(t).matcher(ctx.after).find() ? 1 : 0;
        }
        return out;
    }

    /**
     * How far before the number the indicator's subject is named, or -1 when the sentence is about
     * something else: the subject must be named in the sentence (or, for a sentence that names no subject
     * at all before the number, in the one before it), and the number's own clause must not name another
     * subject instead.
     */
    private int topicDistance(Compiled c, Sentence s, Sentence previous, TopicIndex topics, NumberMention m,
                              int[] clauseTopics) {
        int own = c.topic;
        if (own < 0) {
            return 0;
        }
        int ownInClause = clauseTopics[2 * own];
        for (int t = 0; t < topicPatterns.size(); t++) {
            if (t != own && clauseTopics[2 * t] >= 0 && clauseTopics[2 * t] > ownInClause && clauseTopics[2 * own + 1] == 0) {
                return -1;
            }
        }
        int last = topics.lastEnd(own, s.start(), m.start());
        if (last >= 0) {
            return m.start() - last;
        }
        if (clauseTopics[2 * own + 1] == 1) {
            return 0;
        }
        if (previous != null && !topics.anyWithin(s.start(), m.start())) {
            int p = topics.lastEnd(own, previous.start(), previous.end());
            if (p >= 0) {
                return PREVIOUS_SENTENCE + (s.start() - p);
            }
        }
        return -1;
    }

    private static int lastEnd(Pattern p, String s) {
        Matcher matcher = p.matcher(s);
        int end = -1;
        while (matcher.find()) {
            end = matcher.end();
        }
        return end;
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

    private Candidate assess(String text, Sentence s, NumberMention m, ClauseContext ctx, Best best, Scope scope,
                             String heading, String sentenceBefore) {
        Integer reportYear = scope.year();
        String ownName = scope.ownName();
        List<String> flags = new ArrayList<>();
        boolean eligible = true;
        double confidence = best.score;
        if (WHOLE_JURISDICTION.matcher(ctx.before).find()) {
            confidence = Math.min(1.0, confidence + 0.05); // before any penalty, so it cannot undo one
        }
        Indicator ind = best.compiled.indicator;
        // The sentence's words before the figure, up to a bound: every check below reads them, so the work per
        // figure stays constant and extraction linear in the text (sentences of reports are far shorter).
        String beforeInSentence = text.substring(Math.max(s.start(), m.start() - MAX_JUDGED_WORDS), m.start());

        if (FROM_VALUE.matcher(ctx.before).find()) {
            flags.add("starting_value");
            eligible = false;
        }
        if ("个百分点".equals(m.unit()) || CHANGE_TAIL.matcher(ctx.before).find()
                || COMPARISON.matcher(ctx.before).find()) {
            flags.add("change");
            eligible = false;
        }
        if (!s.section().reportsResults()) {
            flags.add(s.section() == Section.PLANS ? "plan" : s.section().id());
            eligible = false;
        } else if (PLAN_WORDS.matcher(ctx.before).find()) {
            flags.add("plan");
            eligible = false;
        }
        // A heading's period ("（三）2018年以来的成效") covers every figure under it.
        String period = FigurePeriod.of(beforeInSentence, heading,
                s.start() > 0 && !heading.isEmpty() && !text.startsWith(heading, s.start()), scope);
        if (period != null) {
            flags.add(period);
            eligible &= !FigurePeriod.rulesOut(period);
        }
        String span = Periods.span(beforeInSentence, reportYear);
        if (span != null) {
            flags.add(span);
            eligible &= !Periods.RULED_OUT.contains(span);
        }
        if (!scope.insideReport() && Periods.unclearOutsideReport(beforeInSentence, heading, reportYear)) {
            flags.add("period_unclear");
        }
        if (!scope.insideReport() && !Subjects.ownNamed(beforeInSentence + heading, scope)) {
            // In a report the author is the subject; in loose text the sentence must say whose figure it is.
            flags.add("subject_unclear");
        }
        if (Subjects.higherLevelSpeaks(beforeInSentence, scope)) {
            flags.add("higher_level");
            eligible = false;
        }
        String subjectAbove = Subjects.subjectAbove(heading, beforeInSentence, scope);
        if (subjectAbove == null) {
            // "县人民法院充分发挥审判职能。全年共受理…": the sentence before, in the same paragraph, names the subject
            subjectAbove = Subjects.subjectAbove(sentenceBefore, beforeInSentence, scope);
        }
        if (subjectAbove != null) {
            flags.add(subjectAbove);
        }
        if (otherBodySpeaks(beforeInSentence, scope) || Subjects.legislatureSpeaks(beforeInSentence, scope)) {
            flags.add("other_body");
            confidence *= 0.45;
        }
        // a bare rate ("…调解纠纷320件，调解成功率100%") is the rate of the town whose count came before it
        boolean bare = ind.kind() == IndicatorKind.RATE && bareRate(ctx.before);
        if (isSubUnit(ctx.before) || bare && isSubUnit(PART_LIST.matcher(beforeInSentence).replaceAll(""))
                || WHOLE_TOWN.matcher(beforeInSentence).find()
                || namesAnotherJurisdiction(ctx.before, ownName) || anotherJurisdictionSpeaks(beforeInSentence, scope)) {
            flags.add("sub_unit");
            confidence *= 0.45;
        }
        if (ctx.startsWithQiZhong) {
            confidence *= 0.85;
            // A count after 其中 is a part, not the jurisdiction's whole figure, unless the indicator is itself
            // a part (cases heard in open court, out of all cases): at most a suggestion.
            boolean partByNature = ind.kind() != IndicatorKind.COUNT || partIndicators.contains(ind.code());
            flags.add(partByNature ? "after_qizhong" : "part_of_total");
        }
        if ("mediation".equals(ind.topic()) && MEDIATION_CHANNEL.matcher(beforeInSentence).find()) {
            flags.add("one_channel");
        }
        // A bare rate ("，办结率100%") belongs to what the clauses before it count, except a 其中 clause's
        // parts ("其中网上信访800件，按期办结率98.5%" is the whole's); a rate that names its own subject
        // ("信访事项按期办结率") stands on its own clause.
        String channelWords = ind.kind() != IndicatorKind.RATE ? beforeInSentence
                : bare ? PART_LIST.matcher(beforeInSentence).replaceAll("") : ctx.before;
        if ((ind.kind() == IndicatorKind.COUNT || !"licensing".equals(ind.topic()))
                && ONE_CHANNEL.matcher(channelWords).find()
                && !Subjects.ownSpeaksAfter(lastEnd(ONE_CHANNEL, channelWords), channelWords, scope)) {
            // A channel named in an earlier clause ("该机可办理…，办理业务…宗") is still the subject.
            flags.add("one_channel");
        }
        if (bare && excluded(best.compiled, channelWords)
                && !flags.contains("other_topic")) {
            // "化解信访积案35件，化解率100%": a bare rate is the rate of what the clauses before it count, and
            // the indicator's own exclusions (信访, 诉讼…) written there make it another matter's rate.
            flags.add("other_topic");
        }
        if (!best.compiled.requires.isEmpty()
                && best.compiled.requires.stream().noneMatch(p -> p.matcher(beforeInSentence).find())) {
            flags.add("name_incomplete");
        }
        if (best.compiled.otherTopics.stream().anyMatch(p -> p.matcher(beforeInSentence).find()
                || p.matcher(heading).find())) {
            flags.add("other_topic");
        }
        if (best.topicDistance >= PREVIOUS_SENTENCE && best.score < STRONG_CUE
                && !(best.compiled.topic >= 0 && topicPatterns.get(best.compiled.topic).matcher(heading).find())
                || best.topicDistance == TITLE_ONLY || best.topicDistance == NAMED_NOWHERE) {
            // A weak cue ("办理业务") in a sentence that never names what the figure counts: too little evidence.
            flags.add("topic_elsewhere");
        }
        if (best.topicDistance == LATER_IN_SENTENCE) {
            flags.add(Verdict.TOPIC_AFTER);
        }
        String titleDoubt = scope.authors().doubt(ind.topic());
        if (titleDoubt != null && !flags.contains(titleDoubt)) {
            flags.add(titleDoubt);
        }
        if (OTHER_MATTER.matcher(beforeInSentence).find() || OTHER_MATTER.matcher(heading).find()) {
            flags.add("other_topic");
        }
        if (Subjects.otherBodyNamed(beforeInSentence, scope, ind.topic())) {
            flags.add("subject_other_body");
        }
        if (ONE_DEPARTMENT.matcher(beforeInSentence).find()
                || (!scope.countyLevel() && ONE_CENTRE.matcher(beforeInSentence).find()
                        && !("hotline".equals(ind.topic()) && HOTLINE_CENTRE.matcher(beforeInSentence).find()))) {
            flags.add("other_body");
        }
        if (KINDS.matcher(beforeInSentence).find() || ONE_KIND.matcher(ctx.before).find()) {
            flags.add("part_of_total");
        }
        if (BREAKDOWN.matcher(ctx.before).find() || OWN_LEVEL_ONLY.matcher(beforeInSentence).find()
                || ListedParts.insideAList(beforeInSentence)) {
            flags.add("part_of_total");
        }
        // A count is limited by the words of its own clause and by the noun right after it ("废止7部政府规章"
        // counts rules, not documents; checked apart, as patterns anchor at the number); a rate by the count clauses before it too ("受理网上信访800件，办结率100%"
        // is the online petitions' rate).
        String limiting = ind.kind() == IndicatorKind.RATE ? channelWords : ctx.before;
        String noun = ind.kind() == IndicatorKind.RATE ? "" : countedNoun(ctx.after);
        if ((narrowerThanTheWhole(best.compiled, limiting) || !noun.isEmpty() && narrowerThanTheWhole(best.compiled, noun))
                && !flags.contains("part_of_total")) {
            flags.add("part_of_total");
        }
        if (TOWNS_ONLY.matcher(ctx.before).find()) {
            flags.add("sub_unit");
        }
        if (ind.kind() == IndicatorKind.COUNT
                && SHARE_OF_OWN_TOTAL.matcher(text.substring(m.end(), Math.min(s.end(), m.end() + 30))).find()
                && !flags.contains("part_of_total")) {
            flags.add("part_of_total"); // "“一网通办”办件量25万件，占办件总量的78%": a part, as its share says
        }
        if (TARGET_AFTER.matcher(ctx.after).find()) {
            flags.add("plan"); // "完成结案率95%的考核任务": the figure names the target that was met
            eligible = false;
        }
        if (FOLLOWED_BY_TO.matcher(ctx.after).find()) {
            flags.add("starting_value");
            eligible = false;
        }
        if (CUMULATIVE.matcher(beforeInSentence).find() && !YEAR_NAMED.matcher(beforeInSentence).find()) {
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

    /** "调解成功率较去年同期提高", "受理行政复议申请同比增长": a name, then a comparison and its verb. */
    private static final Pattern NAME_THEN_CHANGE = Pattern.compile(
            "^([^，,；;。]{2,30}?)(较|比|同比|环比|与上年|与去年)[^，,；;。]{0,10}?(提高|增长|下降|减少|增加|上升|降低|提升)了?$");

    /**
     * The name written before a change figure in its clause ("全县调解成功率" of "全县调解成功率较去年同期提高1.5个
     * 百分点"), when that figure is followed by nothing but its unit to the clause's end; null otherwise.
     */
    private static String nameBeforeAChange(String text, Sentence s, NumberMention change) {
        int start = s.start();
        for (int i = change.start() - 1; i >= s.start(); i--) {
            if ("，,；;。".indexOf(text.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        String rest = text.substring(change.end(), Math.min(s.end(), change.end() + 8));
        if (!rest.matches("^(个百分点|%|％|件|起|宗|个)?[，,][\\s\\S]*")) {
            return null;
        }
        Matcher m = NAME_THEN_CHANGE.matcher(text.substring(start, change.start()).strip());
        return m.matches() ? m.group(1) : null;
    }

    /** The sentence before {@code s} when no line break parts them (the same paragraph), else "". */
    private static String sentenceBeforeInParagraph(String text, Sentence previous, Sentence s) {
        if (previous == null || previous.end() > s.start() || text.substring(previous.end(), s.start()).indexOf('\n') >= 0) {
            return "";
        }
        return text.substring(previous.start(), previous.end());
    }

    /** The words right after a count and its unit, up to the clause's next punctuation: what it counts. */
    private static final Pattern COUNTED_NOUN = Pattern.compile("^[^，,；;。：:、（(\\d]{1,8}");

    private static String countedNoun(String after) {
        Matcher noun = COUNTED_NOUN.matcher(after.strip());
        // only a noun that ends the clause: "35件主要负责人出庭5件" runs on into the next figure's words
        return noun.matches() ? noun.group() : "";
    }

    private static final Pattern RATE_VERB = Pattern.compile("(为|达到|达|是|保持在|均为|均达)$");

    /** The clause is the rate's name and nothing else: "办结率", "按期办结率达". */
    private static boolean bareRate(String clause) {
        return RATE_VERB.matcher(clause.strip()).replaceAll("").length() <= 5;
    }

    /**
     * Cases carried over, one class or (for a rate) one kind of case, or the words the catalogue gives for a
     * part of the indicator's topic (a kind of service, lawsuit or mediation body, some respondents, the
     * principal heads only): a part of the whole.
     */
    private boolean narrowerThanTheWhole(Compiled c, String clause) {
        String words = PARENTHETICAL.matcher(clause).replaceAll("");
        if (CARRIED_OVER.matcher(words).find() || ONE_CLASS.matcher(words).find()
                || c.indicator.kind() == IndicatorKind.RATE && ONE_KIND_ANYWHERE.matcher(words).find()) {
            return true;
        }
        return c.topic >= 0 && topicParts.get(c.topic).stream().anyMatch(p -> p.finds(clause, words));
    }

    private static boolean otherBodySpeaks(String beforeInSentence, Scope scope) {
        Matcher body = OTHER_BODY.matcher(beforeInSentence);
        int end = -1;
        while (body.find()) {
            end = body.end();
        }
        return end >= 0 && !Subjects.ownSpeaksAfter(end, beforeInSentence, scope);
    }

    /** A county, district, city or zone other than the report's own named in the number's words. */
    private boolean namesAnotherJurisdiction(String before, String ownName) {
        if (names == null || ownName == null) {
            return false;
        }
        boolean other = false;
        for (NameScanner.Hit hit : names.scan(before)) {
            if (hit.shortForm() || hit.name().length() <= 2) {
                continue;
            }
            if (hit.name().equals(ownName) || ownName.contains(hit.name()) || hit.name().contains(ownName)) {
                return false;
            }
            other = true;
        }
        return other;
    }

    /** "《…》" titles of documents name places without making them the subject. */
    private static final Pattern DOCUMENT_TITLE = Pattern.compile("《[^《》]{0,60}》");

    /**
     * The last place named before the figure in its sentence is another county, city or province, and the
     * jurisdiction itself is not named after it: the subject written in an earlier clause covers this figure.
     */
    private boolean anotherJurisdictionSpeaks(String beforeInSentence, Scope scope) {
        String ownName = scope.ownName();
        if (names == null || ownName == null) {
            return false;
        }
        String words = DOCUMENT_TITLE.matcher(beforeInSentence).replaceAll(m -> "_".repeat(m.group().length()));
        NameScanner.Hit last = null;
        for (NameScanner.Hit hit : names.scan(words)) {
            if (!hit.shortForm() && hit.name().length() > 2) {
                last = hit;
            }
        }
        if (last == null || last.name().equals(ownName) || ownName.contains(last.name()) || last.name().contains(ownName)) {
            return false;
        }
        return !Subjects.ownSpeaksAfter(last.end(), words, scope);
    }

    private static boolean isSubUnit(String before) {
        Matcher m = SUB_UNIT.matcher(before);
        while (m.find()) {
            String name = m.group(1);
            if (!name.contains("各") && !name.contains("全") && !name.endsWith("乡") && !name.contains("所有")
                    && !name.contains("城乡") && !name.contains("村")) {
                return true;
            }
        }
        return false;
    }
}
