package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.ingest.NormalizedText;
import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.ReportMetadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, reporting year, publish date, document number, issuer and jurisdiction. Site chrome (index
 * numbers, breadcrumbs) is used only where it is labelled (发布日期, 发布机构, 文号); the year comes from
 * the title or the body, never from the page around it.
 */
public final class MetadataExtractor {
    /** The lines of a report's head where its title, number, issuer and labelled dates stand. */
    static final int HEAD_LINES = 40;
    private static final Pattern TITLE_WORDS = Pattern.compile("(法治政府|依法行政|法治建设|法治).*(报告|情况)");
    private static final Pattern TITLE_PREFIX = Pattern.compile(
            "^(?:【[^】]*】|\\[[^\\]]*\\]|(?:名称|标题|题名|文件名称|标\\s*题)[:：]?)\\s*");
    static final Pattern DOC_NUMBER = Pattern.compile(
            "([\\u4e00-\\u9fa5]{1,12})\\s*[〔\\[［【(（]\\s*(\\d{4})\\s*[〕\\]］】)）]\\s*(\\d{1,4})\\s*号");
    private static final Pattern DOC_NUMBER_LABEL = Pattern.compile("(?:文号|发文字号|文件编号|发文号)\\s*[:：]?\\s*");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern YEAR_IN_BODY = Pattern.compile(
            "现将[^。\\n]{0,40}?(\\d{4})年(?:度)?[^。\\n]{0,40}?报告如下|^(\\d{4})年(?:度)?(?:以来)?[，,]|(\\d{4})年(?:度)?(?:全[县区市旗州盟省])?(?:法治政府建设|依法行政)");
    private static final Pattern ISSUER_LABEL = Pattern.compile("(?:发布机构|发文机关|发文单位|发布单位|来源)\\s*[:：]?\\s*([\\u4e00-\\u9fa5]{2,40})");
    private static final Pattern ISSUER_IN_TITLE = Pattern.compile(
            "^([\\u4e00-\\u9fa5]{2,30}?(?:人民政府|管理委员会|管委会|行政公署|政府))");
    private static final Pattern SIGNATURE = Pattern.compile(
            "^([\\u4e00-\\u9fa5]{2,30}(?:人民政府|管理委员会|管委会|行政公署))$");
    private static final Pattern ADDRESSEE = Pattern.compile("^([\\u4e00-\\u9fa5]{2,30})[:：]$");

    private final JurisdictionResolver resolver;

    public MetadataExtractor(Gazetteer gazetteer) {
        this.resolver = new JurisdictionResolver(gazetteer);
    }

    public ReportMetadata extract(NormalizedText norm, List<String> warnings) {
        String text = norm.text();
        List<int[]> lines = lines(text);
        int[] titleLine = findTitle(text, lines);
        String title = null;
        String titleNorm = null;
        if (titleLine != null) {
            titleNorm = stripTitlePrefix(text.substring(titleLine[0], titleLine[1]));
            int offset = text.substring(titleLine[0], titleLine[1]).indexOf(titleNorm);
            title = norm.originalSlice(titleLine[0] + offset, titleLine[0] + offset + titleNorm.length()).strip();
        } else {
            warnings.add("title: no line looks like a report title");
        }
        Integer year = findYear(titleNorm, text, lines);
        if (year == null) {
            year = yearOfTheSignature(text, lines);
            if (year != null) {
                warnings.add("year: neither the title nor the opening states the reporting year; " + year
                        + " is read from the date under the signature — check it");
            }
        }
        if (year == null) {
            year = dominantYear(text);
            if (year != null) {
                warnings.add("year: neither the title nor the opening states the reporting year; " + year
                        + " is the year the text mentions most — check it");
            } else {
                warnings.add("year: neither the title nor the opening of the text states the reporting year");
            }
        }
        String issuer = findIssuer(titleNorm, text, lines);
        String docNumber = findDocNumber(norm, lines, titleLine);
        LocalDate published = PublishDates.find(text, lines, year, warnings);
        String header = headerLines(text, lines, issuer);
        Jurisdiction jurisdiction = resolver.resolve(titleNorm, header, text, warnings);
        return new ReportMetadata(title, jurisdiction, year, published, docNumber, issuer);
    }

