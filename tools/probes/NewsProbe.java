import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.model.IndicatorValue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Runs loose-text probes as CorpusAccuracy scores a news item: extractPassage(text, jurisdiction, year,
 * insideReport=false, pageTitle). One probe a line on stdin: "jurisdiction<TAB>year<TAB>pageTitle<TAB>text"
 * ("-" for no page title; "||" in the text is a line break, e.g. a headline then the sentence). Prints one line
 * per probe: the probe's number, then V indicator=value and S indicator=value[flags] entries, tab-separated.
 *
 * usage: java -cp JAR tools/probes/NewsProbe.java < probes.tsv
 */
public class NewsProbe {
    public static void main(String[] args) throws Exception {
        ReportExtractor x = ReportExtractor.withBundledData();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        StringBuilder out = new StringBuilder();
        while ((line = in.readLine()) != null) {
            String[] f = line.split("\t", 4);
            if (f.length < 4) {
                continue;
            }
            String title = f[2].equals("-") ? null : f[2];
            ReportExtractor.Extraction e = x.extractPassage(f[3].replace("||", "\n"), f[0], Integer.valueOf(f[1]), false, title);
            out.append(n++);
            for (IndicatorValue v : e.values()) {
                if (!v.derived()) {
                    out.append("\tV ").append(v.indicator()).append('=').append(v.value().stripTrailingZeros().toPlainString());
                }
            }
            for (IndicatorValue v : e.suggestions()) {
                out.append("\tS ").append(v.indicator()).append('=').append(v.value().stripTrailingZeros().toPlainString())
                        .append(v.flags());
            }
            out.append('\n');
        }
        System.out.print(out);
    }
}
