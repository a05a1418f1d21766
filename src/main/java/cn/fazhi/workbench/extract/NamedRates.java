package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Indicator;

import java.util.regex.Pattern;

/**
 * Rates whose name the words around the figure complete or take away (recall round 4): the hotline's rate under a
 * heading that names the 12345 hotline, a bare 出庭应诉率 beside a clause that gives the heads' own rate, and a plan
 * word that the hotline's number parts from the rate. Each reads only the indicator's own words.
 */
final class NamedRates {

    private NamedRates() {
    }

    static final String HOTLINE_RATE = "hotline.completion_rate";
    static final String PETITIONS_RATE = "petitions.completion_rate";
    private static final String HEADS_RATE = "litigation.head_appearance_rate";

    /**
     * The 12345 hotline by its number or by 热线 ("12345政务服务便民热线", "市长热线", "12345热线服务质效"); the number
     * alone, not five digits inside a larger figure (办理政务服务事项123456件) nor a figure that happens to
     * be 12345 (调解矛盾纠纷12345件).
     */
    static final Pattern HOTLINE_NAMED = Pattern.compile("(?<![\\d.])12345(?![\\d.件宗起个人次万余多%])|热线");
    /** Petitions named: a heading that names both leaves the matter to the sentence. */
    static final Pattern PETITIONS_NAMED = Pattern.compile("信访");
    /** 5-digit service numbers (12345, 12348) that a clause's words run through. */
    private static final Pattern HOTLINE_NUMBER = Pattern.compile("(?<![\\d.])123\\d\\d(?![\\d.])");
    /** The words that name agency heads. */
    private static final String HEADS = "负责人|首长|一把手|负责同志|主要领导|领导干部";

    /** A clause that gives the heads' own appearance rate ("其中负责人出庭应诉率92.3%"). */
    private static final Pattern HEADS_RATE_NAMED = Pattern.compile(
            "(" + HEADS + ")[^，,；;。\\d%]{0,8}出庭(应诉)?(率|比例)");
    private static final Pattern HEADS_WORDS = Pattern.compile(HEADS);
    /** "行政机关负责人出庭应诉102件": the heads' appearances counted. */
    private static final Pattern HEADS_COUNTED = Pattern.compile(
            "(" + HEADS + ")[^，,；;。\\d]{0,8}出庭(应诉)?[^，,；;。\\d]{0,4}\\d+\\s*(件|次|人次|件次)$");

    /**
     * "（四）提升12345热线服务质效" above "全年共受理群众来电来信7.8万件，按时办结率99.6%": the heading names the hotline
     * whose closing rate the sentence gives, as the same words in the sentence would (the catalogue's requires).
     */
    static boolean hotlineNamedAbove(String code, String heading) {
        return HOTLINE_RATE.equals(code) && HOTLINE_NAMED.matcher(heading).find()
                && !PETITIONS_NAMED.matcher(heading).find();
    }

    /**
     * The same sentence under a hotline heading: its 来电来信 are the hotline's calls and letters, not petitions,
     * unless the sentence itself names 信访.
     */
    static boolean petitionsRateUnderAHotlineHeading(String code, String heading, String beforeInSentence) {
        return PETITIONS_RATE.equals(code) && HOTLINE_NAMED.matcher(heading).find()
                && !PETITIONS_NAMED.matcher(heading).find() && !PETITIONS_NAMED.matcher(beforeInSentence).find();
    }

    /** What petitions are named by in a rate's own clause ("来信来访按期办结率", "初信初访按期办结率"). */
    private static final Pattern PETITIONS_IN_CLAUSE = Pattern.compile("信访|来信|来访|初信|初访|上访|接访");

    /**
     * A figure whose words fit the petitions' rate that is the hotline's: under a heading that names the hotline
     * alone, or in a sentence that names the hotline and not 信访 ("全年12345热线来电来信共6.2万件，按期办结率99.0%"),
     * the calls and letters are the hotline's; a rate whose own clause names petitions ("来信来访按期办结率") stays
     * theirs.
     */
    static boolean hotlinesRateThoughPetitionsWords(String code, String heading, String beforeInSentence) {
        if (!PETITIONS_RATE.equals(code) || PETITIONS_NAMED.matcher(beforeInSentence).find()
                || PETITIONS_IN_CLAUSE.matcher(PartsAroundTheSentence.ownClause(beforeInSentence)).find()) {
            return false;
        }
        return petitionsRateUnderAHotlineHeading(code, heading, beforeInSentence)
                || HOTLINE_NAMED.matcher(beforeInSentence).find();
    }

