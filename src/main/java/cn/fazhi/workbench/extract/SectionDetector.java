package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assigns each sentence to a block of the report. Top-level headings (一、… / 第一部分) switch the block
 * by their words; reports without such headings are followed sentence by sentence: a closing
 * paragraph that starts "一年来…但…" turns to problems, "下一步"/"明年"/a later year turns to plans.
 */
public final class SectionDetector {
    private static final Pattern TOP_HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}(?:部分|章)|[•·●◆■]\\s*)");
    private static final Pattern PLANS_WORDS = Pattern.compile(
            "下一步|下步|明年|今后|来年|新的一年|工作打算|工作计划|工作思路|工作安排|工作设想|努力方向|打算|展望"
                    + "|\\d{4}年(?:度)?(?:工作)?(?:重点|计划|目标|思路|安排)");
    private static final Pattern PROBLEMS_WORDS = Pattern.compile("存在|不足|差距|短板|薄弱|原因分析|问题和原因|困难和问题");
    private static final Pattern LEADER_WORDS = Pattern.compile("第一责任人|主要负责人|主要负责同志|主要领导|党政主要负责");
    private static final Pattern PLANS_START = Pattern.compile(
            "^(?:[（(]?[一二三四五六七八九十]+[)）、]\\s*)?(?:下一步|下步|今后|明年|来年|新的一年|接下来|展望)");
    private static final Pattern PROBLEMS_START = Pattern.compile(
            "^(?:一年来|过去一年|过去的一年|回顾一年|总的来看|总体来看|总体上看|虽然|但是?|同时也要看到|当前)");
    private static final Pattern PROBLEMS_MARK = Pattern.compile("但|存在|不足|差距|短板|薄弱|问题");
    private static final Pattern YEAR_START = Pattern.compile("^(\\d{4})年");
    /** "（三）…", "3.…": a sub-heading, which a block the text switched to does not outlast. */
    private static final Pattern SUB_HEADING = Pattern.compile("^\\s*(?:[（(][一二三四五六七八九十]+[)）]|\\d+[、.．](?!\\d))");

    private SectionDetector() {
    }

    /**
     * @param text       normalised text
     * @param spans      sentence spans from {@link SentenceSplitter#spans(String)}
     * @param reportYear the year reported on, or null when unknown
     */
    public static List<Sentence> assign(String text, List<int[]> spans, Integer reportYear) {
        List<Sentence> out = new ArrayList<>(spans.size());
        Section current = Section.RESULTS;
        // In a report whose top headings set its blocks, a plan or a problem that a paragraph of results closes with
        // ("…网上办理率达到92.6%。下一步力争2025年…达到95%以上。") is that paragraph's last words, not the start of the plans:
        // the next paragraph goes back to the block it was in (r205); one that opens a paragraph lasts to the next
        // sub-heading ("（三）…") at most. A report without top headings turns to its problems and plans by sentence.
        Section beforeTheTextSwitch = null;
        boolean untilTheParagraphEnds = false;
        boolean headed = false;
        for (int[] span : spans) {
            String s = text.substring(span[0], span[1]);
            boolean lineStart = onlySpaceSinceLineStart(text, span[0]);
            if (lineStart && beforeTheTextSwitch != null && (untilTheParagraphEnds || SUB_HEADING.matcher(s).find())) {
                current = beforeTheTextSwitch;
                beforeTheTextSwitch = null;
            }
            if (lineStart && Annexes.opensAnAnnex(s)) {
                // "附件1" after "下一步，我市将…" and the signature: the annex is no part of the plans the text turned to
                // (r249); its own title dates it (Annexes)
                current = Section.RESULTS;
                beforeTheTextSwitch = null;
            } else if (lineStart && isTopHeading(s)) {
                current = classifyHeading(s);
                headed = true;
                beforeTheTextSwitch = null;
            } else if (PLANS_START.matcher(s).find() || startsWithLaterYear(s, reportYear)) {
                if (headed && current.reportsResults()) {
                    beforeTheTextSwitch = current;
                    untilTheParagraphEnds = !lineStart;
                }
                current = Section.PLANS;
            } else if (current.reportsResults() && PROBLEMS_START.matcher(s).find() && PROBLEMS_MARK.matcher(s).find()) {
                if (headed) {
                    beforeTheTextSwitch = current;
                    untilTheParagraphEnds = !lineStart;
                }
                current = Section.PROBLEMS;
            }
            out.add(new Sentence(span[0], span[1], current));
        }
        return out;
    }

    static boolean onlySpaceSinceLineStart(String text, int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean isTopHeading(String sentence) {
        return sentence.length() <= 70 && TOP_HEADING.matcher(sentence).find();
    }

    static Section classifyHeading(String heading) {
        if (PLANS_WORDS.matcher(heading).find()) {
            return Section.PLANS;
        }
        if (PROBLEMS_WORDS.matcher(heading).find()) {
            return Section.PROBLEMS;
        }
        if (LEADER_WORDS.matcher(heading).find() && heading.contains("职责")) {
            return Section.LEADER_DUTIES;
        }
        return Section.RESULTS;
    }

    private static boolean startsWithLaterYear(String s, Integer reportYear) {
        if (reportYear == null) {
            return false;
        }
        // "2024年1月18日，记者从县司法局获悉，2023年全县…，今年将…": a news item's dateline dates the item, not a plan;
        // the words after it are read as any sentence's
        Datelines.Dateline dateline = Datelines.at(s);
        if (dateline != null) {
            s = s.substring(dateline.end()).replaceFirst("^[，,]\\s*[^，,]*[，,]\\s*", "");
            return PLANS_START.matcher(s).find() || startsWithLaterYear(s, reportYear);
        }
        Matcher m = YEAR_START.matcher(s);
        return m.find() && Integer.parseInt(m.group(1)) > reportYear && s.contains("将");
    }
}
