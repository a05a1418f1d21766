package cn.fazhi.workbench.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One channel a figure came through or was counted by — a window, a platform, a terminal, a named 渠道, the 12345
 * hotline, a link of mediation with the police or the courts — and not the jurisdiction's whole. Split out of
 * {@link OtherBodies}, which reads whose figure it is.
 */
final class Channels {
    private Channels() {
    }

    /** "通过“蒙速办·一次办”窗口办理事项375件": one channel's count, not the jurisdiction's. */
    private static final Pattern ONE_CHANNEL = Pattern.compile(
            // "通过“皖事通”移动端办理政务服务事项142.1万件": the mobile channel (round 66 b, read in round 67)
            "通过[^，,；;。]{0,14}(窗口|平台|专区|小程序|APP|App|专窗|公众号|移动端|手机端|掌上)"
                    // "全年通过“湘易办”办理政务服务事项6.8万件": a channel named in quotes right before the verb (r232)
                    + "|通过[“\"][^”\"，,；;。]{1,10}[”\"](?=(?:办理|受理|办结|申办|提交|收到))"
                    // "通过“浙里复议”网上渠道收到…": one named channel; "通过多种渠道", "通过线上、线下渠道", "通过线上线下
                    // 渠道", "通过网上渠道、窗口递交、邮寄等方式" are all of them; the hotline's channel is the hotline
                    + "|通过(?:(?![各多等、和及与全]|线上线下|线下线上|12345|热线)[^，,；;。]){1,14}渠道(?![^，,；;。]{0,8}[、和及与等])"
                    // "通过网上申报、网上受理、网上审批等方式办理政务服务事项56.02万件": the online ways alone (r220); "通过线上线下等方式",
                    // "通过网上、窗口等方式" are every way
                    + "|通过(?![^，,；;。]{0,24}(?:线下|窗口|现场|大厅|邮寄|电话|来访))(?:网上|线上|网络|在线|掌上)[^，,；;。]{0,24}?(?:方式|途径|形式)"
                    // "全年通过智能审批方式办件9.6万件": one way of deciding (秒批, 告知承诺…), some of the items (r240)
                    + "|通过(?:智能|自助|秒批|秒办|无人|免申|容缺|告知承诺)[^，,；;。]{0,8}?(?:方式|模式)"
                    // "“浙里办”平台全年办件量…", "综合窗口全年受理办件…", "综窗产生办件…": the channel is the subject of the count (the
                    // hotline's platform is the hotline itself)
                    // "12345便民服务平台全年受理…": the hotline's platform named by the hotline's number is the hotline
                    // (the look back only after a channel word: at every position it made the pattern slow)
                    // "政务服务中心各窗口全年共受理…": every window is the hall's whole
                    // "“一网通办”办件量52.6万件": the online portal's count, as a platform's
                    // "全市各级政务服务平台共受理…": every platform of every level is the whole
                    // "全县各级政务服务大厅和“皖事通办”平台共办理…": the platform beside the halls is every channel (round 81, r216)
                    + "|(?<!各[\\u4e00-\\u9fa5]{0,8})(?<!(?:大厅|中心)[和及与、][^，,；;。]{0,12})(窗口|综窗|平台|专区|专窗|小程序|APP|App|公众号|一网通办)(?<!(?:热线|12345)[\\u4e00-\\u9fa5]{0,6}(?:窗口|综窗|平台|专区|专窗|小程序|APP|App|公众号))"
                    + "[”\"]?(全年|今年以来|年内)?(共|累计)?(产生)?(办理|受理|办结|办件)"
                    // "网上办理率98%，全年共办理…" names a rate, not the channel of the counts after it
                    // "网上信访、来信来访事项…", "线上、线下受理", "来信来访及网上信访": channels listed together are all of them
                    // "网上收到复议申请173件": the verb may stand between (round 55)
                    // "接听来电、受理网络诉求共…": a channel listed after another with its own verb is one of all (round 56)
                    // "网上信访及时受理率": 及时 is no conjunction (round 71)
                    // "全年移动端办件量达到11.3万件": the mobile channel's count (r253)
                    + "|(?<![、和及与])(?<![、和及与](?:受理|接收|接到|收到|办理))(网上|线上|线下|掌上|网络|在线|移动端|手机端)(?:收到|接收|接到)?(行政复议|复议|法律援助)?(办件|办理|受理|申请|信访|投诉|调解|调处|化解|诉求|工单)(?![率量]?率|[、和与]|及(?!时))"
                    // "在行政复议中心…现场受理复议申请92件": the applications taken in on the spot, beside those sent online or by
                    // post (r257)
                    + "|(?<![上下、和及与])现场(?:受理|收到|接收)(?:行政复议|复议)?申请"
                    // "12345热线网络渠道…": one channel; "线上线下渠道" is all of them
                    + "|(?<![上下、和及与])(网络|网上|线上|线下|在线)渠道(?![、和及与])"
                    // "12345热线县公安分中心…": a department's branch of the hotline (a county's own 分中心 of the city's
                    // hotline is named by the county, not by a department)
                    + "|(?:公安|交警|供电|供水|水务|燃气|医保|社保|人社|市场监管|税务|城管|住建|交通)[^，,；;。]{0,10}分中心"
                    // "国家信访局转送交办的信访事项87件": the matters a higher petitions office passed down, a part
                    + "|(?:国家|省|市|上级)信访(?:局|部门|办)?[\\u4e00-\\u9fa5]{0,2}(?:转送|交办|转交|转办|督办)"
                    // "村级代办员全年代办信访事项376件": the matters village proxies brought in, one channel (round 56)
                    + "|代办员|代理员|代办点"
                    // "热线非话务渠道（信箱、留言等）全年受理诉求1,186件": the hotline's channels other than calls (r208)
                    + "|非话务"
                    + "|自助|一体机|该机|终端"
                    // "行政复议智能辅助系统全年辅助办理复议案件1402件": the cases a tool helped with (round 62)
                    + "|辅助(?:办理|审理|办结|受理|审查)");
    /** "通过12345热线转办调解纠纷320件": the matters that came through the hotline, for any matter but the hotline's own. */
    private static final Pattern THROUGH_HOTLINE = Pattern.compile("通过[^，,；;。]{0,10}(12345|热线)");
    /**
     * "通过“警调衔接”机制共成功调处…", "诉调对接…调解": the disputes that came through one link with the police, the
     * courts or the petition office, a part of all those mediated.
     */
    private static final Pattern MEDIATION_CHANNEL = Pattern.compile(
            // "“访调、诉调、警调”对接": the links named in quotes, the last one's quote before the word
            "[诉警访检公劳援]调[”\"’]?(对接|衔接|联动)"
                    // "“一庭两所”联动调解纠纷427件": a named link's disputes, the link right before the count (round 63)
                    + "|[”\"’](?:联动|对接|衔接)(?:机制)?[^，,；;。\\d“”\"]{0,10}$");