    static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new int[]{s, e});
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static int[] findTitle(String text, List<int[]> lines) {
        int[] best = null;
        for (int k = 0; k < Math.min(lines.size(), HEAD_LINES); k++) {
            if (lines.get(k)[1] - lines.get(k)[0] > 100) {
                continue; // a paragraph, not a title
            }
            String line = stripTitlePrefix(text.substring(lines.get(k)[0], lines.get(k)[1]));
            if (line.length() < 8 || line.length() > 70 || line.contains("如下") || line.matches(".*[，,。；;].*")) {
                continue;
            }
            if (!TITLE_WORDS.matcher(line).find() || !line.contains("报告")) {
                continue;
            }
            // A line that is only the title beats one that carries a label or document number before it.
            if (best == null) {
                best = lines.get(k);
            }
            if (text.substring(lines.get(k)[0], lines.get(k)[1]).equals(line)) {
                return lines.get(k);
            }
        }
        return best;
    }

    static String stripTitlePrefix(String line) {
        String s = TITLE_PREFIX.matcher(line.strip()).replaceFirst("");
        Matcher m = DOC_NUMBER.matcher(s);
        if (m.find() && m.start() == 0) {
            s = s.substring(m.end());
        }
        return TITLE_PREFIX.matcher(s.strip()).replaceFirst("").strip();
    }

    private static Integer findYear(String title, String text, List<int[]> lines) {
        if (title != null) {
            Matcher m = YEAR_IN_TITLE.matcher(chineseYearsToDigits(title));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        int bodyStart = lines.isEmpty() ? 0 : lines.get(0)[0];
        int limit = Math.min(text.length(), bodyStart + 3000);
        for (int[] line : lines) {
            if (line[0] > limit) {
                break;
            }
            String words = chineseYearsToDigits(text.substring(line[0], line[1]));
            Matcher m = YEAR_IN_BODY.matcher(words);
            while (m.find()) {
                // "2022年，开发区将持续深化…": a line of the plans opening with the year planned for
                if (m.group(2) != null && LOOKS_AHEAD.matcher(firstSentence(words.substring(m.end()))).find()) {
                    continue;
                }
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        return Integer.parseInt(m.group(g));
                    }
                }
            }
        }
        return null;
    }

    /** A sentence that looks ahead: what will be done, not what was. */
    private static final Pattern LOOKS_AHEAD = Pattern.compile("将|力争|计划|争取|确保|拟|预计");

    private static String firstSentence(String words) {
        int end = words.indexOf('。');
        return end < 0 ? words : words.substring(0, end);
    }

    /**
     * A report that writes its year neither in its title nor in its opening is dated by its signature: an annual
     * report signed in the first half of a year reports on the year before ("2022年1月25日": 2021), one signed in
     * November or December on that year; between, the date does not say.
     */
    private static Integer yearOfTheSignature(String text, List<int[]> lines) {
        java.time.LocalDate signed = PublishDates.signed(text, lines, null, new ArrayList<>());
        if (signed == null) {
            return null;
        }
        if (signed.getMonthValue() <= 6) {
            return signed.getYear() - 1;
        }
        return signed.getMonthValue() >= 11 ? signed.getYear() : null;
    }

    /** The year named most often in the text, when it is named at least three times and in most year mentions. */
    static Integer dominantYear(String text) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        int total = 0;
        for (NumberMention m : NumberParser.parse(text)) {
            if (m.kind() == NumberMention.Kind.YEAR) {
                int y = m.value().intValue();
                if (y >= 2000 && y <= 2100) {
                    counts.merge(y, 1, Integer::sum);
                    total++;
                }
            }
        }
        final int all = total;
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= 3 && e.getValue() * 2 > all)
                .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
    }

    static String chineseYearsToDigits(String s) {
        Matcher m = Pattern.compile("([〇零一二三四五六七八九]{4})年").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            StringBuilder digits = new StringBuilder();
            for (char c : m.group(1).toCharArray()) {
                digits.append(ChineseNumerals.digit(c));
            }
            m.appendReplacement(b, digits + "年");
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String findIssuer(String title, String text, List<int[]> lines) {
        if (title != null) {
            Matcher m = ISSUER_IN_TITLE.matcher(title);
            if (m.find() && !m.group(1).startsWith("关于")) {
                return m.group(1);
            }
        }
        String labelled = null;
        for (int k = 0; k < Math.min(lines.size(), HEAD_LINES); k++) {
            String line = text.substring(lines.get(k)[0], lines.get(k)[1]);
            if (!mayHoldIssuerLabel(line)) {
                continue;
            }
            Matcher m = ISSUER_LABEL.matcher(line);
            if (m.find()) {
                String v = m.group(1).replaceAll("(公开方式|组配分类|主题分类|发布日期|成文日期|文号).*$", "");
                if (v.matches(".*(人民政府|委员会|管委会|行政公署|政府|局|厅|委|办公室).*")) {
                    labelled = v;
                    break;
                }
            }
        }
        String signature = null;
        for (int k = lines.size() - 1; k >= Math.max(0, lines.size() - 12); k--) {
            Matcher m = SIGNATURE.matcher(text.substring(lines.get(k)[0], lines.get(k)[1]));
            if (m.find()) {
                signature = m.group(1);
                break;
            }
        }
        // "政府办公室" says which office ran the web page, not which government issued the report; a
        // signature line ("通城县人民政府") names the issuer itself and wins over any office.
        boolean office = labelled != null && labelled.matches(".*(办公室|办)$");
        if (labelled != null && !office) {
            return labelled;
        }
        if (signature != null) {
            return signature;
        }
        return office && !labelled.matches("(政府)?办公室|政府办|党政综合办公室|综合办公室") ? labelled : null;
    }

    private static boolean mayHoldIssuerLabel(String line) {
        return line.length() <= 200 && (line.contains("发布") || line.contains("发文") || line.contains("来源"));
    }

    private static String findDocNumber(NormalizedText norm, List<int[]> lines, int[] titleLine) {
        String text = norm.text();
        for (int k = 0; k < Math.min(lines.size(), HEAD_LINES); k++) {
            int[] l = lines.get(k);
            String line = text.substring(l[0], l[1]);
            if (!mayHoldDocNumber(line)) {
                continue;
            }
            Matcher label = DOC_NUMBER_LABEL.matcher(line);
            if (label.find()) {
                Matcher m = DOC_NUMBER.matcher(line);
                if (m.find(label.end()) && m.start() <= label.end() + 1) {
                    return norm.originalSlice(l[0] + m.start(), l[0] + m.end()).strip();
                }
            }
        }
        List<int[]> candidates = new ArrayList<>();
        if (titleLine != null) {
            candidates.add(titleLine);
        }
        for (int k = 0; k < Math.min(lines.size(), HEAD_LINES); k++) {
            candidates.add(lines.get(k));
        }
        for (int[] l : candidates) {
            String line = text.substring(l[0], l[1]);
            if (!mayHoldDocNumber(line)) {
                continue;
            }
            Matcher prefixed = TITLE_PREFIX.matcher(line);
            int skip = prefixed.lookingAt() ? prefixed.end() : 0;
            Matcher lead = DOC_NUMBER.matcher(line);
            if (lead.find(skip) && lead.start() == skip && (lead.end() == line.length() || line.contains("报告"))) {
                return norm.originalSlice(l[0] + lead.start(), l[0] + lead.end()).strip();
            }
            Matcher m = DOC_NUMBER.matcher(line);
            boolean alone = m.matches();
            boolean inTitle = l == titleLine && m.find() && m.start() <= 12;
            if (alone || inTitle) {
                if (alone) {
                    m = DOC_NUMBER.matcher(line);
                    m.find();
                }
                return norm.originalSlice(l[0] + m.start(), l[0] + m.end()).strip();
            }
        }
        return null;
    }

    /** Document numbers stand in short header lines and always end in 号 after a bracketed year. */
    private static boolean mayHoldDocNumber(String line) {
        return line.length() <= 120 && line.indexOf('号') >= 0
                && (line.indexOf('〔') >= 0 || line.indexOf('[') >= 0 || line.indexOf('［') >= 0
                || line.indexOf('【') >= 0 || line.indexOf('(') >= 0 || line.indexOf('（') >= 0);
    }

    /** Issuer, addressee ("中共宜春市袁州区委:") and signature lines: where the government names itself. */
    private static String headerLines(String text, List<int[]> lines, String issuer) {
        StringBuilder b = new StringBuilder();
        if (issuer != null) {
            b.append(issuer).append('\n');
        }
        for (int k = 0; k < Math.min(lines.size(), HEAD_LINES); k++) {
            String line = text.substring(lines.get(k)[0], lines.get(k)[1]);
            if (line.length() <= 32 && (line.endsWith(":") || line.endsWith("："))) {
                Matcher m = ADDRESSEE.matcher(line);
                // Reports go up to the government above (not the subject) and to the party committee and
                // people's congress at their own level (which name the subject).
                if (m.matches() && (m.group(1).contains("委") || m.group(1).contains("人大"))
                        && !m.group(1).contains("政府") && !m.group(1).matches("(中共)?(市|县|区|省|旗)委")) {
                    b.append(m.group(1)).append('\n');
                }
            }
            if (mayHoldIssuerLabel(line)) {
                Matcher label = ISSUER_LABEL.matcher(line);
                if (label.find()) {
                    b.append(label.group(1)).append('\n');
                }
            }
        }
        for (int k = lines.size() - 1; k >= Math.max(0, lines.size() - 8); k--) {
            String line = text.substring(lines.get(k)[0], lines.get(k)[1]);
            if (line.length() <= 40 && SIGNATURE.matcher(line).matches()) {
                b.append(line).append('\n');
            }
        }
        return b.toString();
    }
}