    /**
     * "行政机关出庭应诉率达到100%，其中负责人出庭应诉率达92.3%": a 出庭应诉率 whose own clause names no heads is the
     * heads' rate only when no other clause of the sentence gives the heads' rate apart.
     */
    static boolean anotherClauseNamesTheHeads(String code, String beforeInSentence, String restOfSentence) {
        String ownClause = PartsAroundTheSentence.ownClause(beforeInSentence);
        if (!HEADS_RATE.equals(code) || HEADS_WORDS.matcher(ownClause).find()) {
            return false;
        }
        // "行政机关负责人出庭应诉102件，出庭应诉率98.08%，…；行政机关负责人出庭应诉率连续三年保持在95%以上": the rate right
        // after the heads' own count is theirs (round 69, r191)
        if (HEADS_COUNTED.matcher(PartsAroundTheSentence.clauseBefore(ownClause, beforeInSentence)).find()) {
            return false;
        }
        // only a later clause: an earlier one's heads' rate names the heads for the clauses after it
        // ("市委依法治市办要求各县区行政机关负责人出庭应诉率达到100%，我县全年出庭应诉率为100%")
        return HEADS_RATE_NAMED.matcher(restOfSentence).find();
    }

    /** Who took part, counted in person-times: the 件次 after them are their own share of the work. */
    private static final Pattern PEOPLE_AT_WORK = Pattern.compile("法律明白人|网格员|调解员|志愿者|律师|人次");

    /**
     * "全年“法律明白人”累计参与法治宣传4595人次，化解矛盾纠纷1094件次": mediation counts in 件次 are the county's disputes
     * ("全年共调解矛盾纠纷2318件次") unless the sentence before them counts people at work, whose share the 件次 are.
     */
    static boolean peoplesTimes(Indicator ind, NumberMention m, String beforeInSentence) {
        return "mediation".equals(ind.topic()) && "件次".equals(m.unit())
                && PEOPLE_AT_WORK.matcher(beforeInSentence).find();
    }

    /**
     * The 政务服务 sentence speaks of items that can be handled online (网上可办数), or counts items of a list (1560项),
     * whose share a bare 网办率 then is.
     */
    private static final Pattern AVAILABLE_ONLINE = Pattern.compile("可办|可网办|可全程网办|可在线办|\\d项");
    /** "办件", "申请", or a count of business handled: "办理政务服务事项62.4万件", "网上办理48.6万件" (round 56). */
    private static final Pattern HANDLED_NAMED = Pattern.compile(
            "办件|(?<!依)申请|业务|办理量|办理[^，,；;。\\d]{0,12}[\\d.]+万?件");

    /**
     * "事项网办率达到87.6%，其中：公共服务113项，网上可办数97项", "梳理公布政务服务事项1560项，实现“一网通办”1480项，
     * 网办率94.9%": a 网办率 whose sentence names no business handled (办件, 申请, 业务) is the share of items available
     * online when the sentence speaks of what can be handled online or counts the items of a list — unless the rate's own
     * clause names it 网上办理率 (or 网上办件率), the share handled. "政务服务事项网办率" and "事项网上办理率" alone are the
     * catalogue's rate (docs/labelling.md rule 5, decision 0067): reports give them for the share done online.
     */
    private static final Pattern HANDLED_ONLINE_NAMED = Pattern.compile("网上办(?:理|件)率");
    /**
     * "1486项依申请政务服务事项网上可办率100%，全年政务服务网办率96.8%": the items' share given with its own figure before
     * the rate — the sentence sets the two measures side by side, so the later 网办率 is the other one (round 77 a).
     */
    /** "…网办率…88.7%…；全年新增“跨省通办”事项36项": items counted after a semicolon are another part's. */
    private static final Pattern SEMICOLON_PART = Pattern.compile("[；;]");
    /** "全程网办率", "全流程网办率": done wholly online, a share of the items, not of the business (rule 5). */
    private static final Pattern WHOLLY_ONLINE = Pattern.compile("全(?:流)?程");
    // "推动1563项依申请事项100%网上可办" (round 76 c): the share written before the words it measures; "网上可办率应达到
    // 100%" a requirement's (round 105 c)
    private static final Pattern AVAILABLE_RATE_GIVEN = Pattern.compile(
            "(?:可办|可网办|可全程网办|可在线办)[^，,；;。\\d]{0,4}率(?:应|须|要)?(?:为|达到?|是)?\\s*[\\d.]+\\s*%"
                    + "|[\\d.]+\\s*%\\s*(?:网上|在线|全程)?(?:可办|可网办|可全程网办|可在线办)");
    /** "政务服务事项全程网办率": the share of items that can be done wholly online, another measure (docs/labelling.md rule 5). */
    private static final Pattern ITEMS_WHOLLY_ONLINE = Pattern.compile("事项[^，,；;。\\d]{0,8}全程网办率");

