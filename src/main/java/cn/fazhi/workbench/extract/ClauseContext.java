package cn.fazhi.workbench.extract;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that belong to one number: from the start of its clause, or from the previous figure if
 * that is nearer, up to the number ("受理行政复议申请" in "…8件,受理行政复议申请6件"), and what follows it
 * up to the next figure or clause end ("案卷" in "60份案卷"). "A、B分别为3件、5件" gives each number its
 * own name.
 */
final class ClauseContext {
    /** Tabs separate table cells: a row's label cell belongs to the number in the next cell, so tabs do not break clauses. */
    private static final String CLAUSE_BREAKS = "，,；;：:";
    /**
     * "（白皮书）其中提到，去年…": 其中 followed by a verb of saying points into a document or a speech, it does
     * not begin a list of parts.
     */
    private static final Pattern REPORTED_SPEECH = Pattern.compile("[,，]?(提到|指出|显示|明确|强调|表示|介绍|写道|载明|披露)");
    private static final Pattern PERIOD_NAME = Pattern.compile("\\d{4}年|[上下]半年|全年|季度|\\d{1,2}月|上年|去年|今年|本年");
    private static final Pattern RESPECTIVELY = Pattern.compile("分别(?:为|是|达到|达|有|占)?$");

    final String before;
    final String after;
    /** Start of {@link #before} in the normalised text. */
    final int beforeStart;
    final boolean startsWithQiZhong;
    final boolean extended;
    /**
     * The number is the k-th of a 分别 list whose names are periods, and {@link #before} holds the words before the
     * list plus its k-th name only ("2022年、2023年分别为96件、86件": 96 is 2022年's).
     */
    final boolean respectively;
    /**
     * The number is an item of a series of years the sentence opens with ("2022年、2023年、2024年，全县分别受理…"):
     * readers label the reporting year's item a value, a series item or unclear (docs/labelling.md, decision 0068).
     */
    final boolean yearSeries;

    private ClauseContext(String before, String after, int beforeStart, boolean startsWithQiZhong, boolean extended) {
        this(before, after, beforeStart, startsWithQiZhong, extended, false);
    }

    private ClauseContext(String before, String after, int beforeStart, boolean startsWithQiZhong, boolean extended,
                          boolean respectively) {
        this(before, after, beforeStart, startsWithQiZhong, extended, respectively, false);
    }

    private ClauseContext(String before, String after, int beforeStart, boolean startsWithQiZhong, boolean extended,
                          boolean respectively, boolean yearSeries) {
        this.before = before;
        this.after = after;
        this.beforeStart = beforeStart;
        this.startsWithQiZhong = startsWithQiZhong;
        this.extended = extended;
        this.respectively = respectively;
        this.yearSeries = yearSeries;
    }

    /**
     * The words that may date the figure: the sentence's words before it, except that a figure of a 分别 list takes
     * only its own name from the list ("2022年、2023年分别为96件、86件", "全县调解纠纷上半年、全年分别为2410件、5230件":
     * each figure is its own name's period), with the words before the list.
     */
    String periodWords(String text, Sentence s, NumberMention m, String beforeInSentence, int maxWords) {
        if (!respectively) {
            return beforeInSentence;
        }
        int from = Math.max(s.start(), m.start() - maxWords);
        return text.substring(from, Math.max(from, beforeStart)) + before;
    }

    /** The same context with other words after the number. */
    ClauseContext withAfter(String words) {
        return new ClauseContext(before, words, beforeStart, startsWithQiZhong, extended, respectively, yearSeries);
    }

    /** The same context with other words before the number. */
    ClauseContext withBefore(String words) {
        return new ClauseContext(words, after, beforeStart, startsWithQiZhong, extended, respectively, yearSeries);
    }

