package cn.fazhi.workbench.bench;

import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.model.IndicatorValue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the extractor on the labelled corpus of real sentences (docs/labelling.md): precision of the
 * accepted values, recall of values and of values plus suggestions, per indicator and per negative category,
 * separately for the development part and the frozen test part (split by page, see {@link #inTestPart}).
 */
public final class CorpusAccuracy {
    private static final BigDecimal TOLERANCE = new BigDecimal("0.011");

    private final ReportExtractor extractor;

    public CorpusAccuracy(ReportExtractor extractor) {
        this.extractor = extractor;
    }

    /** Scores the extractor with the bundled catalogue and gazetteer. */
    public static CorpusAccuracy withBundledCatalogue() {
        return new CorpusAccuracy(ReportExtractor.withBundledData());
    }

    /** One labelled figure: acceptable indicator codes and the value. */
    record Label(List<String> codes, BigDecimal value, String category) {
        boolean matches(IndicatorValue v) {
            return codes.contains(v.indicator()) && v.value().subtract(value).abs().compareTo(TOLERANCE) < 0;
        }

        boolean sameNumber(IndicatorValue v) {
            return v.value().subtract(value).abs().compareTo(TOLERANCE) < 0;
        }
    }

    /** One sentence of the corpus. */
    record Item(String id, String url, boolean report, String jurisdiction, int year, String heading,
                String sentence, List<Label> values, List<Label> negatives, String pageTitle) {
    }

    /** Counts for one row of a table. */
    public static final class Tally {
        public int truePositives;
        public int falsePositives;
        public int gold;
        public int goldFoundOrSuggested;
        public int negatives;
        public int negativesAccepted;
        public int negativesSuggested;

        public double precision() {
            int accepted = truePositives + falsePositives;
            return accepted == 0 ? 1.0 : (double) truePositives / accepted;
        }

        public double recall() {
            return gold == 0 ? 1.0 : (double) truePositives / gold;
        }

        public double recallWithSuggestions() {
            return gold == 0 ? 1.0 : (double) goldFoundOrSuggested / gold;
        }

        void add(Tally o) {
            truePositives += o.truePositives;
            falsePositives += o.falsePositives;
            gold += o.gold;
            goldFoundOrSuggested += o.goldFoundOrSuggested;
            negatives += o.negatives;
            negativesAccepted += o.negativesAccepted;
            negativesSuggested += o.negativesSuggested;
        }
    }

    /** The score of one part of the corpus. */
    public static final class Score {
        public final Tally total = new Tally();
        public final Map<String, Tally> byIndicator = new TreeMap<>();
        public final Map<String, Tally> byCategory = new TreeMap<>();
        /** Sentences of annual reports and of loose text (news, bulletins) apart. */
        public final Map<String, Tally> byKind = new TreeMap<>();
        public int sentences;
        public int hardNegatives;
        public final java.util.Set<String> pages = new java.util.HashSet<>();
        /** Wrongly accepted figures, for reading the development part. */
        public final List<String> errors = new ArrayList<>();
        public final List<String> misses = new ArrayList<>();
        /** Rightly accepted figures, to see what a stricter rule would cost. */
        public final List<String> rights = new ArrayList<>();
        /** "TP 0.95", "FP 0.8": the confidence of every accepted figure, for choosing thresholds on the development part. */
        public final List<String> acceptedConfidences = new ArrayList<>();
        /**
         * Per kind of text and reason (the suggestion's flags), how many suggestions were a labelled value, a
         * labelled negative, or a figure nobody labelled: which doubts are mostly right, for the development part.
         */
        public final Map<String, int[]> suggestionsByReason = new TreeMap<>();

        Tally indicator(String code) {
            return byIndicator.computeIfAbsent(code, k -> new Tally());
        }

        Tally category(String code) {
            return byCategory.computeIfAbsent(code, k -> new Tally());
        }
    }

    /** The split rule of docs/labelling.md: a third of the pages, by the first byte of their address's SHA-256. */
    public static boolean inTestPart(String url) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return (h[0] & 0xff) < 86;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The development part split again by page, by another hash of the address, for an honest check inside
     * it: rules are tuned on the tuning half and measured on the holdout half, so that the test part need not
     * be looked at to see whether a rule generalises (docs/labelling.md).
     */
    public static boolean inDevHoldout(String url) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("holdout:" + url).getBytes(StandardCharsets.UTF_8));
            return (h[0] & 0xff) < 128;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parts of the corpus that can be scored. */
    public enum Part {
        /** The whole development part. */
        DEVELOPMENT,
        /** The half of the development part rules are tuned on. */
        DEV_TUNING,
        /** The half of the development part kept out of tuning. */
        DEV_HOLDOUT,
        /** The frozen test part: scored, never read. */
        TEST;

        boolean holds(String url) {
            boolean test = inTestPart(url);
            return switch (this) {
                case DEVELOPMENT -> !test;
                case DEV_TUNING -> !test && !inDevHoldout(url);
                case DEV_HOLDOUT -> !test && inDevHoldout(url);
                case TEST -> test;
            };
        }
    }

    /**
     * Pages about a province, an autonomous region or the nation: outside what the product compares, and
     * labelled inconsistently by the first collectors (docs/labelling.md), so not scored.
     */
    static boolean outOfScope(Item item) {
        String j = item.jurisdiction() == null ? "" : item.jurisdiction();
        return j.endsWith("省") || j.endsWith("自治区") || j.equals("全国") || j.equals("中国");
    }

    /** The labelled corpus in {@code dir}, a sentence labelled by several collectors counted once. */
    public static List<Item> load(Path dir) throws IOException {
        return CorpusFiles.load(dir);
    }

    /** Scores the items of one part (testPart true: the frozen part). */
    public Score score(List<Item> items, boolean testPart) {
        return score(items, testPart ? Part.TEST : Part.DEVELOPMENT);
    }

    /** Scores the items of one part. */
    public Score score(List<Item> items, Part part) {
        Score score = new Score();
        for (Item item : items) {
            if (!part.holds(item.url()) || outOfScope(item)) {
                continue;
            }
            score.sentences++;
            score.pages.add(item.url());
            if (item.values().isEmpty() && !item.negatives().isEmpty()) {
                score.hardNegatives++;
            }
            Score one = new Score();
            scoreItem(item, one);
            merge(one, score, item.report() ? "report" : "loose text");
        }
        score.byIndicator.values().forEach(score.total::add);
        return score;
    }

    private static void merge(Score one, Score into, String kind) {
        Tally k = into.byKind.computeIfAbsent(kind, x -> new Tally());
        one.byIndicator.forEach((code, t) -> {
            into.indicator(code).add(t);
            k.add(t);
        });
        one.byCategory.forEach((code, t) -> into.category(code).add(t));
        into.errors.addAll(one.errors);
        into.misses.addAll(one.misses);
        into.rights.addAll(one.rights);
        into.acceptedConfidences.addAll(one.acceptedConfidences);
        one.suggestionsByReason.forEach((reason, n) -> {
            int[] sum = into.suggestionsByReason.computeIfAbsent(kind + " " + reason, r -> new int[3]);
            for (int i = 0; i < n.length; i++) {
                sum[i] += n[i];
            }
        });
    }

    private void scoreItem(Item item, Score score) {
        String prefix = item.heading().isBlank() ? "" : item.heading() + "\n";
        ReportExtractor.Extraction x = extractor.extractPassage(prefix + item.sentence(), item.jurisdiction(),
                item.year(), item.report(), item.pageTitle());
        List<IndicatorValue> values = stated(x.values(), prefix.length());
        List<IndicatorValue> suggestions = stated(x.suggestions(), prefix.length());
        List<Label> unmatched = new ArrayList<>(item.values());
        for (IndicatorValue v : values) {
            Label gold = unmatched.stream().filter(l -> l.matches(v)).findFirst().orElse(null);
            if (gold != null) {
                unmatched.remove(gold);
                score.acceptedConfidences.add("TP " + v.confidence());
                score.indicator(v.indicator()).truePositives++;
                score.indicator(v.indicator()).goldFoundOrSuggested++;
                score.rights.add(item.id() + " " + v.indicator() + "=" + v.value().toPlainString() + " " + v.flags()
                        + " «" + item.sentence() + "»");
                continue;
            }
            Label unclear = item.negatives().stream().filter(l -> "unclear".equals(l.category()) && l.sameNumber(v))
                    .findFirst().orElse(null);
            if (unclear != null || item.values().stream().anyMatch(l -> l.matches(v))) {
                continue; // not scored either way, or a second accepted copy of a matched figure
            }
            score.indicator(v.indicator()).falsePositives++;
            score.acceptedConfidences.add("FP " + v.confidence());
            score.errors.add(item.id() + " " + v.indicator() + "=" + v.value().toPlainString() + " " + v.flags()
                    + " «" + item.sentence() + "»");
        }
        for (Label gold : unmatched) {
            String code = gold.codes().get(0);
            score.indicator(code).gold++;
            if (suggestions.stream().anyMatch(gold::matches)) {
                score.indicator(code).goldFoundOrSuggested++;
            }
            score.misses.add(item.id() + " " + code + "=" + gold.value().toPlainString() + " «" + item.sentence() + "»");
        }
        for (Label gold : item.values()) {
            if (!unmatched.contains(gold)) {
                score.indicator(gold.codes().get(0)).gold++;
            }
        }
        for (IndicatorValue v : suggestions) {
            boolean value = item.values().stream().anyMatch(l -> l.matches(v));
            boolean negative = !value && item.negatives().stream().anyMatch(l -> l.sameNumber(v)
                    && !"unclear".equals(l.category()));
            String reason = String.join("+", new java.util.TreeSet<>(v.flags()));
            score.suggestionsByReason.computeIfAbsent(reason.isEmpty() ? "(none)" : reason, r -> new int[3])
                    [value ? 0 : negative ? 1 : 2]++;
        }
        for (Label neg : item.negatives()) {
            if ("unclear".equals(neg.category())) {
                continue;
            }
            Tally t = score.category(neg.category());
            t.negatives++;
            if (values.stream().anyMatch(v -> neg.sameNumber(v) && item.values().stream().noneMatch(l -> l.matches(v)))) {
                t.negativesAccepted++;
            } else if (suggestions.stream().anyMatch(neg::sameNumber)) {
                t.negativesSuggested++;
            }
        }
    }

    /** What the extractor makes of one development-part sentence: values, suggestions and the rest, with flags. */
    public String explain(List<Item> items, String id) {
        return explain(items, id, Part.DEVELOPMENT);
    }

    /** As above, for sentences of one development part only (the tuning half while checking on the holdout). */
    public String explain(List<Item> items, String id, Part part) {
        if (part == Part.TEST) {
            throw new IllegalArgumentException("the frozen test part is never read");
        }
        for (Item item : items) {
            if (item.id().equals(id) && part.holds(item.url())) {
                String prefix = item.heading().isBlank() ? "" : item.heading() + "\n";
                ReportExtractor.Extraction x = extractor.extractPassage(prefix + item.sentence(), item.jurisdiction(),
                        item.year(), item.report(), item.pageTitle());
                return id + " " + item.jurisdiction() + " " + item.year() + (item.report() ? " report" : " news")
                        + "\n  values      " + describe(x.values()) + "\n  suggestions " + describe(x.suggestions())
                        + "\n  candidates  " + describe(x.candidates());
            }
        }
        return id + ": not in the " + part.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " part";
    }

    private static String describe(List<IndicatorValue> list) {
        StringBuilder b = new StringBuilder();
        for (IndicatorValue v : list) {
            b.append(v.indicator()).append('=').append(v.value().toPlainString()).append(v.flags()).append(' ');
        }
        return b.toString();
    }

    /** Stated figures of the sentence itself (not of the heading, not derived). */
    private static List<IndicatorValue> stated(List<IndicatorValue> list, int sentenceStart) {
        return list.stream().filter(v -> !v.derived() && v.evidence().valueStart() >= sentenceStart).toList();
    }

    /** How often the suggestions of each reason were values: see {@link Score#suggestionsByReason}. */
    public static String reasonTable(String title, Score s) {
        StringBuilder b = new StringBuilder(title).append(": suggestions by kind of text and reason\n");
        b.append(String.format("%-60s %6s %9s %11s%n", "kind and reason", "value", "negative", "unlabelled"));
        s.suggestionsByReason.forEach((reason, n) -> b.append(String.format("%-60s %6d %9d %11d%n", reason, n[0], n[1], n[2])));
        return b.toString();
    }

    /** The tables a person reads: per indicator and per negative category. */
    public static String table(String title, Score s) {
        StringBuilder b = new StringBuilder();
        b.append(title).append(": ").append(s.sentences).append(" sentences from ").append(s.pages.size())
                .append(" pages, ").append(s.hardNegatives).append(" hard negatives\n");
        b.append(String.format("%-34s %5s %5s %5s %9s %7s %12s%n", "indicator", "TP", "FP", "gold", "precision",
                "recall", "+suggestions"));
        for (Map.Entry<String, Tally> e : s.byIndicator.entrySet()) {
            Tally t = e.getValue();
            b.append(String.format("%-34s %5d %5d %5d %9.3f %7.3f %12.3f%n", e.getKey(), t.truePositives,
                    t.falsePositives, t.gold, t.precision(), t.recall(), t.recallWithSuggestions()));
        }
        Tally t = s.total;
        b.append(String.format("%-34s %5d %5d %5d %9.3f %7.3f %12.3f%n", "ALL", t.truePositives, t.falsePositives,
                t.gold, t.precision(), t.recall(), t.recallWithSuggestions()));
        for (Map.Entry<String, Tally> e : s.byKind.entrySet()) {
            Tally k = e.getValue();
            b.append(String.format("%-34s %5d %5d %5d %9.3f %7.3f %12.3f%n", "  of which " + e.getKey(), k.truePositives,
                    k.falsePositives, k.gold, k.precision(), k.recall(), k.recallWithSuggestions()));
        }
        b.append(String.format("%-34s %9s %9s %9s%n", "negative category", "figures", "accepted", "suggested"));
        for (Map.Entry<String, Tally> e : s.byCategory.entrySet()) {
            Tally c = e.getValue();
            b.append(String.format("%-34s %9d %9d %9d%n", e.getKey(), c.negatives, c.negativesAccepted,
                    c.negativesSuggested));
        }
        return b.toString();
    }
}
