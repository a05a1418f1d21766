package cn.fazhi.workbench.export;

import cn.fazhi.workbench.compare.Judgement;
import cn.fazhi.workbench.compare.Cell;
import cn.fazhi.workbench.compare.ComparisonTable;
import cn.fazhi.workbench.compare.IndicatorStats;
import cn.fazhi.workbench.model.Indicator;
import cn.fazhi.workbench.model.IndicatorKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The 主要指标 part of the 通报: per core indicator stated somewhere, the median, the best and worst three
 * with their figures and the change of the median from last year, in sentences. Every figure is a value of
 * the comparison (stored values a person confirmed or the extractor found, never a suggestion) or a
 * median of them.
 */
final class BriefingIndicators {
    private static final int LIST = 3;

    private BriefingIndicators() {
    }

    static List<BriefingBlock> blocks(ComparisonTable t) {
        List<BriefingBlock> out = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < t.indicators().size(); i++) {
            Indicator ind = t.indicators().get(i);
            IndicatorStats st = t.stats().get(i);
            if (!ind.core() || st.count() == 0) {
                continue;
            }
            out.add(BriefingBlock.of(BriefingBlock.Kind.HEADING2, "（" + BriefingText.chineseOrdinal(++n) + "）" + ind.nameZh() + "。"));
            out.add(BriefingBlock.of(BriefingBlock.Kind.BODY, sentence(t, i, ind, st)));
        }
        if (n == 0) {
            out.add(BriefingBlock.of(BriefingBlock.Kind.BODY, "各地报告均未披露核心指标的数值。"));
        }
        return out;
    }

    private static String sentence(ComparisonTable t, int i, Indicator ind, IndicatorStats st) {
        StringBuilder b = new StringBuilder();
        b.append(st.count()).append("个地区的报告披露了该项数据，中位数为").append(st.medianMarker())
                .append(figure(st.median(), ind)).append("。");
        List<int[]> ranked = ranked(t, i);
        if (Judgement.judged(ind) && ranked.size() >= 2 * LIST) {
            b.append("最好的").append(LIST).append("个地区是").append(list(t, i, ranked.subList(0, LIST), ind)).append("；");
            List<int[]> worst = new ArrayList<>(ranked.subList(ranked.size() - LIST, ranked.size()));
            java.util.Collections.reverse(worst);
            b.append("最差的").append(LIST).append("个地区是").append(list(t, i, worst, ind)).append("。");
        } else if (ranked.size() < 2 * LIST) {
            b.append("各地数值为").append(list(t, i, ranked, ind)).append("。");
        } else {
            // neither better high nor low: no best or worst, only the range
            List<int[]> byValue = new ArrayList<>(ranked);
            byValue.sort(Comparator.comparing((int[] a) -> t.cell(a[0], i).value()));
            b.append("最高为").append(list(t, i, byValue.subList(byValue.size() - 1, byValue.size()), ind))
                    .append("，最低为").append(list(t, i, byValue.subList(0, 1), ind)).append("。");
        }
        Pair pair = bothYears(t, i);
        if (pair != null) {
            b.append("两年均披露的").append(pair.count()).append("个地区中，中位数").append(pair.now().equals(pair.before()) ? "" : "由")
                    .append(pair.now().equals(pair.before()) ? "" : figure(pair.before(), ind) + "变为" + figure(pair.now(), ind) + "，")
                    .append(change(pair.now(), pair.before(), ind)).append("。");
        }
        return b.toString();
    }

    /** Jurisdictions stating the indicator, best first (by the comparison's rank; unranked ones in table order). */
    private static List<int[]> ranked(ComparisonTable t, int i) {
        List<int[]> out = new ArrayList<>();
        for (int j = 0; j < t.jurisdictions().size(); j++) {
            Cell c = t.cell(j, i);
            if (!c.missing()) {
                out.add(new int[] {j, c.rank() == null ? Integer.MAX_VALUE : c.rank()});
            }
        }
        out.sort(Comparator.comparingInt((int[] a) -> a[1]).thenComparingInt(a -> a[0]));
        return out;
    }

    private static String list(ComparisonTable t, int i, List<int[]> which, Indicator ind) {
        List<String> parts = new ArrayList<>();
        for (int[] a : which) {
            Cell c = t.cell(a[0], i);
            parts.add(t.jurisdictions().get(a[0]).name() + "（" + c.marker() + figure(c.value(), ind) + "）");
        }
        return String.join("、", parts);
    }

    /** The medians of this year and last over the jurisdictions stating the indicator in both years. */
    record Pair(int count, BigDecimal now, BigDecimal before) {
    }

    /**
     * Medians over the same jurisdictions in both years, so a change says how the figures moved and not
     * who reported; null when no jurisdiction states it in both years.
     */
    static Pair bothYears(ComparisonTable t, int i) {
        var before = t.byYear().get(t.year() - 1);
        var now = t.byYear().get(t.year());
        if (before == null || now == null) {
            return null;
        }
        List<BigDecimal> a = new ArrayList<>();
        List<BigDecimal> b = new ArrayList<>();
        for (int j = 0; j < now.length; j++) {
            if (!now[j][i].missing() && !before[j][i].missing()) {
                a.add(now[j][i].value());
                b.add(before[j][i].value());
            }
        }
        return a.isEmpty() ? null : new Pair(a.size(), median(a), median(b));
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> v = new ArrayList<>(values);
        v.sort(null);
        int m = v.size() / 2;
        return v.size() % 2 == 1 ? v.get(m) : v.get(m - 1).add(v.get(m)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
    }

    /** "较上年提高1.2个百分点" for rates, "较上年增长12.5%" for counts, "与上年持平". */
    static String change(BigDecimal now, BigDecimal before, Indicator ind) {
        if (ind.kind() == IndicatorKind.RATE) {
            BigDecimal d = now.subtract(before).setScale(1, RoundingMode.HALF_UP);
            if (d.signum() == 0) {
                return "与上年持平";
            }
            return "较上年" + (d.signum() > 0 ? "提高" : "降低") + plain(d.abs()) + "个百分点";
        }
        if (before.signum() == 0) {
            return now.signum() == 0 ? "与上年持平" : "上年为0";
        }
        BigDecimal pct = now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
        if (pct.signum() == 0) {
            return "与上年持平";
        }
        return "较上年" + (pct.signum() > 0 ? "增长" : "下降") + plain(pct.abs()) + "%";
    }

    /** A figure as written in the text: at most two decimals, no thousands separators, with its unit. */
    static String figure(BigDecimal v, Indicator ind) {
        if (v == null) {
            return "—";
        }
        String unit = ind.unit() == null ? "" : ind.unit();
        return plain(v) + unit;
    }

    static String plain(BigDecimal v) {
        return v.setScale(Math.min(2, Math.max(0, v.stripTrailingZeros().scale())), RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
