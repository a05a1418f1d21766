package cn.fazhi.workbench.bench;

import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.ingest.ReadException;
import cn.fazhi.workbench.ingest.ReportReaders;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Extraction time against text size: generated reports joined into 1 MB and 10 MB texts, once with their
 * lines and once as one single line (a file whose line breaks were lost), read as .txt and extracted.
 * Linear time means 10 MB takes about ten times 1 MB.
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
                out.put(String.format("%d MB %s", mb, oneLine ? "one line" : "with lines"),
                        String.format("%.2f s read + extracted (%d values, %d suggestions)", s, x.values().size(),
                                x.suggestions().size()));
            }
        }
        return new BenchExtract.Figures(out);
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
