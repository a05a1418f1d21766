package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.ingest.NormalizedText;
import cn.fazhi.workbench.ingest.TextNormalizer;
import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.ReportMetadata;
import cn.fazhi.workbench.model.ReportText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the extractor knows, in one call: normalise, read the metadata, split into sentences
 * and blocks, find the numbers, tie them to indicators, keep the best figure per indicator, derive
 * and cross-check rates. Thread-safe; build one per catalogue and reuse it.
 */
public final class ReportExtractor {
    private final MetadataExtractor metadata;
    private final IndicatorMatcher matcher;

    public ReportExtractor(Catalogue catalogue, Gazetteer gazetteer) {
        this.metadata = new MetadataExtractor(gazetteer);
        this.matcher = new IndicatorMatcher(catalogue, gazetteer);
    }

    public static ReportExtractor withBundledData() {
        return new ReportExtractor(CatalogueLoader.bundled(), Gazetteer.bundled());
    }

    /** What was found in one report. */
    public record Extraction(ReportMetadata metadata, List<IndicatorValue> values, List<IndicatorValue> candidates,
                             List<String> warnings) {
    }

    public Extraction extract(ReportText report) {
        List<String> warnings = new ArrayList<>();
        NormalizedText norm = TextNormalizer.normalize(report.text());
        ReportMetadata meta = metadata.extract(norm, warnings);
        String text = norm.text();
        List<Sentence> sentences = SectionDetector.assign(text, SentenceSplitter.spans(text), meta.year());
        List<NumberMention> mentions = NumberParser.parse(text);
        String ownName = meta.jurisdiction() == null ? null : meta.jurisdiction().name();
        List<Candidate> found = matcher.match(text, sentences, mentions, meta.year(), ownName);

        Map<String, Candidate> best = new LinkedHashMap<>();
        List<Candidate> rest = new ArrayList<>();
        found.stream()
                .sorted(Comparator.comparingDouble(Candidate::confidence).reversed()
                        .thenComparingInt(c -> c.mention().start()))
                .forEach(c -> {
                    if (c.eligible() && c.confidence() >= IndicatorMatcher.MIN_CONFIDENCE
                            && !best.containsKey(c.indicator().code()) && !isBreakdown(c, found)) {
                        best.put(c.indicator().code(), c);
                    } else {
                        rest.add(c);
                    }
                });
        List<IndicatorValue> stated = new ArrayList<>();
        for (Candidate c : best.values()) {
            stated.add(toValue(norm, c));
        }
        List<IndicatorValue> values = Derivations.apply(matcher.catalogue(), stated, warnings);
        values.sort(Comparator.comparingInt(v -> catalogueIndex(v.indicator())));
        List<IndicatorValue> candidates = new ArrayList<>();
        rest.sort(Comparator.comparingInt(c -> c.mention().start()));
        for (Candidate c : rest) {
            candidates.add(toValue(norm, c));
        }
        if (meta.jurisdiction() == null || meta.year() == null) {
            warnings.add("needs attention: set the jurisdiction and year by hand before comparing this report");
        }
        return new Extraction(meta, values, candidates, warnings);
    }

    /**
     * "其中维持32件，撤销5件，确认违法2件": several parts of one indicator listed after 其中. No part is the
     * total, and adding them up is not what the report states, so none becomes the value.
     */
    private static boolean isBreakdown(Candidate c, List<Candidate> all) {
        if (!c.flags().contains("part_of_total")) {
            return false;
        }
        return all.stream().anyMatch(o -> o != c && o.sentence() == c.sentence()
                && o.indicator() == c.indicator() && o.flags().contains("part_of_total"));
    }

    private int catalogueIndex(String code) {
        List<cn.fazhi.workbench.model.Indicator> list = matcher.catalogue().indicators();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).code().equals(code)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static IndicatorValue toValue(NormalizedText norm, Candidate c) {
        Sentence s = c.sentence();
        int start = norm.originalStart(s.start());
        int end = norm.originalEnd(s.end());
        NumberMention m = c.mention();
        Evidence evidence = new Evidence(start, end, norm.original().substring(start, end),
                norm.originalStart(m.start()), norm.originalEnd(m.end()));
        double confidence = Math.round(c.confidence() * 100) / 100.0;
        String unit = m.unit() == null ? c.indicator().unit() : canonicalUnit(c, m.unit());
        return new IndicatorValue(c.indicator().code(), m.value(), unit, m.qualifier(), false, s.section(), evidence,
                confidence, c.flags(), List.of());
    }

    /** Counts keep the unit the report used when the catalogue accepts it (60份案卷 stays 份). */
    private static String canonicalUnit(Candidate c, String written) {
        return c.indicator().units().contains(written) ? written : c.indicator().unit();
    }
}
