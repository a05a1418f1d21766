package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.ingest.NormalizedText;
import cn.fazhi.workbench.ingest.TextNormalizer;
import cn.fazhi.workbench.model.Catalogue;
import cn.fazhi.workbench.model.Evidence;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.JurisdictionLevel;
import cn.fazhi.workbench.model.ReportMetadata;
import cn.fazhi.workbench.model.ReportText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everything the extractor knows, in one call: normalise, read the metadata, split into sentences
 * and blocks, find the numbers, tie them to indicators, keep the best figure per indicator, derive
 * and cross-check rates. Thread-safe; build one per catalogue and reuse it.
 */
public final class ReportExtractor {
    private final MetadataExtractor metadata;
    private final Gazetteer gazetteer;
    private final IndicatorMatcher matcher;

    public ReportExtractor(Catalogue catalogue, Gazetteer gazetteer) {
        this.metadata = new MetadataExtractor(gazetteer);
        this.gazetteer = gazetteer;
        this.matcher = new IndicatorMatcher(catalogue, gazetteer);
    }

    public static ReportExtractor withBundledData() {
        return new ReportExtractor(CatalogueLoader.bundled(), Gazetteer.bundled());
    }

    /**
     * What was found in one report: values every check accepts, suggestions some check doubted (their flags
     * say why), and the rest of the matched figures (for --candidates and tests).
     */
    public record Extraction(ReportMetadata metadata, List<IndicatorValue> values, List<IndicatorValue> suggestions,
                             List<IndicatorValue> candidates, List<String> warnings) {
    }

    /**
     * The per-file time budget: a file whose extraction takes longer fails with this and the batch goes on.
     * Extraction is linear in the text, so only a pathological file reaches it ({@code -Dfazhi.extractSeconds}).
     */
    public static final class TooSlowException extends RuntimeException {
        TooSlowException(long seconds) {
            super("extraction did not finish within " + seconds + " s; the file is left out");
        }
    }

    /**
     * The text repeats one shape so often (a line of thousands of figures, a header of thousands of years) that a
     * rule's pattern ran out of stack: the file is left out with its reason, and the batch goes on.
     */
    public static final class TooComplexException extends RuntimeException {
        TooComplexException() {
            super("the text repeats one shape too often for the rules (a line of thousands of figures?); the file is left out");
        }
    }

    private static final long DEFAULT_BUDGET_SECONDS = Long.getLong("fazhi.extractSeconds", 120);
    private long budgetSeconds = DEFAULT_BUDGET_SECONDS;

    /** The same extractor with another per-file time budget (tests; 0 fails every file with sentences). */
    public ReportExtractor withTimeBudget(long seconds) {
        ReportExtractor other = new ReportExtractor(metadata, matcher, gazetteer);
        other.budgetSeconds = seconds;
        return other;
    }

    private ReportExtractor(MetadataExtractor metadata, IndicatorMatcher matcher, Gazetteer gazetteer) {
        this.metadata = metadata;
        this.matcher = matcher;
        this.gazetteer = gazetteer;
    }

    /** At most this many suggestions per indicator, the likeliest first. */
    private static final int SUGGESTIONS_PER_INDICATOR = 2;
    /** A second accepted figure for the same indicator this close in confidence makes both doubtful. */
    private static final double COMPETING_MARGIN = 0.15;

    public Extraction extract(ReportText report) {
        List<String> warnings = new ArrayList<>();
        NormalizedText norm = normalized(report.text());
        ReportMetadata meta = metadata.extract(norm, warnings);
        Jurisdiction own = meta.jurisdiction();
        LocalDate signed = PublishDates.signed(norm.text(), MetadataExtractor.lines(norm.text()), meta.year(), new ArrayList<>());
        Scope scope = new Scope(meta.year(), own == null ? null : own.name(),
                own == null || own.level() != JurisdictionLevel.CITY, true,
                authors(meta.title()).withOpening(norm.text()).asZoneGovernment(own == null ? null : own.name()),
                signed != null && meta.year() != null && signed.getYear() == meta.year() + 1);
        Extraction x = extract(norm, meta, scope, warnings);
        TitlePeriods.Span titled = TitlePeriods.of(meta.title());
        if (titled != null) {
            warnings.add("period: the title covers " + (Periods.PARTIAL.equals(titled.period()) ? "part of a year" : "several years")
                    + " (" + titled.words() + "); none of its figures is taken as one year's");
        }
        if (meta.jurisdiction() == null || meta.year() == null) {
            warnings.add("needs attention: set the jurisdiction and year by hand before comparing this report");
        }
        return x;
    }