    /**
     * The words of a rate's channel: its own name, or, for a rate listed after others with 、 ("网上信访事项及时受理率100%、
     * 按期办结率99.9%"), the whole clause of the list, whose first name says whose rates they all are (round 54).
     */
    static String rateList(String text, ClauseContext ctx, String beforeInSentence) {
        int at = ctx.beforeStart - 1;
        while (at >= 0 && text.charAt(at) == ' ') {
            at--;
        }
        if (at < 0 || text.charAt(at) != '、' && !ctx.before.stripLeading().startsWith("、")) {
            return ctx.before;
        }
        return lastClause(beforeInSentence);
    }

    /** The words after the last comma or semicolon. */
    private static String lastClause(String words) {
        int clause = Math.max(Math.max(words.lastIndexOf('，'), words.lastIndexOf('；')),
                Math.max(words.lastIndexOf(','), words.lastIndexOf(';')));
        return words.substring(clause + 1);
    }

    /** A clause that lists rates before one figure: "网上信访及时受理率、按期办结率均为". */
    private static final Pattern LIST_OF_RATES = Pattern.compile("率、[^，,；;。、\\d]{1,12}率(?:均|分别)?(?:为|达到?)?\\s*$");

    /**
     * The last clause of the words when it lists rates before the figure, else "": its head names the subject of every
     * rate in the list ("网上信访及时受理率、按期办结率均为100%" is the online channel's, round 71).
     */
    static String listOfRates(String beforeInSentence) {
        String last = lastClause(beforeInSentence);
        return LIST_OF_RATES.matcher(last).find() ? last : "";
    }

    /** The disputes came through one link with the police, the courts or the petition office. */
    static boolean mediationChannel(String beforeInSentence) {
        Matcher channel = MEDIATION_CHANNEL.matcher(beforeInSentence);
        int end = -1;
        while (channel.find()) {
            end = channel.end();
        }
        // "通过推行“访调对接”“警民联调”等机制，全市矛盾纠纷调解成功率…": the links are the means, the whole speaks after them
        // (round 72)
        return end >= 0 && !WHOLE_AFTER_THE_MEANS.matcher(beforeInSentence.substring(end)).find();
    }

    /** A clause after the links' clause that opens with the whole jurisdiction, after 等机制/等方式. */
    private static final Pattern WHOLE_AFTER_THE_MEANS = Pattern.compile("^[^，,；;。]*等[^，,；;。]{0,6}[，,]\\s*全[县区市旗]");

    /**
     * One window, platform or terminal is the subject of the words, and the jurisdiction is not named after it: a
     * channel named in an earlier clause ("该机可办理…，办理业务…宗") is still the subject.
     */
    static boolean oneChannelSpeaks(String words, Scope scope) {
        Matcher channel = ONE_CHANNEL.matcher(words);
        int end = -1;
        while (channel.find()) {
            end = channel.end();
        }
        return end >= 0 && !OwnMentions.ownSpeaksAfter(end, words, scope);
    }

    /** "直接受理248件": the count one route brought in, when another is named beside it. */
    private static final Pattern DIRECT = Pattern.compile("直接(?:受理|收到|接收|办理)[^，,；;。\\d]{0,10}$");
    private static final Pattern PASSED_ON = Pattern.compile("转交|转送|代收|转来|转办");

    /**
     * "县行政复议局直接受理248件，通过乡镇（街道）行政复议受理点转交受理37件": the cases accepted directly, beside those
     * passed on by another route, are one route's part of the whole (round 55).
     */
    static boolean directBesidePassedOn(String clauseBefore, String restOfSentence) {
        return DIRECT.matcher(clauseBefore).find() && PASSED_ON.matcher(restOfSentence).find();
    }

    /** The figure's matter came through the hotline, and the jurisdiction is not named after it. */
    static boolean throughHotline(String words, Scope scope) {
        Matcher hotline = THROUGH_HOTLINE.matcher(words);
        int end = -1;
        while (hotline.find()) {
            end = hotline.end();
        }
        return end >= 0 && !OwnMentions.ownSpeaksAfter(end, words, scope);
    }
}