    private static final Pattern AVAILABLE_WORDS = Pattern.compile("可办|可网办|可全程网办|可在线办");
    private static final Pattern ITEMS_BROKEN_DOWN = Pattern.compile("其中[^；;。]*\\d项");

    /**
     * After the rate: items available online, or the items it is of broken down after 其中 ("…87.6%，其中：公共服务113项，…");
     * not items another platform added in a clause of its own ("…提高到93.6%，“皖事通办”平台宁国分厅新增高频事项46项",
     * round 88 a).
     */
    private static boolean availableOrItemsBrokenDownAfter(String rest) {
        return AVAILABLE_WORDS.matcher(rest).find() || ITEMS_BROKEN_DOWN.matcher(rest).find();
    }

    static boolean itemsAvailableOnline(String code, String beforeInSentence, String restOfSentence) {
        String restOfItsPart = SEMICOLON_PART.split(restOfSentence, 2)[0];
        return "online_service.rate".equals(code) && !HANDLED_NAMED.matcher(beforeInSentence).find()
                // "全县政务服务网上办理率由上年的89.1%提高到92.6%" beside a 可办率: the rate's own name says handled (round 72)
                && !HANDLED_ONLINE_NAMED.matcher(PartsAroundTheSentence.ownClause(beforeInSentence)).find()
                && (AVAILABLE_ONLINE.matcher(beforeInSentence).find() && !(AVAILABLE_RATE_GIVEN.matcher(beforeInSentence).find()
                        && !WHOLLY_ONLINE.matcher(PartsAroundTheSentence.ownClause(beforeInSentence)).find())
                // "网办率由…86.40%提升至92.50%，网上可办率达98.6%": the items' share with a figure of its own after it sets
                // the two measures side by side, as before it (round 112, 111 b)
                || availableOrItemsBrokenDownAfter(restOfItsPart) && !AVAILABLE_RATE_GIVEN.matcher(restOfItsPart).find()
                || ITEMS_WHOLLY_ONLINE.matcher(PartsAroundTheSentence.ownClause(beforeInSentence)).find());
    }

    /** What disputes mediated are named by: a 化解率 of these words is the mediation's. */
    private static final Pattern MEDIATION_WORDS = Pattern.compile("调解|调处|纠纷|矛盾");

    /**
     * "全年信访事项按期办结率98.7%，化解率96.9%" (round 36): a bare 化解率 whose own clause names no dispute or mediation
     * is the rate of the matter the sentence speaks of; when that is petitions (信访, 来信来访) and no dispute or
     * mediation word stands before it, it is the petitions resolved, not the mediation success rate.
     */
    static boolean petitionsResolvedRate(String code, String beforeInSentence) {
        // (no dispute or mediation word anywhere before it: so none in its own clause either)
        return "mediation.success_rate".equals(code) && PETITIONS_IN_CLAUSE.matcher(beforeInSentence).find()
                && !MEDIATION_WORDS.matcher(beforeInSentence).find();
    }

    /** The clause before the figure runs through a hotline's number, which the clause context stops at. */
    static boolean afterAHotlineNumber(String beforeInSentence, String clauseBefore) {
        String own = PartsAroundTheSentence.ownClause(beforeInSentence);
        return own.length() > clauseBefore.length() && HOTLINE_NUMBER.matcher(own).find();
    }
    /** The hotline centre sends work orders out: "向各乡镇、部门转派工单6.8万件". */
    private static final Pattern SENT_OUT = Pattern.compile("向[^，,；;。]{0,14}(?:转派|转办|交办|派发|分派)");
    /** A rate named as that of the orders sent out: "转派工单按期办结率". */
    private static final Pattern RATE_OF_SENT_ORDERS = Pattern.compile("(?:转派|转办|交办|派发|分派)(?:的)?(?:工单|诉求|件)");
    private static final Pattern WHOLE_RATE = Pattern.compile("总体|整体|综合|全部");

