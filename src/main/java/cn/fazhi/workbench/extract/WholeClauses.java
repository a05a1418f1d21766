package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "县司法局指导…17个行业性专业性调解组织，全年共调解矛盾纠纷17226件，成功17089件，成功率99.20%": a clause that opens
 * with the year's whole ("全年共", "全县共") starts the figures' account afresh. The bodies an opening clause guided or
 * set up are not what the counts after it count (their own clauses say so already), so a bare rate after those counts
 * is read from that clause on too, as its counts are. A clause that lists kinds ("全年调处医疗、劳动等领域纠纷") names no
 * whole, and the bodies before it remain its subject.
 */
final class WholeClauses {
    /**
     * A clause opening with the year ("，全年调处", "，今年以来共") or with the whole jurisdiction and 共 ("；全县共"); not a
     * clause that says every year alike or averages (全年…均, 全年平均).
     */
    private static final Pattern WHOLE_OPENS = Pattern.compile(
            "[，,；;]\\s*(?=(?:全年|今年以来|本年度|一年来)(?:全[县区市旗])?(?:共|累计)?(?![^，,；;。]{0,12}(?:均|都|平均))|全[县区市旗](?:全年)?共"
                    // "，全县各级政务服务机构全年共办理…" (r247): all the bodies of every level, then the year's sum
                    + "|全[县区市旗]各级[^，,；;。\\d]{0,12}?(?:全年)?(?:共|累计))");

    private static final Pattern FIGURE = Pattern.compile("\\d");
    private static final Pattern FIRST_CLAUSE = Pattern.compile("^[^，,；;。]*");
    private static final Pattern COUNT = Pattern.compile("(?<![\\d.])[\\d.]+\\s*万?\\s*(?:件次|人次|件|起|宗|个|次|卷|份)");

    /** The part's first clause holds a figure and more than an act ("12345热线转派我区工单7.86万件", not "办结2183件"). */
    private static boolean opensWithACountOfItsOwn(String part) {
        Matcher first = FIRST_CLAUSE.matcher(part.strip());
        if (!first.find()) {
            return false;
        }
        Matcher figure = COUNT.matcher(first.group());
        return figure.find() && figure.start() > 0
                && !ContinuingCounts.actOnly(first.group().substring(0, figure.start()));
    }

    /**
     * "…推动化解信访积案51件；全县信访事项办结率100%，按期办结率99.61%": a part that opens with the whole's own rate starts
     * the account of the bare rates after it afresh (round 67 b).
     */
    private static final Pattern WHOLES_RATE_OPENS = Pattern.compile("\\s*全[县区市旗][^，,；;。\\d]{0,12}率(?:为|达到?)?\\s*[\\d.]+\\s*%");

    private WholeClauses() {
    }

    /**
     * "专兼职人民调解员 2164人；调解纠纷 6843件；…；调解成功率 99.09%" (round 86 c): an item of a list apart by semicolons
     * that only counts people or bodies (调解员…人, 调解组织…个) counts no items a rate could be taken over, so a bare
     * rate's words leave it out. A clause before a comma stays: "全县建成个人品牌调解工作室18个，年内共调解…" names who
     * did what the clauses after it count.
     */
    private static final Pattern PEOPLE_OR_BODIES_COUNTED = Pattern.compile(
            "(?<=^|[；;])[^，,；;。\\d]{1,20}\\d[\\d,]*\\s*(?:人|名|个)\\s*[；;]");

    /**
     * "…一审行政诉讼案件126件，另有上诉至…的二审案件31件；审结109件，败诉5件，败诉率4.59%": a clause of 另有 counts something
     * beside the whole, and limits no rate after it (round 91 a).
     */
    private static final Pattern ASIDE = Pattern.compile("[，,]\\s*另(?:有|外还有)[^，,；;。]*");

    /** The words without the clauses that count something beside (see above). */
    static String withoutAsides(String words) {
        return ASIDE.matcher(words).replaceAll("");
    }

    /** The words without the clauses that only count people or bodies (see above). */
    static String withoutPeopleOrBodiesCounted(String words) {
        return PEOPLE_OR_BODIES_COUNTED.matcher(words).replaceAll("");
    }

    /**
     * The words from the last clause that opens with the year's whole, or from the last semicolon when the part after it
     * opens with a count of its own; all of them when neither does.
     */
    static String fromTheLast(String words) {
        Matcher m = WHOLE_OPENS.matcher(words);
        int from = -1;
        while (m.find()) {
            from = m.end();
        }
        int part = PartsAroundTheSentence.lastSemicolon(words) + 1;
        if (part > 0 && part > from && (opensWithACountOfItsOwn(words.substring(part))
                || WHOLES_RATE_OPENS.matcher(words.substring(part)).lookingAt())) {
            // "区长信箱全年收到群众来信1284件，办结率100%；12345热线转派我区工单7.86万件，办结率99.87%": the rate after the
            // hotline's count is the hotline's, whatever the part before the semicolon counted (round 65)
            return words.substring(part);
        }
        if (from < 0) {
            return words;
        }
        String clause = words.substring(from);
        // "，全年调处医疗、劳动、物业等领域纠纷2183件": a clause listing kinds names no whole, and its subject is still the
        // opening clause's bodies
        Matcher figure = FIGURE.matcher(clause);
        String named = figure.find() ? clause.substring(0, figure.start()) : clause;
        return named.contains("、") || named.contains("等") ? words : clause;
    }
}
