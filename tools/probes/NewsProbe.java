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
 *
 * With "--pages", a whole made-up loose page a file, each given as FILE JURISDICTION YEAR: the first line is the
 * headline (passed as the page's title), the rest the page's text, run in one piece as above. Prints one JSON line
 * a page, {"file":…,"values":[{"indicator":…,"value":…}],"suggestions":[…,"flags":[…]]}, as `extract` does, so
 * tools/probes/reports/score.py scores it (tools/probes/news-pages/score.py runs both).
 *
 * usage: java -cp JAR tools/probes/NewsProbe.java --pages FILE JURISDICTION YEAR [FILE JURISDICTION YEAR …]
 */
public class NewsProbe {
    public static void main(String[] args) throws Exception {
        ReportExtractor x = ReportExtractor.withBundledData();
        if (args.length > 0 && args[0].equals("--pages")) {
            pages(x, args);
            return;
        }
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

    private static void pages(ReportExtractor x, String[] args) throws Exception {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i + 2 < args.length; i += 3) {
            String page = java.nio.file.Files.readString(java.nio.file.Path.of(args[i]), StandardCharsets.UTF_8);
            int nl = page.indexOf('\n');
            String title = nl < 0 ? page : page.substring(0, nl).strip();
            String text = nl < 0 ? "" : page.substring(nl + 1);
            ReportExtractor.Extraction e = x.extractPassage(text, args[i + 1], Integer.valueOf(args[i + 2]), false, title);
            out.append("{\"file\":\"").append(args[i]).append("\",\"values\":[");
            String sep = "";
            for (IndicatorValue v : e.values()) {
                if (!v.derived()) {
                    out.append(sep).append(json(v, false));
                    sep = ",";
                }
            }
            out.append("],\"suggestions\":[");
            sep = "";
            for (IndicatorValue v : e.suggestions()) {
                out.append(sep).append(json(v, true));
                sep = ",";
            }
            out.append("]}\n");
        }
        System.out.print(out);
    }

    private static String json(IndicatorValue v, boolean flags) {
        StringBuilder b = new StringBuilder("{\"indicator\":\"").append(v.indicator()).append("\",\"value\":")
                .append(v.value().stripTrailingZeros().toPlainString());
        if (flags) {
            b.append(",\"flags\":[");
            String sep = "";
            for (Object f : v.flags()) {
                b.append(sep).append('"').append(f).append('"');
                sep = ",";
            }
            b.append(']');
        }
        return b.append('}').toString();
    }
}
