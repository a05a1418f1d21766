package cn.fazhi.workbench.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A total written after its parts: "调解婚姻家庭纠纷186件、邻里纠纷302件、劳资纠纷411件、其他纠纷233件，合计1132件，调解成功率
 * 99.1%", "处罚案卷312卷、许可案卷154卷、检查案卷86卷，合计评查行政执法案卷552卷". The parts come first, each named by its kind,
 * and 合计/总计/共计 opens the clause of the whole. It is taken for the whole only when the sum says so: the figures right
 * before it, with its unit, add up to it exactly — and the list ends in 其他 (so no kind is left out) or the total's
 * own clause names the indicator again. The parts are then parts (not rivals of the total), and a bare rate right after
 * the total is the whole's rate (round 53).
 */
final class TotalsAfterTheirParts {
    private TotalsAfterTheirParts() {
    }

    /** "三项合计", "以上4类共计": the number of the parts the total sums, before the summing word. */
    private static final String HOW_MANY = "(?:(?<count>[两二三四五六七八九十]|\\d{1,2})(?:项|类|种|者|部分))?";
    /** The clause of the total opens with a word that sums up (a level's word may stand before it). */
    private static final Pattern TOTAL_OPENS = Pattern.compile(
            "^\\s*(?:全[县区市旗]|以上|上述|各类)?" + HOW_MANY + "(?:合计|总计|共计|总共)");
    private static final Pattern SUMMING_WORD = Pattern.compile("合计|总计|共计|总共");
    /** Only the summing word (and 为/达) before the figure: the total names no matter of its own. */
    private static final Pattern BARE_TOTAL = Pattern.compile(
            "^\\s*(?:全[县区市旗]|以上|上述|各类)?" + HOW_MANY + "(?:合计|总计|共计|总共)(?:为|达到?)?\\s*$");
    /** The last part says "the rest": the list leaves no kind out. */
    private static final Pattern THE_REST = Pattern.compile("其他|其它|其余");
    /** "，二者合计1229件，占全县调解纠纷总数的39.2%": the total is itself a share of a larger whole (round 54). */
    private static final Pattern SHARE_OF_A_WHOLE_AFTER = Pattern.compile(
            "^[^。；;，,]{0,4}[，,]\\s*占[^，,；;。]{0,16}(?:总数|总量|总额|全[县区市旗])");
    /** A list of parts that opens with 其中 breaks a whole down: its total is a part too. */
    private static final Pattern BREAKDOWN = Pattern.compile("其中|包括|含");
    /**
     * "新受理矛盾纠纷7688件，加上…旧存纠纷95件，合计调处7783件": the last part is added in words, so the parts apart by
     * commas are the total's (round 62).
     */
    private static final Pattern ADDED = Pattern.compile("加上|连同|再加");
    private static final Pattern CASELOAD = Pattern.compile("办理|审理|承办");
    private static final int MIN_PARTS = 2;
    /** Units of a count of bodies or places inside a part's subject ("12个镇街…"). */
    private static final java.util.Set<String> DESCRIBING_UNITS = java.util.Set.of("个", "家", "所");
    /** A list is a few parts; the reads stay bounded per figure, so a text of many figures stays linear. */
    private static final int MAX_PARTS = 16;
    private static final int MAX_CLAUSE = 200;

