package cn.fazhi.workbench.extract;

import java.util.regex.Pattern;

/**
 * Words that stand between a count's name and its figure without changing what it counts: the measure word
 * ("行政复议申请数量为310件", "案件总数为452件", "法律援助案件总数：1158件", "评查数量506卷") and the word that
 * sums it up ("规范性文件合计27件"). A cue that ends where the name ends ("…法律援助案件$") is read on the name
 * without them.
 */
final class CountWords {
    /**
     * The verb only after a measure word: a name may end in 为 (行政行为). 数量 only after an act or a case ("申请数量",
     * "评查数量"); a bare 数 or 量 (案件数, 办理量) was read past too, and on unseen text it let another measure's
     * figure through, so it is not.
     */
    private static final Pattern TAIL = Pattern.compile(
            "(?:(?:(?<=[理件案查结诉访请批核办收解处卷备废审])数量|的数量|总数|总量)(?:为|达到|达|是|[：:])?"
                    + "(?:共计|合计|总计|(?<![公总])共)?|共计|合计|总计|(?<![公总])共)[：:]?\\s*$"
                    // "法律援助案件：1158件": a colon alone between the name and its figure
                    + "|[：:]\\s*$");

    private CountWords() {
    }

    /** The words without the measure and summing words at their end; unchanged when nothing would be left. */
    static String withoutTail(String words) {
        var m = TAIL.matcher(words);
        if (!m.find() || m.start() == m.end() || m.start() < 2) {
            return words;
        }
        return words.substring(0, m.start());
    }
}