    /**
     * A passage that is not a whole report (a sentence of a news item, a paragraph): the year and the
     * jurisdiction are given rather than read. {@code insideReport} says whether the passage comes from an
     * annual report of that year, where "今年以来" and "截至目前" mean the reporting year.
     */
    public Extraction extractPassage(String text, String jurisdictionName, Integer year, boolean insideReport) {
        return extractPassage(text, jurisdictionName, year, insideReport, null);
    }

    /**
     * As above, for a passage of a report with this title (null: unknown): the title says who wrote the report
     * and about what, and every figure inherits that.
     */
    public Extraction extractPassage(String text, String jurisdictionName, Integer year, boolean insideReport,
                                     String reportTitle) {
        List<String> warnings = new ArrayList<>();
        NormalizedText norm = normalized(text);
        ReportMetadata meta = new ReportMetadata(reportTitle, null, year, null, null, null);
        // A page's first line stands for its title when it has none ("2023年，安吉县市场监督管理局坚持…"): in a whole
        // report that line opens the text and withOpening reads the writer from it, so a passage reads it too.
        Authors titled = authors(reportTitle);
        Scope scope = new Scope(year, jurisdictionName, !isCity(jurisdictionName), insideReport,
                insideReport ? (reportTitle == null ? titled : titled.withOpening(TextNormalizer.normalize(reportTitle).text()))
                        .asZoneGovernment(jurisdictionName) : Authors.aboutOnly(titled));
        return extract(norm, meta, scope, warnings);
    }

    /**
     * The text normalised, a table given one cell per line read as its rows: its line breaks become tabs before the
     * normaliser would join a name to the line under it ("项目" + "件数"); offsets stay and the evidence is cut from the
     * text as it was (round 61).
     */
    private static NormalizedText normalized(String raw) {
        String rows = CellPerLineTables.rejoin(raw);
        NormalizedText norm = TextNormalizer.normalize(rows);
        return rows == raw ? norm : norm.withOriginal(raw);
    }