    static ClauseContext of(String text, Sentence sentence, List<NumberMention> sentenceValues, int index,
                            boolean extendToPreviousClause) {
        NumberMention m = sentenceValues.get(index);
        int clauseStart = clauseStart(text, sentence.start(), m.start());
        int prevEnd = sentence.start();
        for (int i = index - 1; i >= 0; i--) {
            if (!countsBodies(text, sentenceValues.get(i))) {
                prevEnd = sentenceValues.get(i).end();
                break;
            }
        }
        ClauseContext listed = respectively(text, sentence, sentenceValues, index, clauseStart);
        if (listed != null) {
            return listed;
        }
        int start = Math.max(clauseStart, prevEnd);
        boolean extended = false;
        if (extendToPreviousClause && prevEnd < clauseStart && clauseStart > sentence.start()) {
            start = Math.max(prevEnd, clauseStart(text, sentence.start(), clauseStart - 1));
            extended = true;
        }
        String before = text.substring(start, m.start()).stripTrailing();
        int afterEnd = clauseEnd(text, m.end(), sentence.end());
        if (index + 1 < sentenceValues.size()) {
            afterEnd = Math.min(afterEnd, sentenceValues.get(index + 1).start());
        }
        String after = text.substring(m.end(), Math.max(m.end(), afterEnd));
        return new ClauseContext(before, after, start, afterQiZhong(text, sentence.start(), m.start()), extended);
    }

    /**
     * "评查县直21个执法部门和15个乡镇（街道）行政处罚案卷418卷": a number of departments or towns only says whose files,
     * so the figure's words run on past it to the verb before (round 56); so does a number of mediation committees
     * ("12个镇街调委会、201个社区（村）调委会和26个行业性专业性调委会全年共调处…").
     */
    private static final Pattern BODIES_COUNTED = Pattern.compile(
            "^[^，,；;。\\d]{0,4}?(?:部门|单位|乡镇|镇|乡|街道|村|社区|机关|委办局)|^[^，,；;。\\d]{0,8}?(?:调委会|调解委员会|调解组织)"
                    // "市法律援助中心及14处镇（街道）法律援助工作站全年共…" (round 67, r185 read)
                    + "|^[^，,；;。\\d]{0,10}?(?:工作站|服务站|司法所)");

