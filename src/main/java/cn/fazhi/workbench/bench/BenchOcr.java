package cn.fazhi.workbench.bench;

import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.ingest.ReadException;
import cn.fazhi.workbench.ingest.ReportReaders;
import cn.fazhi.workbench.model.IndicatorValue;
import cn.fazhi.workbench.model.Pages;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import cn.fazhi.workbench.task.CancellationToken;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * OCR measured honestly: each sample report is typeset on A4 pages, "scanned" at 150 and 300 dpi with a
 * slight rotation and noise ({@link ScanImages}), put into an image-only PDF and read back through the
 * same path as a user's scan (PDFBox renders at 300 dpi, Tesseract chi_sim). Reported per resolution:
 * pages per second, character accuracy on digits and on all letters, and extraction precision/recall
 * against the gold of the text versions — of what would be values if OCR were trusted, and of values and
 * suggestions together (in the product every OCR figure is a suggestion).
 */
public final class BenchOcr {
    /** The indicators of the first catalogue: the vocabulary the gold file speaks (as AccuracyTest). */
    static final Set<String> GOLD_VOCABULARY = Set.of("mediation.disputes", "mediation.succeeded",
            "mediation.success_rate", "litigation.cases", "litigation.head_appeared", "litigation.head_appearance_rate",
            "litigation.lost", "litigation.loss_rate", "licensing.handled", "reconsideration.received",
            "reconsideration.accepted", "reconsideration.concluded", "reconsideration.corrected",
            "reconsideration.correction_rate", "legal_aid.cases", "normative_docs.filed", "normative_docs.reviewed",
            "normative_docs.repealed", "enforcement.files_reviewed", "petitions.completion_rate");

    record Gold(String file, String indicator, List<BigDecimal> accepted) {
    }

    /** Totals for one way of making the scans. */
    public static final class Score {
        int pages;
        double seconds;
        double cpuSeconds;
        long digits;
        long digitErrors;
        long letters;
        long letterErrors;
        int tp;
        int fp;
        int tpWithSuggestions;
        int gold;
        int jurisdictionsRight;
        int reports;
        final List<String> notes = new ArrayList<>();

        public List<String> notes() {
            return notes;
        }

        public String line() {
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            return String.format("%3d pages, %.2f pages/s (%.1f s a page, %.1f s of CPU a page); digits %.3f (%d of %d wrong), letters %.3f; "
                            + "values precision %.3f recall %.3f (TP %d FP %d of %d); values+suggestions recall %.3f; "
                            + "jurisdiction right %d/%d",
                    pages, pages / seconds, seconds / pages, cpuSeconds / pages, 1 - (double) digitErrors / digits, digitErrors, digits,
                    1 - (double) letterErrors / letters, precision, (double) tp / gold, tp, fp, gold,
                    (double) tpWithSuggestions / gold, jurisdictionsRight, reports);
        }
    }

    private final ReportExtractor extractor;

    public BenchOcr(ReportExtractor extractor) {
        this.extractor = extractor;
    }