    /**
     * "县热线中心向各乡镇、部门转派工单6.8万件，转派工单按期办结率98.7%": the rate of the orders the centre sent out to
     * the towns and departments, a part of all it received (the rest answered directly), not the hotline's rate. The
     * orders a county's centre takes over from the city's platform (承接…转办工单) are its whole (round 63).
     */
    static boolean rateOfOrdersSentOut(String code, String beforeInSentence, String ownClause) {
        return "hotline.completion_rate".equals(code) && SENT_OUT.matcher(beforeInSentence).find()
                && RATE_OF_SENT_ORDERS.matcher(ownClause).find() && !WHOLE_RATE.matcher(ownClause).find();
    }
    /**
     * "区12345热线分中心…办结率99.6%…；洛阳网“百姓呼声”转办诉求1380件，办结率97.1%": after a semicolon, a clause group
     * that counts another channel's matters without naming the hotline gives that channel's rate, not the hotline's
     * (round 63).
     */
    static boolean anotherChannelsRateAfterASemicolon(String code, String beforeInSentence) {
        if (!"hotline.completion_rate".equals(code)) {
            return false;
        }
        int semicolon = Math.max(beforeInSentence.lastIndexOf('；'), beforeInSentence.lastIndexOf(';'));
        if (semicolon < 0) {
            return false;
        }
        String group = beforeInSentence.substring(semicolon + 1);
        return HOTLINE_NAMED.matcher(beforeInSentence.substring(0, semicolon)).find()
                && !HOTLINE_NAMED.matcher(group).find()
                && (ANOTHER_CHANNELS_COUNT.matcher(group).find() || ANOTHER_CHANNELS_RATE.matcher(group).find());
    }

    /**
     * "同时，进一步规范市长信箱办理工作，全年办理群众来信2310件，办结率100%": a sentence that names another channel in an
     * earlier clause and never the hotline (nor its tickets) gives that channel's rate, whatever the heading or the
     * sentence before named (r235).
     */
    static boolean anotherChannelsSentence(String code, String beforeInSentence) {
        if (PETITIONS_RATE.equals(code)) {
            // "在县政府门户网站开设“县长信箱”，全年收到群众来信2,180件，按期办结率100%": the mailbox's letters, not the
            // petitions (信访事项) the sentence never names (r248)
            // ("全年受理群众来信来访1260件，其中县长信箱来信186件，按期办结率98.6%": the visits name the petitions, round 31)
            return !PETITIONS_OR_VISITS.matcher(beforeInSentence).find() && ANOTHER_CHANNEL.matcher(beforeInSentence).find();
        }
        return "hotline.completion_rate".equals(code) && !HOTLINE_NAMED.matcher(beforeInSentence).find()
                && !TICKETS.matcher(beforeInSentence).find() && ANOTHER_CHANNEL.matcher(beforeInSentence).find();
    }

    /**
     * "将市长信箱、“湘易办”留言和网络问政等渠道全面整合归并" (r219): channels merged into the hotline are its own now, no other
     * channel whose rate the sentence gives; the clause that merges them is read away.
     */
    static String withoutChannelsMergedIn(String words) {
        return CHANNELS_MERGED_IN.matcher(words).replaceAll("");
    }

    private static final Pattern CHANNELS_MERGED_IN = Pattern.compile(
            "将[^，,；;。]{0,40}(?:整合|归并|并入|纳入|接入|融入)[^，,；;。]{0,12}[，,；;]?");

    /** The petitions named, or the visits only petitions are ("群众来信来访"). */
    private static final Pattern PETITIONS_OR_VISITS = Pattern.compile("信访|来访");

    /** The hotline's tickets or requests; "网络诉求渠道" names the channels, not tickets (r236). */
    private static final Pattern TICKETS = Pattern.compile("工单|诉求(?!渠道)");
    private static final Pattern ANOTHER_CHANNEL = Pattern.compile(
            "(?:市长|县长|区长|书记|局长|旗长)信箱|留言板|网络问政|问政平台|领导留言"
                    // "县政府门户网站“政民互动”栏目全年收到网民留言860件，留言办结率100%" (r265)
                    + "|网民留言|政民互动|门户网站");

    /**
     * The group names another channel right before the rate: "；“郑好办”APP留言办结率97.8%" (round 90 a), "；“爱山东·费县”移动端
     * 诉求办结率100%" (round 96 c).
     */
    private static final Pattern ANOTHER_CHANNELS_RATE = Pattern.compile(
            "^[^，,；;。\\d]{0,14}(?:APP|App|app|小程序|公众号|网站|信箱|留言板|留言|移动端|手机端|客户端)[^，,；;。\\d]{0,6}(?:按期|按时|及时)?办结率[^，,；;。\\d]{0,3}$");

    /** The group opens with another channel's count: "洛阳网“百姓呼声”转办诉求1380件", "市长信箱收到留言860条". */
    private static final Pattern ANOTHER_CHANNELS_COUNT = Pattern.compile(
            "^[^，,；;。\\d]*(?:[“\"]|网|平台|信箱|留言板|公众号|小程序)[^，,；;。\\d]*\\d+(?:\\.\\d+)?\\s*(?:万)?\\s*(?:件|条|个|次|人次)");
}