    private Extraction extract(NormalizedText norm, ReportMetadata meta, Scope scope, List<String> warnings) {
        String text = norm.text();
        List<Sentence> sentences = SectionDetector.assign(text, SentenceSplitter.spans(text), meta.year());
        List<NumberMention> mentions = NumberParser.parse(text);
        long seconds = budgetSeconds;
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Candidate> found;
        try {
            found = Competition.markRivals(text, Totals.markParts(text, matcher.match(text, sentences, mentions, scope, () -> {
                if (System.nanoTime() > deadline) {
                    throw new TooSlowException(seconds);
                }
            })));
        } catch (StackOverflowError e) {
            throw new TooComplexException();
        }

        List<Candidate> ranked = new ArrayList<>(found);
        ranked.sort(Comparator.comparingDouble(Candidate::confidence).reversed()
                .thenComparingInt(c -> c.mention().start()));
        Map<String, Candidate> best = new LinkedHashMap<>();
        Map<String, List<Candidate>> doubted = new LinkedHashMap<>();
        List<Candidate> rest = new ArrayList<>();
        for (Candidate c : ranked) {
            Verdict verdict = isBreakdown(text, c, found) ? Verdict.NONE : Verdict.of(c);
            String code = c.indicator().code();
            if (verdict == Verdict.VALUE && !best.containsKey(code)) {
                best.put(code, c);
            } else if (verdict == Verdict.VALUE && LookalikeRates.yieldsToTheNamedRate(text, c, best.get(code))) {
                rest.add(c.withFlag(LookalikeRates.FLAG));
            } else if (verdict == Verdict.VALUE && LookalikeRates.yieldsToTheNamedRate(text, best.get(code), c)) {
                rest.add(best.put(code, c).withFlag(LookalikeRates.FLAG));
            } else if (verdict == Verdict.VALUE && (Competition.partOfTheServices(text, c, best.get(code))
                    || Competition.partListedAfterTheWhole(text, c, best.get(code)))) {
                // "作出行政许可决定3.64万件" ranked first, "共受理各类政务服务办件58.3万件" after it: the licences are among
                // the services, so the whole takes the first place and the licences stay a rival that doubts it not (r193);
                // so does one hall's count before the whole jurisdiction's (r267), and a part before the whole whose own
                // breakdown lists it ("行政诉讼一审案件 … 68" before "共83件（一审68件、二审15件）", r265)
                doubted.computeIfAbsent(code, k -> new ArrayList<>()).add(best.put(code, c).withFlag("competing"));
            } else if (verdict == Verdict.VALUE && competes(best.get(code), c)) {
                doubted.computeIfAbsent(code, k -> new ArrayList<>()).add(c.withFlag("competing"));
            } else if (verdict == Verdict.SUGGESTION) {
                doubted.computeIfAbsent(code, k -> new ArrayList<>()).add(c);
            } else {
                rest.add(c);
            }
        }
        // Two accepted figures for one indicator that disagree: a person chooses between them.
        Map<String, Candidate> contested = new LinkedHashMap<>();
        for (String code : new ArrayList<>(best.keySet())) {
            List<Candidate> others = doubted.getOrDefault(code, List.of());
            Candidate chosen = best.get(code);
            if (others.stream().anyMatch(o -> Competition.doubtsTheChosen(text, chosen, o))) {
                contested.put(code, best.get(code));
                others.add(0, best.remove(code).withFlag("competing"));
            }
        }
        RateOfAPart.demote(text, matcher.catalogue().indicators(), best, doubted);
        RivalAccounts.doubtTheirNeighbours(best, doubted, contested,
                rest.stream().filter(c -> Verdict.of(c) == Verdict.VALUE && c.flags().isEmpty()).toList());
        List<IndicatorValue> stated = new ArrayList<>();
        for (Candidate c : best.values()) {
            stated.add(toValue(norm, c));
        }
        List<IndicatorValue> values = new ArrayList<>(Derivations.apply(matcher.catalogue(), stated, warnings));
        values.addAll(ConcludedInFull.derive(values, doubted.keySet()));
        values.addAll(ReviewedAndFiledInFull.derive(values, doubted.keySet()));
        // A figure worked out from a rounded rate (3237) next to nearly the same figure the text states but a check
        // doubted (3236): the stated one is the exact figure; the person sees it as a suggestion.
        values.removeIf(v -> v.derived() && doubted.getOrDefault(v.indicator(), List.of()).stream()
                .anyMatch(c -> nearlyEqual(c.mention().value(), v.value())));
        List<IndicatorValue> suggestions = new ArrayList<>();
        for (IndicatorValue v : List.copyOf(values)) {
            if (RatesOverAPart.doubtful(v, best, text)) {
                values.remove(v);
                suggestions.add(v.withFlag(RatesOverAPart.FLAG));
            }
        }
        values.sort(Comparator.comparingInt(v -> catalogueIndex(v.indicator())));
        for (Map.Entry<String, List<Candidate>> e : doubted.entrySet()) {
            if (best.containsKey(e.getKey())) {
                e.getValue().forEach(rest::add);
                continue;
            }
            List<Candidate> list = distinctValues(e.getValue());
            for (int i = 0; i < list.size(); i++) {
                if (i < SUGGESTIONS_PER_INDICATOR) {
                    suggestions.add(toValue(norm, list.get(i)));
                } else {
                    rest.add(list.get(i));
                }
            }
        }
        suggestions.sort(Comparator.comparingInt((IndicatorValue v) -> catalogueIndex(v.indicator()))
                .thenComparing(v -> -v.confidence()));
        List<IndicatorValue> candidates = new ArrayList<>();
        rest.sort(Comparator.comparingInt(c -> c.mention().start()));
        for (Candidate c : rest) {
            candidates.add(toValue(norm, c));
        }
        return new Extraction(meta, values, suggestions, candidates, warnings);
    }

    private static Authors authors(String title) {
        return title == null ? Authors.NONE : Authors.of(TextNormalizer.normalize(title).text());
    }

    /** A prefecture-level city (its "全市" is its own), as far as the gazetteer knows the name. */
    private boolean isCity(String name) {
        if (name == null || gazetteer == null) {
            return false;
        }
        List<Division> named = gazetteer.named(name);
        if (named.isEmpty()) {
            named = gazetteer.shortNamed(name);
        }
        return !named.isEmpty() && named.stream().allMatch(d -> d.level() == JurisdictionLevel.CITY);
    }

    /** Another accepted figure for the same indicator, with another value and nearly as likely. */
    private static boolean competes(Candidate chosen, Candidate other) {
        return chosen != null && chosen.mention().value().compareTo(other.mention().value()) != 0
                && chosen.confidence() - other.confidence() < COMPETING_MARGIN;
    }