    /**
     * The index of the first part whose figures, from it to the one right before the figure {@code k}, add up to it,
     * or -1. The figure's clause must open with a summing word, and the parts stand in the clauses right before it.
     */
    static int firstPart(String text, Sentence s, List<NumberMention> values, int k, String ownClause) {
        Matcher opens = TOTAL_OPENS.matcher(ownClause);
        if (k < MIN_PARTS || !opens.find()) {
            return -1;
        }
        int counted = opens.group("count") == null ? -1 : partsCounted(opens.group("count"));
        NumberMention total = values.get(k);
        if (total.unit() == null || total.isPercent()) {
            return -1;
        }
        // figures inside the total's own clause ("合计评查全县28个单位…案卷412卷") describe it, they are no parts
        int last = k - 1;
        int ownStart = clauseStart(text, s, total.start());
        while (last >= 0 && values.get(last).end() > ownStart) {
            last--;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int j = last; j >= Math.max(0, last + 1 - MAX_PARTS); j--) {
            NumberMention part = values.get(j);
            if (!total.unit().equals(part.unit()) && j < last && DESCRIBING_UNITS.contains(part.unit())) {
                continue; // "12个镇街人民调解委员会调解6245件": how many bodies a part's subject names, no part (round 55)
            }
            if (!total.unit().equals(part.unit())) {
                return -1;
            }
            sum = sum.add(part.value());
            int c = sum.compareTo(total.value());
            if (c > 0) {
                return -1;
            }
            if (c == 0 && last + 1 - j >= MIN_PARTS) {
                String list = text.substring(Math.max(s.start(), part.start() - 40), total.start());
                String lastPart = text.substring(values.get(last - 1).end(), values.get(last).start());
                // "县、镇街、村三级…分别调解612件、2153件、5671件，合计8436件": 分别 gives every item the list named; "刑事…、
                // 民事…、行政法律援助案件…，合计": the kinds that leave none out
                boolean everyKind = EVERY_KIND.stream().anyMatch(kinds -> allNamed(kinds, listUpTo(text, s, part, total)));
                boolean complete = THE_REST.matcher(lastPart).find() || !BARE_TOTAL.matcher(ownClause).matches()
                        || counted == last + 1 - j
                        || text.substring(clauseStart(text, s, part.start()), part.start()).contains("分别")
                        || everyKind;
                boolean breakdown = BREAKDOWN.matcher(text.substring(clauseStart(text, s, part.start()), part.start())).find()
                        || SHARE_OF_A_WHOLE_AFTER.matcher(text.substring(total.end(), Math.min(s.end(), total.end() + 40))).find();
                // parts apart by commas only when the total names the whole itself ("…，县政府被诉41件，合计全县行政机关新收…")
                // or they are kinds that leave none out ("以县政府为被告的…19件，以县直部门为被告的54件，以乡镇…8件，共计81件")
                // not a caseload ("新收…428件，加上上年结转19件，共计办理447件": the intake stays the year's received)
                boolean added = last > j && ADDED.matcher(text.substring(values.get(last - 1).end(), values.get(last).start())).find()
                        && !CASELOAD.matcher(ownClause).find();
                return complete && !breakdown
                        && (list.indexOf('、') >= 0 || WHOLE_NAMED.matcher(ownClause).find() || everyKind || added)
                        ? j : -1;
            }
        }
        return -1;
    }

    /**
     * Kinds that together leave none out: criminal, civil and administrative (legal aid, cases), online and offline,
     * the two halves of the year, documents repealed and declared void (round 54); a level's government, departments and
     * towns as defendants (round 55; not the first and the second instance: an appeal counts a case again).
     */
    private static final List<List<Pattern>> EVERY_KIND = List.of(
            List.of(Pattern.compile("刑事"), Pattern.compile("民事"), Pattern.compile("行政(?!机关|部门|执法)")),
            List.of(Pattern.compile("线上"), Pattern.compile("线下")),
            // online and on site: "网上渠道收到…，现场及邮寄收到…" (round 62)
            List.of(Pattern.compile("网上|线上|在线"), Pattern.compile("现场|线下|窗口|邮寄|当面")),
            List.of(Pattern.compile("上半年"), Pattern.compile("下半年")),
            List.of(Pattern.compile("废止"), Pattern.compile("失效")),
            // the defendants of a level's lawsuits: its government, its departments, its towns (round 55)
            List.of(Pattern.compile("[县区市旗](?:人民)?政府"), Pattern.compile("部门"), Pattern.compile("乡镇|街道|镇街")));

    private static final List<Pattern> HALVES = EVERY_KIND.get(3);
    private static final List<Pattern> CHANNELS = EVERY_KIND.get(2);
    /** The total's clause names the whole jurisdiction with its summing word ("合计全县行政机关…", "全区合计…"). */
    private static final Pattern WHOLE_NAMED = Pattern.compile(
            "^\\s*(?:(?:合计|总计|共计|总共)全[县区市旗]|全[县区市旗](?:合计|总计|共计|总共))"); // or "全区合计…" (round 55)

    private static boolean allNamed(List<Pattern> kinds, String list) {
        return kinds.stream().allMatch(k -> k.matcher(list).find());
    }

    /** The list from a little before its first part (where its kinds' words stand) up to the total. */
    private static String listUpTo(String text, Sentence s, NumberMention firstPart, NumberMention total) {
        return text.substring(firstPart.start() - Math.min(firstPart.start() - s.start(), 20), total.start());
    }

