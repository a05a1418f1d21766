package cn.fazhi.workbench.bench;

import cn.fazhi.workbench.workflow.SampleReports;
import cn.fazhi.workbench.AllowedToUse;
import cn.fazhi.workbench.extract.Division;
import cn.fazhi.workbench.extract.Gazetteer;
import cn.fazhi.workbench.extract.ReportExtractor;
import cn.fazhi.workbench.model.JurisdictionLevel;
import cn.fazhi.workbench.model.ReportFormat;
import cn.fazhi.workbench.model.ReportText;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes benchmark documents from the bundled sample reports: the jurisdiction swapped for a random
 * county-level division from the gazetteer, the years shifted, the counts changed. Deterministic for a
 * given seed.
 */
@AllowedToUse(value = "org.apache.poi", reason = "writes .docx files for the extraction benchmark")
public final class BenchmarkCorpus {
    private static final Pattern COUNT = Pattern.compile("(\\d{1,6})(件|卷|份)");
    private final List<String> samples = new ArrayList<>();
    private final List<String> sampleNames = new ArrayList<>();
    private final List<Integer> sampleYears = new ArrayList<>();
    private final List<Division> counties;
    private final Random random;

    public BenchmarkCorpus(long seed) throws IOException {
        this.random = new Random(seed);
        ReportExtractor extractor = ReportExtractor.withBundledData();
        for (String name : SampleReports.names()) {
            String text = SampleReports.text(name);
            ReportExtractor.Extraction x = extractor.extract(new ReportText(text, ReportFormat.TXT, "UTF-8"));
            samples.add(text);
            sampleNames.add(x.metadata().jurisdiction() == null ? null : x.metadata().jurisdiction().name());
            sampleYears.add(x.metadata().year());
        }
        counties = Gazetteer.bundled().divisions().stream()
                .filter(d -> d.level() == JurisdictionLevel.COUNTY || d.level() == JurisdictionLevel.DISTRICT)
                .filter(d -> d.name().length() >= 3)
                .toList();
    }

    /** The i-th generated report text. */
    public String text(int i) {
        int s = i % samples.size();
        String text = samples.get(s);
        String from = sampleNames.get(s);
        if (from != null) {
            text = text.replace(from, counties.get(random.nextInt(counties.size())).name());
        }
        Integer year = sampleYears.get(s);
        if (year != null) {
            int shift = random.nextInt(5) - 2;
            text = text.replace((year + 1) + "年", (year + 1 + shift) + "年").replace(year + "年", (year + shift) + "年");
        }
        Matcher m = COUNT.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            int varied = Math.max(1, (int) Math.round(n * (0.5 + random.nextDouble())));
            m.appendReplacement(b, varied + m.group(2));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Writes {@code count} files of mixed formats and encodings into {@code dir}; returns them. */
    public List<Path> writeMixed(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        byte[] pdf = resource("/fazhi/bench/sample-report.pdf");
        byte[] doc = resource("/fazhi/bench/sample-report.doc");
        Charset gbk = Charset.forName("GBK");
        for (int i = 0; i < count; i++) {
            String text = text(i);
            int kind = i % 20;
            Path f;
            if (kind < 6) {
                f = Files.writeString(dir.resolve(i + ".txt"), text, StandardCharsets.UTF_8);
            } else if (kind < 8) {
                f = Files.write(dir.resolve(i + "-gbk.txt"), text.getBytes(gbk));
            } else if (kind < 11) {
                f = Files.writeString(dir.resolve(i + ".html"), html(text, "utf-8"), StandardCharsets.UTF_8);
            } else if (kind < 14) {
                f = Files.write(dir.resolve(i + "-gbk.htm"), html(text, "gb2312").getBytes(gbk));
            } else if (kind < 18) {
                f = Files.write(dir.resolve(i + ".docx"), docx(text));
            } else if (kind < 19) {
                f = Files.write(dir.resolve(i + ".pdf"), pdf);
            } else {
                f = Files.write(dir.resolve(i + ".doc"), doc);
            }
            files.add(f);
        }
        return files;
    }

    private static String html(String text, String charset) {
        StringBuilder b = new StringBuilder("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
                .append(charset).append("\"><title>报告</title></head><body><div class=\"nav\">首页 &gt; 政务公开</div><div id=\"zoom\">");
        for (String line : text.split("\n")) {
            b.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        return b.append("</div><script>var a=1;</script></body></html>").toString();
    }

    public static byte[] docx(String text) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                d.createParagraph().createRun().setText(line);
            }
            d.write(out);
            return out.toByteArray();
        }
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = BenchmarkCorpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
