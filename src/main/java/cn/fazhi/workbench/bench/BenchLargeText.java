package cn.fazhi.workbench.bench;

import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.ingest.ReadException;
import cn.fazhi.workbench.ingest.ReportReaders;
import cn.fazhi.workbench.workflow.SampleReports;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Extraction time against text size: generated reports joined into 1 MB and 10 MB texts, once with their
 * lines and once as one single line (a file whose line breaks were lost), and the real sample reports joined into
 * one line of the same size, read as .txt and extracted. Linear time means 10 MB takes about ten times 1 MB.
 * (The samples' one line was the one that grew faster until the twelfth session: reads above each figure searched
 * back for its heading through the whole line; generated reports have too few such figures to show it.)
 */
public final class BenchLargeText {
    private final ReportExtractor extractor = ReportExtractor.withBundledData();

    public BenchExtract.Figures run(int[] megabytes) throws ReadException, java.io.IOException {
        Map<String, String> out = new LinkedHashMap<>();
        BenchmarkCorpus corpus = new BenchmarkCorpus(7);
        extractor.extract(cn.fazhi.workbench.ingest.ReportReaders.read("warm.txt",
                corpus.text(0).getBytes(StandardCharsets.UTF_8)));
        for (int mb : megabytes) {
            String text = text(corpus, mb * 1024 * 1024);
            for (boolean oneLine : new boolean[]{false, true}) {
                String t = oneLine ? text.replace("\n", "") : text;
                byte[] bytes = t.getBytes(StandardCharsets.UTF_8);
                long t0 = System.nanoTime();
                var x = extractor.extract(ReportReaders.read("large.txt", bytes));
                double s = (System.nanoTime() - t0) / 1e9;
                out.put(String.format("%d MB %s", mb, oneLine ? "one line" : "with lines"), timed(s, x));
            }
            byte[] samples = samplesAsOneLine(mb * 1024 * 1024).getBytes(StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            var x = extractor.extract(ReportReaders.read("samples.txt", samples));
            out.put(String.format("%d MB samples, one line", mb), timed((System.nanoTime() - t0) / 1e9, x));
        }
        return new BenchExtract.Figures(out);
    }

    private static String timed(double seconds, ReportExtractor.Extraction x) {
        return String.format("%.2f s read + extracted (%d values, %d suggestions)", seconds, x.values().size(),
                x.suggestions().size());
    }

    /** The bundled sample reports (text ones) joined again and again, without their line breaks. */
    private static String samplesAsOneLine(int bytes) throws java.io.IOException {
        StringBuilder one = new StringBuilder();
        for (String name : SampleReports.names()) {
            if (name.endsWith(".txt")) {
                one.append(SampleReports.text(name).replace("\r", "").replace("\n", ""));
            }
        }
        StringBuilder b = new StringBuilder();
        while (b.length() * 3 < bytes) {
            b.append(one);
        }
        return b.toString();
    }

    private static String text(BenchmarkCorpus corpus, int bytes) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (b.length() * 3 < bytes) {
            b.append(corpus.text(i++)).append('\n');
        }
        return b.toString();
    }
}