    private static int partsCounted(String count) {
        if (Character.isDigit(count.charAt(0))) {
            return Integer.parseInt(count);
        }
        return count.equals("两") ? 2 : "一二三四五六七八九十".indexOf(count) + 1;
    }

    /**
     * The words that name what the parts count, for a total that names nothing itself ("…其他纠纷233件，合计1132件"):
     * those before the first part in its clause; null when the figure sums no parts.
     */
    static String nameOfTheParts(String text, Sentence s, List<NumberMention> values, int k) {
        int first = firstPart(text, s, values, k, ownClause(text, s, values.get(k)));
        if (first < 0) {
            return null;
        }
        int from = clauseStart(text, s, values.get(first).start());
        if (from - 1 > s.start() && ("：:".indexOf(text.charAt(from - 1)) >= 0
                || from - 2 > s.start() && text.charAt(from - 2) == '中' && "，,".indexOf(text.charAt(from - 1)) >= 0)) {
            // "收到行政复议申请：涉及公安领域121件、…，共计348件": the clause the colon ends names what its list counts;
            // "全年新收一审行政诉讼案件中，以县政府为被告的21件、…，合计147件": so does the frame 中 closes (round 55)
            from = clauseStart(text, s, from - 1);
        }
        return text.substring(from, values.get(first).start());
    }

    /**
     * The judged figure as the sum says: a total of its parts is no part, nor is a bare rate right after it (the
     * whole's); a part a later total adds up is a part.
     */
    static Candidate judged(Candidate c, String text, Sentence s, List<NumberMention> values, int k) {
        if (c == null) {
            return null;
        }
        c = kindsAmongTheParts(c, text, s, values, k);
        NumberMention m = values.get(k);
        int first = m.isPercent() ? -1 : firstPart(text, s, values, k, ownClause(text, s, m));
        boolean total = first >= 0;
        if (total && c.flags().equals(List.of(Periods.PARTIAL)) && allNamed(HALVES, listUpTo(text, s, values.get(first), m))) {
            // "上半年评查案卷196卷、下半年评查216卷，合计评查…412卷": the two halves sum to the year
            return new Candidate(c.indicator(), m, c.sentence(), c.confidence(), List.of(), true);
        }
        if (total && c.flags().contains("one_channel") && allNamed(CHANNELS, listUpTo(text, s, values.get(first), m))) {
            // "通过“粤复议”平台等网上渠道收到…1194件，现场及邮寄收到…687件，合计收到…1881件": every channel's sum (round 62)
            List<String> fewer = new java.util.ArrayList<>(c.flags());
            fewer.remove("one_channel");
            c = new Candidate(c.indicator(), m, c.sentence(), c.confidence(), List.copyOf(fewer), c.eligible());
        }
        boolean rateOfTheTotal = m.isPercent() && k > 0 && RATE_ALONE.matcher(ownClause(text, s, m)).matches()
                && clauseStart(text, s, m.start()) > values.get(k - 1).end()
                && clauseStart(text, s, clauseStart(text, s, m.start()) - 1) <= values.get(k - 1).start()
                && firstPart(text, s, values, k - 1, ownClause(text, s, values.get(k - 1))) >= 0;
        boolean rateOfTheBrokenDownWhole = m.isPercent() && k > 1 && RATE_ALONE.matcher(ownClause(text, s, m)).matches()
                && brokenDownWhole(text, values, k - 1) >= 0;
        if ((total || rateOfTheTotal || rateOfTheBrokenDownWhole) && c.flags().contains("part_of_total")) {
            List<String> fewer = new java.util.ArrayList<>(c.flags());
            fewer.remove("part_of_total");
            fewer.remove("after_qizhong");
            return new Candidate(c.indicator(), m, c.sentence(), c.confidence(), List.copyOf(fewer), c.eligible());
        }
        return !m.isPercent() && summedLater(text, s, values, k) ? c.withFlag("part_of_total") : c;
    }

