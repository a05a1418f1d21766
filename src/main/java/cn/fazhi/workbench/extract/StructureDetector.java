package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.ingest.NormalizedText;
import cn.fazhi.workbench.ingest.TextNormalizer;
import cn.fazhi.workbench.model.PartFinding;
import cn.fazhi.workbench.model.ReportPart;
import cn.fazhi.workbench.model.ReportStructure;
import cn.fazhi.workbench.model.Section;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the five parts a report must contain by its headings. Top-level headings are read the way the
 * extractor reads them ({@link SectionDetector#classifyHeading}), so a figure's block and the part a
 * scorecard finds never disagree; lower headings (（三）…) need the part's own words, stricter than a
 * top heading's, because themes of the work ("补齐短板") use the same characters. A part without a heading
 * whose opening sentence switches the block ("下一步，我们将…", "一年来…但…仍存在…") is found in the TEXT,
 * which a scorecard counts for less. Also counts the result statements and those stating a figure.
 */
public final class StructureDetector {
    private static final int QUOTE_LIMIT = 60;
    private static final Pattern OTHER_MATTERS = Pattern.compile("其他需要报告|其他需要说明|其他事项|其他情况");
    private static final Pattern MEASURES = Pattern.compile(
            "举措|成效|主要做法|主要工作|工作开展情况|工作情况|取得的成绩|工作进展|主要成绩|工作成绩");
    private static final Pattern SUB_SHORTCOMINGS = Pattern.compile(
            "存在的?(?:主要)?(?:问题|不足)|问题和不足|不足和问题|困难和问题|问题(?:和|及)原因|原因分析|不足之处");
    private static final Pattern SUB_LEADERS = Pattern.compile("(?:第一责任人|主要负责人|主要负责同志|主要领导).*职责");
    private static final Pattern SUB_NEXT_YEAR = Pattern.compile(
            "下一步|下步|工作打算|工作思路|工作计划|工作安排|(?:\\d{4}年|下一年度?|明年)(?:度)?(?:工作)?(?:打算|安排|计划|思路|重点)");
    private static final Pattern LEADER_SENTENCE = Pattern.compile("第一责任人.{0,12}职责|职责.{0,6}第一责任人");

    private StructureDetector() {
    }

    /**
     * @param originalText the report's stored text, as decoded
     * @param reportYear   the year reported on, or null
     */
    public static ReportStructure detect(String originalText, Integer reportYear) {
        NormalizedText norm = TextNormalizer.normalize(originalText);
        String text = norm.text();
        List<Sentence> sentences = SectionDetector.assign(text, SentenceSplitter.spans(text), reportYear);
        Map<ReportPart, PartFinding> found = new EnumMap<>(ReportPart.class);
        String firstTheme = null;
        int statements = 0;
        int withFigures = 0;
        Section previous = Section.RESULTS;
        for (Sentence s : sentences) {
            String sentence = text.substring(s.start(), s.end()).strip();
            String quoted = quote(norm, s);
            boolean lineStart = SectionDetector.onlySpaceSinceLineStart(text, s.start());
            if (lineStart && SectionDetector.isTopHeading(sentence)) {
                ReportPart p = partOfTopHeading(sentence);
                if (p != null) {
                    put(found, new PartFinding(p, PartFinding.How.HEADING, quoted));
                } else if (firstTheme == null) {
                    firstTheme = quoted;
                }
            } else if (Headings.isHeading(text, s)) {
                ReportPart p = partOfSubHeading(sentence);
                if (p != null) {
                    put(found, new PartFinding(p, PartFinding.How.SUB_HEADING, quoted));
                }
            } else {
                ReportPart opened = openedByText(previous, s.section(), sentence);
                if (opened != null) {
                    found.putIfAbsent(opened, new PartFinding(opened, PartFinding.How.TEXT, quoted));
                }
                if (s.section().reportsResults()) {
                    statements++;
                    if (NumberParser.parse(sentence).stream().anyMatch(NumberMention::isValue)) {
                        withFigures++;
                    }
                }
            }
            previous = s.section();
        }
        if (!found.containsKey(ReportPart.MEASURES) && firstTheme != null) {
            found.put(ReportPart.MEASURES, new PartFinding(ReportPart.MEASURES, PartFinding.How.THEMED_HEADINGS, firstTheme));
        }
        List<PartFinding> parts = new ArrayList<>();
        for (ReportPart p : ReportPart.values()) {
            parts.add(found.getOrDefault(p, PartFinding.missing(p)));
        }
        return new ReportStructure(parts, statements, withFigures);
    }

    /** The first heading naming a part wins; a heading wins over a sentence of the text found before it. */
    private static void put(Map<ReportPart, PartFinding> found, PartFinding f) {
        PartFinding before = found.get(f.part());
        if (before == null || before.how() == PartFinding.How.TEXT) {
            found.put(f.part(), f);
        }
    }

    static ReportPart partOfTopHeading(String heading) {
        if (OTHER_MATTERS.matcher(heading).find()) {
            return ReportPart.OTHER_MATTERS;
        }
        return switch (SectionDetector.classifyHeading(heading)) {
            case PLANS -> ReportPart.NEXT_YEAR;
            case PROBLEMS -> ReportPart.SHORTCOMINGS;
            case LEADER_DUTIES -> ReportPart.LEADER_DUTIES;
            default -> MEASURES.matcher(heading).find() ? ReportPart.MEASURES : null;
        };
    }

    static ReportPart partOfSubHeading(String heading) {
        if (OTHER_MATTERS.matcher(heading).find()) {
            return ReportPart.OTHER_MATTERS;
        }
        if (SUB_LEADERS.matcher(heading).find()) {
            return ReportPart.LEADER_DUTIES;
        }
        if (SUB_SHORTCOMINGS.matcher(heading).find()) {
            return ReportPart.SHORTCOMINGS;
        }
        if (SUB_NEXT_YEAR.matcher(heading).find()) {
            return ReportPart.NEXT_YEAR;
        }
        return null;
    }

    /** The part a sentence without heading opens: where the extractor's block turns, or the leaders' duty named. */
    private static ReportPart openedByText(Section before, Section now, String sentence) {
        if (now == Section.PLANS && before != Section.PLANS) {
            return ReportPart.NEXT_YEAR;
        }
        if (now == Section.PROBLEMS && before != Section.PROBLEMS) {
            return ReportPart.SHORTCOMINGS;
        }
        if (now.reportsResults() && LEADER_SENTENCE.matcher(sentence).find()) {
            return ReportPart.LEADER_DUTIES;
        }
        return null;
    }

    private static String quote(NormalizedText norm, Sentence s) {
        String q = norm.originalSlice(s.start(), s.end()).strip();
        return q.length() <= QUOTE_LIMIT ? q : q.substring(0, QUOTE_LIMIT - 1) + "…";
    }
}
