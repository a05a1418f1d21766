package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "纠错46件，占比1.78%", "败诉4件，占结案数的6.9%": a share written right after a count, without the name of a
 * rate. When the count is the numerator of one of the catalogue's rates, the share is likely that rate, but the
 * sentence does not say of which whole it is the share: a suggestion at most ("share_unnamed"), with the
 * count's own doubts (its period, subject, part).
 */
final class Shares {
    static final String UNNAMED = "share_unnamed";
    /** Only the words of a share between the count and the percentage: "，占比", "，占审结案件总数的". */
    private static final Pattern SHARE_WORDS = Pattern.compile(
            "^[，,]?(占比|所占比例|比例|占[^，,；;。\\d%]{0,12}?(的)?(比例|比重)?)(为|达到|达|是|约)?$");
    /** "占全市的15%", "占全省总数的": the share of a higher level's total, not the jurisdiction's rate. */
    private static final Pattern HIGHER_WHOLE = Pattern.compile("全[省市国州盟]|[省国]");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /**
     * Per count that is the numerator of a rate, the words that name the rate's whole in a share after it: "败诉9件，占审结
     * 案件总数的6.2%" is the loss rate (the losses over the cases concluded), "调解成功5607件，占调解纠纷总数的99.1%" the success rate.
     */
    private static final Map<String, Pattern> WHOLE_NAMED = Map.of(
            "litigation.lost", Pattern.compile("^[，,]?占(?:全年)?(审结|结案|办结|已结)"),
            "reconsideration.corrected", Pattern.compile("^[，,]?占(?:全年)?(审结|结案|办结|已结)"),
            "mediation.succeeded", Pattern.compile("^[，,]?占(?:全年)?(调解|调处|受理)[^，,；;。\\d%]{0,6}(纠纷|案件)"));

    /** The words after a count give it as a share of the whole of the rate it is the numerator of (see WHOLE_NAMED). */
    static boolean shareOfTheRatesWhole(String countCode, String afterCount) {
        Pattern whole = WHOLE_NAMED.get(countCode);
        return whole != null && whole.matcher(afterCount.strip()).find();
    }

    /** Per count indicator, the rate it is the numerator of. */
    private final Map<String, Indicator> rateOfNumerator = new HashMap<>();

    Shares(Catalogue catalogue) {
        for (Indicator ind : catalogue.indicators()) {
            if (ind.kind() == IndicatorKind.RATE && ind.numerator() != null) {
                rateOfNumerator.putIfAbsent(ind.numerator(), ind);
            }
        }
    }

    /**
     * @param count    the candidate of the figure right before the share in the same sentence (null: none)
     * @param share    the percentage no cue named
     * @param between  the text between the count's mention and the percentage
     * @return the rate as a doubted candidate, or null when the words are not a bare share of that count
     */
    Candidate of(Candidate count, NumberMention share, String between) {
        return of(count, share, between, List.of());
    }

    /**
     * As above, and "审结行政复议案件135件，直接纠正…17件，占比12.6%": when the sentence's figures before the count hold
     * the rate's denominator and the share is the count over it (17 / 135 = 12.59%, to the share's last digit), the
     * arithmetic names the whole the words left out, and the share is the rate with the doubts of the two counts only.
     *
     * @param earlier the sentence's candidates before the count (its own included or not)
     */
    Candidate of(Candidate count, NumberMention share, String between, List<Candidate> earlier) {
        Candidate unnamed = ofUnnamed(count, share, between);
        if (unnamed == null) {
            return null;
        }
        if (shareOfTheRatesWhole(count.indicator().code(), between)) {
            List<String> flags = new ArrayList<>(unnamed.flags());
            flags.remove(UNNAMED);
            return new Candidate(unnamed.indicator(), share, count.sentence(), count.confidence(), List.copyOf(flags),
                    count.eligible());
        }
        Candidate whole = denominatorItIsTheShareOf(unnamed.indicator(), count, share, earlier);
        if (whole == null) {
            return unnamed;
        }
        List<String> flags = new ArrayList<>(unnamed.flags());
        flags.remove(UNNAMED);
        for (String f : whole.flags()) {
            if (!flags.contains(f) && !"fractional_count".equals(f) && !"unit_missing".equals(f)) {
                flags.add(f);
            }
        }
        return new Candidate(unnamed.indicator(), share, count.sentence(), Math.min(count.confidence(), whole.confidence()),
                List.copyOf(flags), count.eligible() && whole.eligible());
    }

    private static Candidate denominatorItIsTheShareOf(Indicator rate, Candidate count, NumberMention share,
                                                       List<Candidate> earlier) {
        int scale = Math.max(0, share.value().stripTrailingZeros().scale());
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Candidate c = earlier.get(i);
            if (c == count || c.mention().start() >= count.mention().start() || Verdict.weaklyNamed(c)
                    || !rate.denominators().contains(c.indicator().code()) || c.mention().isPercent()
                    || c.mention().value().signum() <= 0) {
                continue;
            }
            BigDecimal computed = count.mention().value().multiply(HUNDRED)
                    .divide(c.mention().value(), scale + 4, java.math.RoundingMode.HALF_UP);
            if (computed.subtract(share.value()).abs().compareTo(tolerance) <= 0) {
                return c;
            }
        }
        return null;
    }

    private Candidate ofUnnamed(Candidate count, NumberMention share, String between) {
        if (count == null || !share.isPercent() || share.value().compareTo(HUNDRED) > 0) {
            return null;
        }
        Indicator rate = rateOfNumerator.get(count.indicator().code());
        String words = between.strip();
        if (rate == null || !SHARE_WORDS.matcher(words).matches() || HIGHER_WHOLE.matcher(words).find()) {
            return null;
        }
        List<String> flags = new ArrayList<>(count.flags());
        flags.remove("fractional_count");
        flags.remove("unit_missing");
        flags.add(UNNAMED);
        return new Candidate(rate, share, count.sentence(), count.confidence() * 0.9, List.copyOf(flags),
                count.eligible());
    }
}