    private static boolean countsBodies(String text, NumberMention m) {
        return ("个".equals(m.unit()) || "家".equals(m.unit()) || "处".equals(m.unit()) || m.unit() == null
                && text.startsWith("处", m.end()))
                && BODIES_COUNTED.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).find();
    }

    /** "（一）", "一是", "1.", "①": how an item is numbered before its label. */
    private static final Pattern ITEM_NUMBER = Pattern.compile(
            "^\\s*(（[一二三四五六七八九十]+）|\\([一二三四五六七八九十]+\\)|[（(]\\d{1,2}[)）]|[一二三四五六七八九十]+[、是]|\\d{1,2}[.、．]|[①②③④⑤⑥⑦⑧⑨⑩])?\\s*");
    /** "在行政复议方面，…": a first clause that only names the matter of the rest. */
    private static final Pattern ASPECT = Pattern.compile("^(在)?(.{2,12}?)(方面|领域)$");
    /** Words after a matter that add nothing to it: "行政复议工作：", "法律援助方面：", "行政复议。". */
    private static final Pattern LABEL_TAIL = Pattern.compile("(工作|方面|领域|情况|管理|(?:办理|运行)?(?:情况)?统计表?)?[。：:，,]?$");
    /**
     * A clause that leaves its matter out: one of the indicators' verbs after the words that open a year's
     * figure (全年, the year itself: "2023年收到申请" after "行政复议："), and the bare noun ("全年收到申请", "受理", "审结",
     * "全年发生案件"); "共482宗" says no verb.
     */
    private static final Pattern MATTERLESS = Pattern.compile(
            "^(全年|今年以来|截至目前|\\d{4}年度?[，,]?|本年度[，,]?|今年[，,]?)?(全县|全区|全市|我[县区市]|[县区](?:人民)?政府|[县区]本级)?(共|共计|累计|依法)?"
                    // "行政诉讼：一审收案173件" (round 65)
                    + "(?:一审)?(收到|新收|收案|立案|受理|审结|办结|结案|办理|发生|调解|调处|化解|审查|审核|备案|报备|废止|评查|纠错|败诉|承办|指派"
                    // "表3 2024年丹阳市人民调解案件统计" over "全市合计9386件，其中…" (round 87 a)
                    + "|(?<=全[县区市])合计)了?"
                    + "(各类|一审)?(申请|案件|起诉|纠纷)?$");

    /**
     * The label that opens the figure's sentence, or its part after a semicolon: the words before a colon
     * ("行政复议" of "行政复议：收到申请86件，受理80件") or a first clause that names an aspect ("在行政复议方面，").
     * It names the matter of every clause after it up to the part's end. Null when there is none.
     */
    static String label(String text, Sentence sentence, int pos) {
        int partStart = sentence.start();
        for (int i = pos - 1; i >= sentence.start(); i--) {
            char c = text.charAt(i);
            if (c == '；' || c == ';') {
                partStart = i + 1;
                break;
            }
        }
        for (int i = partStart; i < pos; i++) {
            char c = text.charAt(i);
            if (c == '：' || c == ':') {
                return cleanLabel(text.substring(partStart, i));
            }
            if (c == '，' || c == ',') {
                Matcher aspect = ASPECT.matcher(ITEM_NUMBER.matcher(text.substring(partStart, i)).replaceFirst("").strip());
                return aspect.matches() ? aspect.group(2) : null;
            }
        }
        return null;
    }

    /** A table's caption number and the year that open a heading before its matter: "表3 2024年行政应诉情况". */
    private static final Pattern CAPTION_AND_YEAR = Pattern.compile("^(?:表\\s*\\d{1,2}[\\s：:.、]*)?(?:\\d{4}年度?)?\\s*");

    /**
     * A heading's matter for the clauses under it: its clean label without a caption number or a year before the matter
     * ("（四）2024年行政应诉" → "行政应诉"), and without the jurisdiction's own name after the year ("2024年丹阳市人民调解
     * 案件统计" → "人民调解案件" in 丹阳市's report); the year's own period is the heading periods' concern.
     */
    static String headingMatter(String heading, String ownName) {
        String label = cleanLabel(heading);
        Matcher placed = CAPTION_YEAR_AND_PLACE.matcher(label);
        if (placed.lookingAt() && placed.group(1).equals(ownName)) {
            return label.substring(placed.end()); // the jurisdiction's own; another place's heading names no matter of its own
        }
        return CAPTION_AND_YEAR.matcher(label).replaceFirst("");
    }

    /**
     * "表3 2024年丹阳市人民调解案件统计" (its number already cut off a heading): a caption or a dated heading names its place
     * between the year and the matter (round 87 a).
     */
    private static final Pattern CAPTION_YEAR_AND_PLACE = Pattern.compile(
            "^(?:(?:附表|表)\\s*\\d{1,2}[\\s：:.、]*(?:\\d{4}年度?)?|\\d{4}年度?)\\s*([\\u4e00-\\u9fa5]{1,7}?[市县区旗])(?=[\\u4e00-\\u9fa5]{2})");

    /** A label or a heading without its numbering and the words after its matter ("（三）行政复议工作" → "行政复议"). */
    static String cleanLabel(String words) {
        String label = ITEM_NUMBER.matcher(words).replaceFirst("").strip();
        return LABEL_TAIL.matcher(label).replaceFirst("");
    }

    /**
     * The clause's words with a label's matter written where the clause leaves it out: before its bare noun
     * ("收到申请" → "收到行政复议申请"), or after its verb ("受理" → "受理行政复议"); null when the clause says more
     * than a verb and its bare noun (its own words then say what it counts).
     */
    ClauseContext withLabel(String label) {
        Matcher bare = MATTERLESS.matcher(before.strip());
        if (!bare.matches()) {
            return null;
        }
        int at = bare.start(5) >= 0 ? bare.start(5) : bare.start(6) >= 0 ? bare.start(6) : bare.end();
        String words = before.strip();
        return withBefore(words.substring(0, at) + label + words.substring(at));
    }

    /**
     * As {@link #withLabel}, the matter written before the clause's verb: the way a report names a count whose act
     * is a noun ("行政诉讼收案", "法律援助案件办理"): "行政诉讼：全年收案132件" → "全年行政诉讼收案".
     */
    ClauseContext withLabelFirst(String label) {
        Matcher bare = MATTERLESS.matcher(before.strip());
        if (!bare.matches()) {
            return null;
        }
        String words = before.strip();
        return withBefore(words.substring(0, bare.start(4)) + label + words.substring(bare.start(4)));
    }

    /** "…共X件，其中A 3件，B 5件": every figure after 其中 (up to a semicolon) is a part of the total. */
    private static boolean afterQiZhong(String text, int sentenceStart, int pos) {
        int searchFrom = Math.min(pos, text.length() - 2);
        while (true) {
            int q = -1;
            // Only inside the sentence: a search back through the whole text made extraction quadratic.
            for (int i = searchFrom; i >= sentenceStart; i--) {
                if (text.charAt(i) == '其' && text.charAt(i + 1) == '中') {
                    q = i;
                    break;
                }
            }
            if (q < 0 || REPORTED_SPEECH.matcher(text).region(q + 2, Math.min(text.length(), q + 6)).lookingAt()) {
                return false;
            }
            int opening = q > sentenceStart ? openBracketBefore(text, sentenceStart, q) : -1;
            boolean closed = false;
            for (int i = q; i < pos && !closed; i++) {
                char c = text.charAt(i);
                if (c == '；' || c == ';') {
                    return false;
                }
                // "（其中新收79件，上年结转7件），审结75件": a 其中 inside brackets ends with them
                closed = opening >= 0 && (c == '）' || c == ')');
            }
            if (!closed) {
                return true;
            }
            // "审结258件，其中维持127件、终止67件（其中申请人撤回申请58件）、调解结案14件": the bracket's 其中 ended with it,
            // and a 其中 before the bracket still governs (round 112, 105 b)
            searchFrom = opening - 1;
        }
    }

    /** The opening bracket before {@code pos} in the sentence that no closing bracket has closed yet, or -1. */
    private static int openBracketBefore(String text, int sentenceStart, int pos) {
        for (int i = pos - 1; i >= sentenceStart; i--) {
            char c = text.charAt(i);
            if (c == '）' || c == ')') {
                return -1;
            }
            if (c == '（' || c == '(') {
                return i;
            }
        }
        return -1;
    }

    private static int clauseStart(String text, int sentenceStart, int pos) {
        for (int i = pos - 1; i >= sentenceStart; i--) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return sentenceStart;
    }

    private static int clauseEnd(String text, int pos, int sentenceEnd) {
        for (int i = pos; i < sentenceEnd; i++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '。') {
                return i;
            }
        }
        return sentenceEnd;
    }

    /** A clause that says only when, who and the act before its figure ("全年共收到", "我县共有"). */
    private static final Pattern ACT_ONLY_BEFORE = Pattern.compile(
            "^(全年|今年以来|年内|\\d{4}年度?)?[，,]?(全[县区市]|我[县区市]|[县区](?:人民)?政府|[县区]本级)?(共|共计|累计|依法)?"
                    + "(收到|新收|受理|审结|办结|办理|发生|调解|调处|化解|审查|审核|报备|废止|评查|承办|指派|有)了?$");
    /**
     * The rest of the clause after a figure that is only the plain noun of an indicator's whole ("行政复议申请",
     * "矛盾纠纷得到调解"): no kind, body or place can hide in it, so the checks that read the words before the figure
     * lose nothing by reading it there.
     */
    private static final Pattern NOUN_AFTER = Pattern.compile("^(各类)?(行政复议(申请|案件)|复议(申请|案件)"
            + "|(一审)?行政(诉讼|应诉)案件|矛盾纠纷|民间纠纷|(行政)?规范性文件|法律援助案件|(行政执法)?案卷"
            + "|政务服务事项|行政许可事项|审批服务事项)"
            + "((得到|获得|被|经过?)(依法)?(调解|调处|化解|受理|审结|评查|审核|合法性审核|合法性审查))?$");

    /**
     * "全年共收到86件行政复议申请", "全年共有5620件矛盾纠纷得到调解": the figure stands between a bare act and what it
     * counts; the same words with the noun before the figure ("全年共收到行政复议申请") name it. Null when the figure's
     * clause is not of that shape.
     */
    ClauseContext withTheNounBefore() {
        if (!ACT_ONLY_BEFORE.matcher(before.strip()).matches() || !NOUN_AFTER.matcher(after.strip()).matches()) {
            return null;
        }
        return withBefore(before.strip() + after.strip());
    }

    /** A clause that opens by saying all of them (均, 全部) and holds no figure of its own. */
    private static final Pattern ALL_OF_THEM = Pattern.compile(
            // "，均在30日内报送备案": a time limit is no figure of the clause's own
            // "，已全部按时报市政府…备案" (round 64)
            "^[，,]\\s*((?:均|全部|均已|全部已|已全部|已经全部)(?:[^，,；;。\\d]|\\d{1,2}(?:个工作)?日){2,30})");

    /**
     * The words of the clause right after the figure's own when it only says what was done to all of them
     * ("…12件，均经合法性审核"); null when there is none.
     */
    static String allOfThemAfter(String text, Sentence sentence, NumberMention m) {
        int end = clauseEnd(text, m.end(), sentence.end());
        Matcher all = ALL_OF_THEM.matcher(text.substring(end, sentence.end()));
        return all.find() ? all.group(1) : null;
    }

    /** One closed bracket ("（另有2件经审查后暂缓出台）"): a remark, no words of the figure's own. */
    private static final Pattern ONE_REMARK = Pattern.compile("^\\s*[（(][^（()）]{1,40}[)）]\\s*$");

    /** The rest of the figure's clause is only a remark in brackets ("出台规范性文件21件（另有2件…暂缓出台），均…备案"). */
    static boolean onlyARemarkAfter(String text, Sentence sentence, NumberMention m) {
        int end = clauseEnd(text, m.end(), sentence.end());
        return end > m.end() && ONE_REMARK.matcher(text.substring(m.end(), end)).matches();
    }

    /** The rate a list's last name ends with: "按期办结率" of "12345热线按期办结率". */
    private static final Pattern RATE_TAIL = Pattern.compile("(?:按期|按时|及时|依法)?[\\u4e00-\\u9fa5]{1,4}率$");

    /** "收案、结案分别为30件、28件": the k-th number takes the k-th name before 分别. */
    private static ClauseContext respectively(String text, Sentence sentence, List<NumberMention> values, int index,
                                              int clauseStart) {
        // Walk back over the list of numbers joined by 、/和 to the word 分别.
        int first = index;
        while (first > 0 && joinedByListMark(text, values.get(first - 1), values.get(first))) {
            first--;
        }
        int listStart = values.get(first).start();
        Matcher r = RESPECTIVELY.matcher(text.substring(Math.max(sentence.start(), listStart - 6), listStart));
        if (!r.find()) {
            ClauseContext acts = actsListedBeforeTheNumbers(text, sentence, values, index, first);
            return acts != null ? acts : periodsOpeningTheSentence(text, sentence, values, index, first);
        }
        int last = lastOfTheList(text, values, index);
        int count = last - first + 1;
        int keyStart = clauseStart(text, sentence.start(), listStart);
        int keyEnd = listStart - (r.end() - r.start());
        String keys = text.substring(keyStart, Math.max(keyStart, keyEnd));
        String[] names = keys.split("、|和|及|与");
        if (names.length < count) {
            String[] earlier = namesOfTheListBefore(text, sentence, values, first, count);
            if (earlier != null && names.length == 1 && OWN_SUBJECT.matcher(keys).matches()) {
                // "长沙市…办结率、满意率分别为99.1%、96.3%，我区分别为99.6%、97.2%": the names of the list before (round 77)
                return new ClauseContext(keys + earlier[index - first], "", keyStart, false, false, false);
            }
            return periodsOpeningTheSentence(text, sentence, values, index, first);
        }
        // Words before the list that are not one of the names stay with every name; "收到、受理、审结行政复议申请":
        // the object after the last verb (行政复议申请) belongs to every verb.
        String subject = String.join("", java.util.Arrays.copyOf(names, names.length - count));
        String name = names[names.length - count + (index - first)];
        if (count >= 2 && index < first + count - 1) {
            String lastName = names[names.length - 1];
            String previousName = names[names.length - 2];
            Matcher rateTail = RATE_TAIL.matcher(lastName);
            if (!name.contains("率") && values.get(index).isPercent() && rateTail.find()) {
                // "信访、12345热线按期办结率分别为100%、99%": the rate the last name ends with is every name's (round 63)
                name = name + rateTail.group();
            } else if (previousName.length() <= 4 && lastName.length() > previousName.length() + 1) {
                name = name + lastName.substring(previousName.length());
            }
        }
        String before = subject + name;
        // the names are periods ("2022年、2023年", "上半年、全年"): each figure is its own name's
        long periods = java.util.Arrays.stream(names, names.length - count, names.length)
                .filter(n -> PERIOD_NAME.matcher(n).find()).count();
        return new ClauseContext(before, "", keyStart, false, false, periods >= 2);
    }

    private static final Pattern PLACE_OPENING = Pattern.compile("^\\s*[\\u4e00-\\u9fa5]{1,6}?(?:省|自治区|市|州|盟)(?:全市|全州|全省)?");
    /** The jurisdiction's own words alone before a list's 分别: "我区", "全县". */
    private static final Pattern OWN_SUBJECT = Pattern.compile("^\\s*[我全本][县区市旗]\\s*$");

    /**
     * The names of the 分别 list of as many numbers that ends right before the clause of the list at {@code first}
     * ("办结率、满意率分别为99.1%、96.3%，"), or null when there is none.
     */
    private static String[] namesOfTheListBefore(String text, Sentence sentence, List<NumberMention> values, int first,
                                                 int count) {
        int last = first - 1;
        int start = last - count + 1;
        if (start < 0) {
            return null;
        }
        for (int i = start; i < last; i++) {
            if (!joinedByListMark(text, values.get(i), values.get(i + 1))) {
                return null;
            }
        }
        String between = text.substring(values.get(last).end(), values.get(first).start());
        if (start > 0 && joinedByListMark(text, values.get(start - 1), values.get(start))
                || !between.matches("[^，,；;。\\d]{0,4}[，,][^，,；;。\\d]*")) {
            return null;
        }
        int listStart = values.get(start).start();
        Matcher r = RESPECTIVELY.matcher(text.substring(Math.max(sentence.start(), listStart - 6), listStart));
        if (!r.find()) {
            return null;
        }
        int keyStart = clauseStart(text, sentence.start(), listStart);
        String keys = text.substring(keyStart, Math.max(keyStart, listStart - (r.end() - r.start())));
        String[] names = keys.split("、|和|及|与");
        if (names.length < count) {
            return null;
        }
        String[] own = Arrays.copyOfRange(names, names.length - count, names.length);
        // "长沙市12345热线办结率": the place that opens the list before is not the jurisdiction's
        own[0] = PLACE_OPENING.matcher(own[0]).replaceFirst("");
        return own;
    }

    private static final String ONE_PERIOD = "(?:\\d{4}年度?|[上下]半年|全年|第?[一二三四]季度|前三季度|1[-—–至~]\\d{1,2}月)";
    /** "上半年和全年，", "2023年、2024年，": a sentence that opens with nothing but a list of periods. */
    private static final Pattern OPENING_PERIODS = Pattern.compile(
            "^\\s*(" + ONE_PERIOD + "(?:(?:、|和|及|与)" + ONE_PERIOD + "){1,4})\\s*[，,]\\s*$");

    /** "2022—2024年，": a sentence that opens with nothing but a span of years. */
    private static final Pattern OPENING_SPAN = Pattern.compile(
            "^\\s*(\\d{4})年?\\s*[—–\\-~至到]\\s*(\\d{4})年度?\\s*[，,]\\s*$");

    /** The years a span the sentence opens with names, one by one; null when it opens with no span of 2 to 5 years. */
    private static String[] yearsOfTheSpan(String openingClause) {
        Matcher span = OPENING_SPAN.matcher(openingClause);
        if (!span.matches()) {
            return null;
        }
        int from = Integer.parseInt(span.group(1));
        int to = Integer.parseInt(span.group(2));
        if (to - from < 1 || to - from > 4) {
            return null;
        }
        return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(y -> y + "年").toArray(String[]::new);
    }

    private static final Pattern FIRST_COMMA = Pattern.compile("[，,]");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}年度?");

    private static final String ACT = "(审核|审查|备案|收到|受理|审结|办结|办理|调解|调处|评查|废止|清理|制定|出台|发布)";
    /** "审核、备案规范性文件21件、19件": two acts and their one object right before a list of as many numbers. */
    private static final Pattern ACTS_LISTED = Pattern.compile(
            "(?:^|[，,；;：:])[^，,；;：:。\\d]{0,8}?" + ACT + "、" + ACT + "([\\u4e00-\\u9fa5]{2,10})$");

    /**
     * "审核、备案规范性文件21件、19件" (round 74 b): two acts listed before their object and two numbers pair by position
     * as a 分别 list does — 21 is 审核's, 19 备案's.
     */
    private static ClauseContext actsListedBeforeTheNumbers(String text, Sentence sentence, List<NumberMention> values,
                                                            int index, int first) {
        int last = lastOfTheList(text, values, index);
        int listStart = values.get(first).start();
        if (last - first + 1 != 2 || !text.substring(values.get(first).end(), values.get(first + 1).start()).equals("、")) {
            return null;
        }
        int keyStart = clauseStart(text, sentence.start(), listStart);
        Matcher acts = ACTS_LISTED.matcher(text.substring(keyStart, listStart));
        if (!acts.find()) {
            return null;
        }
        String before = text.substring(keyStart, keyStart + acts.start(1)) + acts.group(index == first ? 1 : 2) + acts.group(3);
        return new ClauseContext(before, "", keyStart, false, false, false);
    }

    /**
     * "上半年和全年，全市分别调处矛盾纠纷3951件、8436件，调解成功率分别为99.14%、99.24%" (round 74): the periods a sentence
     * opens with are the names of every 分别 list after it that has as many numbers — the k-th number is the k-th
     * period's, with its own clause's words.
     */
    private static ClauseContext periodsOpeningTheSentence(String text, Sentence sentence, List<NumberMention> values,
                                                           int index, int first) {
        int last = lastOfTheList(text, values, index);
        int count = last - first + 1;
        int listStart = values.get(first).start();
        int keyStart = clauseStart(text, sentence.start(), listStart);
        if (count < 2 || keyStart <= sentence.start()) {
            return null;
        }
        String clause = text.substring(keyStart, listStart);
        String opening = text.substring(sentence.start(), keyStart);
        Matcher comma = FIRST_COMMA.matcher(opening);
        String openingClause = comma.find() ? opening.substring(0, comma.end()) : opening;
        Matcher open = OPENING_PERIODS.matcher(openingClause);
        if (!clause.contains("分别")) {
            return null;
        }
        String[] names = open.matches() ? open.group(1).split("、|和|及|与") : yearsOfTheSpan(openingClause);
        if (names == null) {
            return null;
        }
        if (names.length != count) {
            return null;
        }
        // "2022年、2023年、2024年，全县分别受理…": a series of years — each item is its own year's, and the reporting
        // year's is for a person to decide (decision 0068)
        boolean years = Arrays.stream(names).allMatch(n -> YEAR_ONLY.matcher(n).matches());
        return new ClauseContext(names[index - first] + "，" + clause, "", sentence.start(), false, false, true, years);
    }

    /** The index of the last number of the list joined by 、/和 that the number at {@code index} is in. */
    private static int lastOfTheList(String text, List<NumberMention> values, int index) {
        int last = index;
        while (last + 1 < values.size() && joinedByListMark(text, values.get(last), values.get(last + 1))) {
            last++;
        }
        return last;
    }

    private static boolean joinedByListMark(String text, NumberMention a, NumberMention b) {
        String between = text.substring(a.end(), b.start());
        return between.equals("、") || between.equals("和") || between.equals(",") || between.equals("，");
    }
}