    /**
     * "共调解矛盾纠纷12468件，其中区级1032件、街道级4217件、社区级7219件，调解成功率98.7%": the index of the whole a 其中 list
     * ending at figure {@code last} breaks down completely (its parts, in the whole's unit, add up to it exactly), or
     * -1. A bare rate after such a list is the whole's, as after a total written after its parts (round 54).
     */
    private static int brokenDownWhole(String text, List<NumberMention> values, int last) {
        NumberMention lastPart = values.get(last);
        if (lastPart.unit() == null || lastPart.isPercent()) {
            return -1;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int j = last; j >= Math.max(1, last - MAX_PARTS); j--) {
            NumberMention part = values.get(j);
            if (!lastPart.unit().equals(part.unit())) {
                return -1;
            }
            sum = sum.add(part.value());
            NumberMention whole = values.get(j - 1);
            String between = text.substring(whole.end(), part.start());
            if (between.contains("其中")) {
                return last > j && sum.compareTo(whole.value()) == 0 && lastPart.unit().equals(whole.unit()) ? j - 1 : -1;
            }
        }
        return -1;
    }

    /**
     * "…物业纠纷2418件、劳动争议1215件、其他纠纷2190件，合计调解矛盾纠纷8731件，调解成功8602件": a matter the indicator counts as
     * another's (劳动争议 for mediation) named only as one kind in a complete list of parts is one of the whole's kinds: the
     * total and the figures after it are not that matter's (round 54, r153).
     */
    private static Candidate kindsAmongTheParts(Candidate c, String text, Sentence s, List<NumberMention> values, int k) {
        if (!c.flags().contains("other_topic") || c.indicator().otherTopics().isEmpty()) {
            return c;
        }
        for (int t = k; t >= Math.max(MIN_PARTS, k - 3); t--) {
            NumberMention total = values.get(t);
            int first = total.isPercent() ? -1 : firstPart(text, s, values, t, ownClause(text, s, total));
            if (first < 0) {
                continue;
            }
            String outside = text.substring(s.start(), clauseStart(text, s, values.get(first).start()))
                    + "，" + text.substring(clauseStart(text, s, total.start()), values.get(k).start());
            if (otherTopics(c).stream().noneMatch(p -> p.matcher(outside).find())) {
                List<String> fewer = new java.util.ArrayList<>(c.flags());
                fewer.remove("other_topic");
                return new Candidate(c.indicator(), values.get(k), c.sentence(), c.confidence(), List.copyOf(fewer),
                        c.eligible());
            }
            return c;
        }
        return c;
    }

    /** The indicator's other matters, compiled once per list of words (not once per figure). */
    private static final java.util.Map<List<String>, List<Pattern>> OTHER_TOPICS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static List<Pattern> otherTopics(Candidate c) {
        return OTHER_TOPICS.computeIfAbsent(c.indicator().otherTopics(),
                words -> words.stream().map(Pattern::compile).toList());
    }

    /** A rate named by its rate word alone, the whole clause before it ("调解成功率99.1%"). */
    private static final Pattern RATE_ALONE = Pattern.compile("^\\s*[\\u4e00-\\u9fa5]{0,6}率(?:为|达到?)?\\s*$");

    private static String ownClause(String text, Sentence s, NumberMention m) {
        return text.substring(clauseStart(text, s, m.start()), m.start());
    }

    /** The figure at {@code k} is one of the parts a later total of the sentence adds up. */
    static boolean summedLater(String text, Sentence s, List<NumberMention> values, int k) {
        int last = Math.min(values.size() - 1, k + 11);
        // asked for every count: most sentences sum nothing after it, so look for a summing word once before any total
        // (a later total's clause starts no earlier than the clause of figure k)
        if (last <= k || !SUMMING_WORD.matcher(text).region(clauseStart(text, s, values.get(k).start()),
                values.get(last).start()).find()) {
            return false;
        }
        for (int t = k + 1; t <= last; t++) {
            NumberMention total = values.get(t);
            int first = firstPart(text, s, values, t, ownClause(text, s, total));
            if (first >= 0 && first <= k) {
                return true;
            }
        }
        return false;
    }

    private static int clauseStart(String text, Sentence s, int at) {
        for (int i = at - 1; i >= Math.max(s.start(), at - MAX_CLAUSE); i--) {
            if ("，,；;。：:".indexOf(text.charAt(i)) >= 0
                    // "废止9件、宣布失效3件（共计12件）": a bracket that opens with a summing word holds the total's clause (r218)
                    || "（(".indexOf(text.charAt(i)) >= 0 && SUMMING_WORD.matcher(text).region(i + 1, at).lookingAt()) {
                return i + 1;
            }
        }
        return Math.max(s.start(), at - MAX_CLAUSE);
    }
}
