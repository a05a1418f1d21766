package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One catalogue indicator with its words compiled: the cues that name it before or after a figure (with their
 * weights), the words that rule it out, the words its name must include, and other matters' words.
 *
 * @param topic the index of the indicator's topic in the matcher's topic list, -1 for none
 */
record CompiledIndicator(Indicator indicator, int topic, List<Pattern> before, List<Double> beforeWeights,
                         List<Pattern> after, List<Double> afterWeights, List<Pattern> excludes,
                         List<Pattern> requires, List<Pattern> otherTopics) {
    /** How far a cue may stand before the figure, in characters. */
    private static final int MAX_CUE_DISTANCE = 12;
    /** "调解纠纷45二是…": a figure whose unit was lost when the text was copied, right before a new item. */
    private static final Pattern ENUMERATOR_NEXT = Pattern.compile("^[一二三四五六七八九十]+是|^[（(][一二三四五六七八九十]+[)）]");

    static CompiledIndicator of(Indicator ind, List<String> topicKeys) {
        List<Pattern> before = new ArrayList<>();
        List<Double> bw = new ArrayList<>();
        List<Pattern> after = new ArrayList<>();
        List<Double> aw = new ArrayList<>();
        for (Indicator.Cue c : ind.cues()) {
            (c.after() ? after : before).add(Pattern.compile(c.pattern()));
            (c.after() ? aw : bw).add(c.weight());
        }
        return new CompiledIndicator(ind, ind.topic() == null ? -1 : topicKeys.indexOf(ind.topic()), before, bw,
                after, aw, ind.excludes().stream().map(Pattern::compile).toList(),
                ind.requires().stream().map(Pattern::compile).toList(),
                ind.otherTopics().stream().map(Pattern::compile).toList());
    }

    boolean unitFits(NumberMention m, ClauseContext ctx) {
        if (indicator.kind() == IndicatorKind.RATE) {
            return m.isPercent() && m.value().compareTo(BigDecimal.valueOf(100)) <= 0;
        }
        if (m.unit() == null) {
            // "调解纠纷45二是…": the unit was lost when the text was copied; accept only before a new item.
            return ENUMERATOR_NEXT.matcher(ctx.after).find();
        }
        return indicator.units().contains(m.unit());
    }

    /** The best cue's weight, less a little for each character between the cue and the figure; 0: no cue. */
    double cueScore(ClauseContext ctx) {
        double best = 0;
        for (int i = 0; i < before.size(); i++) {
            Matcher matcher = before.get(i).matcher(ctx.before);
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
            best = Math.max(best, beforeWeights.get(i) - 0.02 * distance);
        }
        for (int i = 0; i < after.size(); i++) {
            if (after.get(i).matcher(ctx.after).find()) {
                best = Math.max(best, afterWeights.get(i));
            }
        }
        return best;
    }

    /** One of the indicator's exclusion words stands in {@code words}. */
    boolean excludedBy(String words) {
        for (Pattern p : excludes) {
            if (p.matcher(words).find()) {
                return true;
            }
        }
        return false;
    }

    /** The words hold none of the words the indicator's name must include (when it has any). */
    boolean nameIncomplete(String words) {
        return !requires.isEmpty() && requires.stream().noneMatch(p -> p.matcher(words).find());
    }

    boolean otherTopicIn(String words) {
        return otherTopics.stream().anyMatch(p -> p.matcher(words).find());
    }
}