    /** Scores the scans of every {@code *.txt} in {@code seeds} at each resolution; {@code keep} (may be null) receives the PDFs. */
    public Map<String, Score> run(Path seeds, Path goldFile, int[] dpis, double degrees, double noise, Path keep,
                                  Consumer<String> log) throws IOException, ReadException {
        List<Gold> gold = readGold(goldFile);
        List<Path> files;
        try (var s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Map<String, Score> out = new LinkedHashMap<>();
        for (int dpi : dpis) {
            Score score = new Score();
            for (Path f : files) {
                String name = f.getFileName().toString();
                String text = Files.readString(f, StandardCharsets.UTF_8);
                var images = ScanImages.pages(text, new ScanImages.Style(dpi, degrees, noise, name.hashCode()));
                byte[] pdf = ScanImages.pdf(images, dpi);
                if (keep != null) {
                    Files.createDirectories(keep);
                    Files.write(keep.resolve(name.replace(".txt", "-" + dpi + "dpi.pdf")), pdf);
                }
                long t0 = System.nanoTime();
                long cpu0 = processCpuNanos();
                ReportText scan = ReportReaders.read(name.replace(".txt", ".pdf"), pdf,
                        (done, total, m) -> log.accept(name + " " + dpi + " dpi: page " + done + "/" + total),
                        CancellationToken.none());
                score.seconds += (System.nanoTime() - t0) / 1e9;
                score.cpuSeconds += (processCpuNanos() - cpu0) / 1e9;
                score.pages += Pages.count(scan.text());
                if (scan.format() != ReportFormat.SCAN) {
                    throw new IllegalStateException("expected a scan, got " + scan.format());
                }
                count(score, text, scan.text());
                ReportExtractor.Extraction truth = extractor.extract(new ReportText(text, ReportFormat.TXT, "UTF-8"));
                ReportExtractor.Extraction x = extractor.extract(scan);
                score.reports++;
                String want = truth.metadata().jurisdiction() == null ? null : truth.metadata().jurisdiction().code();
                String got = x.metadata().jurisdiction() == null ? null : x.metadata().jurisdiction().code();
                if (want != null && want.equals(got)) {
                    score.jurisdictionsRight++;
                } else {
                    score.notes.add(name + ": jurisdiction " + (got == null ? "not found" : x.metadata().jurisdiction().fullName()));
                }
                scoreValues(score, name, gold, x);
            }
            out.put(dpi + " dpi", score);
        }
        return out;
    }

    /** CPU time of the whole process: Tesseract recognises on native threads of its own. */
    private static long processCpuNanos() {
        try {
            var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
        } catch (LinkageError e) {
            return 0; // a trimmed runtime without jdk.management: wall time only
        }
    }

    private static void count(Score score, String original, String recognised) {
        String d0 = digits(original);
        String d1 = digits(recognised);
        score.digits += d0.length();
        score.digitErrors += Math.min(d0.length(), editDistance(d0, d1));
        String l0 = letters(original);
        String l1 = letters(recognised);
        score.letters += l0.length();
        score.letterErrors += Math.min(l0.length(), editDistance(l0, l1));
    }

    private static void scoreValues(Score score, String file, List<Gold> gold, ReportExtractor.Extraction x) {
        List<Gold> mine = gold.stream().filter(g -> g.file().equals(file)).toList();
        score.gold += mine.size();
        for (IndicatorValue v : x.values()) {
            if (v.derived() || !GOLD_VOCABULARY.contains(v.indicator())) {
                continue;
            }
            if (mine.stream().anyMatch(g -> matches(g, v))) {
                score.tp++;
            } else {
                score.fp++;
                score.notes.add(file + ": wrong " + v.indicator() + " = " + v.value().toPlainString()
                        + " «" + v.evidence().sentence() + "»");
            }
        }
        for (Gold g : mine) {
            if (x.values().stream().anyMatch(v -> !v.derived() && matches(g, v))
                    || x.suggestions().stream().anyMatch(v -> !v.derived() && matches(g, v))) {
                score.tpWithSuggestions++;
            }
        }
    }

    private static boolean matches(Gold g, IndicatorValue v) {
        return g.indicator().equals(v.indicator()) && g.accepted().stream().anyMatch(a -> a.compareTo(v.value()) == 0);
    }

    static String digits(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> b.append((char) c));
        return b.toString();
    }

    /** Letters and digits (Chinese characters included), full-width folded: what OCR has to get right. */
    static String letters(String s) {
        String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder();
        t.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Levenshtein distance in two rows: the texts are a few thousand characters. */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static List<Gold> readGold(Path file) throws IOException {
        List<Gold> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] r = lines.get(i).split("\t", -1);
            List<BigDecimal> accepted = new ArrayList<>();
            accepted.add(new BigDecimal(r[2]));
            if (r.length > 6 && !r[6].isBlank()) {
                for (String a : r[6].split("\\|")) {
                    accepted.add(new BigDecimal(a.trim()));
                }
            }
            out.add(new Gold(r[0], r[1], accepted));
        }
        return out;
    }
}