    /** One suggestion per distinct figure, the likeliest first. */
    private static List<Candidate> distinctValues(List<Candidate> list) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : list) {
            if (out.stream().noneMatch(o -> o.mention().value().compareTo(c.mention().value()) == 0)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Within 1 % (at least 1) of each other: a rate's rounding apart. */
    private static boolean nearlyEqual(BigDecimal a, BigDecimal b) {
        BigDecimal gap = a.subtract(b).abs();
        return gap.compareTo(BigDecimal.ONE.max(b.abs().movePointLeft(2))) <= 0;
    }

    /**
     * "其中维持32件，撤销5件，确认违法2件": several parts of one indicator listed after 其中. No part is the
     * total, and adding them up is not what the report states, so none becomes the value.
     */
    private static boolean isBreakdown(String text, Candidate c, List<Candidate> all) {
        if (!afterQiZhong(c)) {
            return false;
        }
        // "其中确认违法13件，责令履行4件，合计直接纠错17件": a figure that says it sums (合计) and that the pieces before it
        // add up to (Totals made them its parts) is the whole the list after 其中 breaks down, not one of its pieces.
        // Without the sum word a sum may be chance (其中撤销5件，确认违法2件，责令履行3件).
        String ownClause = PartsAroundTheSentence.ownClause(text.substring(c.sentence().start(), c.mention().start()));
        boolean statedSum = SUM_WORD.matcher(ownClause).find();
        if (CORRECTIONS_AS_A_WHOLE.matcher(ownClause).matches() && sumOfThePiecesBefore(c, all).compareTo(c.mention().value()) == 0) {
            return false; // "撤销11件、确认违法13件、责令履行7件，直接纠错31件": the kinds before add up to the corrections (round 84 a)
        }
        return all.stream().anyMatch(o -> o != c && o.sentence() == c.sentence()
                && o.indicator() == c.indicator() && afterQiZhong(o) && !Verdict.weaklyNamed(o)
                // "其中…纠错决定38件，直接纠错率11.2%，综合纠错率45.3%": the wider measure is no other piece (round 54)
                && !o.flags().contains(LookalikeRates.FLAG)
                // "…败诉率8.54%，…低于晋中市全市平均败诉率（11.2%）": another level's or period's figure is no piece (round 67)
                && o.flags().stream().noneMatch(NOT_OF_THE_LIST::contains)
                // "其中…败诉9件，败诉率6.87%，败诉率由2023年的9.42%下降至6.87%": the same rate told again is no other piece (r234)
                && !(o.mention().isPercent() && c.mention().isPercent() && o.mention().value().compareTo(c.mention().value()) == 0)
                && !(statedSum && !o.eligible() && o.mention().start() < c.mention().start())
                && !inTheBracketAfter(text, c, o));
    }

    /**
     * "其中直接纠错19件（撤销11件、变更2件、确认违法4件、责令履行2件）": the pieces in the bracket right after the figure break
     * it down; they are its parts, not pieces beside it (round 52).
     */
    private static boolean inTheBracketAfter(String text, Candidate c, Candidate o) {
        if (o.mention().start() <= c.mention().end()) {
            return false;
        }
        String between = text.substring(c.mention().end(), o.mention().start()).stripLeading();
        return (between.startsWith("（") || between.startsWith("(")) && between.indexOf('）') < 0 && between.indexOf(')') < 0;
    }

    /** Flags that put a figure outside the list a 其中 breaks down: another level's, an average, another period's. */
    private static final java.util.Set<String> NOT_OF_THE_LIST = java.util.Set.of(
            "higher_level", "average", "other_year", "plan", "multi_period");
    /**
     * The words of a clause that sums the ones before it; "以撤销31件、变更9件、确认违法42件、责令履行15件方式直接纠错97件"
     * names the pieces as the ways of the total it states (round 69 b).
     */
    private static final Pattern SUM_WORD = Pattern.compile("^\\s*(合计|共计|总计|以[^，,；;。]{0,40}\\d[^，,；;。]{0,40}方式)");

    /** The figure's own clause names the corrections as a whole: "直接纠错", "纠错". */
    private static final Pattern CORRECTIONS_AS_A_WHOLE = Pattern.compile("^\\s*(?:共|合计)?(?:直接)?纠错(?:案件)?\\s*$");

    /** The sum of the same indicator's pieces after 其中 that stand before {@code c} in its sentence. */
    private static BigDecimal sumOfThePiecesBefore(Candidate c, List<Candidate> all) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Candidate o : all) {
            if (o != c && o.sentence() == c.sentence() && o.indicator() == c.indicator() && afterQiZhong(o)
                    && o.mention().start() < c.mention().start()) {
                sum = sum.add(o.mention().value());
            }
        }
        return sum;
    }

    private static boolean afterQiZhong(Candidate c) {
        return c.flags().contains("part_of_total") || c.flags().contains("after_qizhong");
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
        // several checks may give the same reason; a person reads each reason once
        return new IndicatorValue(c.indicator().code(), m.value(), unit, m.qualifier(), false, s.section(), evidence,
                confidence, c.flags().stream().distinct().toList(), List.of());
    }

    /** Counts keep the unit the report used when the catalogue accepts it (60份案卷 stays 份). */
    private static String canonicalUnit(Candidate c, String written) {
        return c.indicator().units().contains(written) ? written : c.indicator().unit();
    }
}
