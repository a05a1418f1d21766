package cn.fazhi.workbench.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a report was published: a labelled date in its head (发布日期, 成文日期…), else the date under the signature at
 * its end, written in figures, in Chinese numerals or run together ("2023214") when it reads only one way. A date
 * must fall in the report's year or the two after it.
 */
final class PublishDates {
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "(发布日期|发布时间|成文日期|成文时间|印发日期|发文日期|公开日期|日期)\\s*[:：]?\\s*(\\d{4})\\s*[-年./]\\s*(\\d{1,2})\\s*[-月./]\\s*(\\d{1,2})");
    private static final Pattern FULL_DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");
    private static final Pattern CHINESE_DATE = Pattern.compile("^([〇零一二三四五六七八九]{4}|(?:19|20)\\d{2})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$");
    private static final Pattern MANGLED_DATE = Pattern.compile("^(20\\d{2})(\\d{3,4})$");

    private PublishDates() {
    }

    static LocalDate find(String text, List<int[]> lines, Integer year, List<String> warnings) {
        LocalDate labelled = null;
        int labelRank = Integer.MAX_VALUE;
        for (int k = 0; k < Math.min(lines.size(), MetadataExtractor.HEAD_LINES); k++) {
            String line = text.substring(lines.get(k)[0], lines.get(k)[1]);
            if (line.length() > 200 || (!line.contains("日期") && !line.contains("时间"))) {
                continue;
            }
            Matcher m = LABELLED_DATE.matcher(line);
            while (m.find()) {
                int rank = m.group(1).startsWith("发布") ? 0 : m.group(1).startsWith("成文") ? 1 : 2;
                LocalDate d = date(m.group(2), m.group(3), m.group(4));
                if (d != null && rank < labelRank && plausible(d, year)) {
                    labelled = d;
                    labelRank = rank;
                }
            }
        }
        if (labelled != null) {
            return labelled;
        }
        return signed(text, lines, year, warnings);
    }

    /**
     * The date under the signature at the report's end (the day it was written), not a labelled date of the page
     * (the day a site put it up), or null.
     */
    static LocalDate signed(String text, List<int[]> lines, Integer year, List<String> warnings) {
        for (int k = lines.size() - 1; k >= Math.max(0, lines.size() - 15); k--) {
            String line = text.substring(lines.get(k)[0], lines.get(k)[1]).replace(" ", "");
            LocalDate d = signatureDate(line, warnings);
            if (d != null && plausible(d, year)) {
                return d;
            }
        }
        return null;
    }

    static LocalDate signatureDate(String line, List<String> warnings) {
        Matcher m = FULL_DATE.matcher(line);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = CHINESE_DATE.matcher(line);
        if (m.matches()) {
            String y = MetadataExtractor.chineseYearsToDigits(m.group(1) + "年").replace("年", "");
            return date(y, String.valueOf(ChineseNumerals.parse(m.group(2))), String.valueOf(ChineseNumerals.parse(m.group(3))));
        }
        m = MANGLED_DATE.matcher(line);
        if (m.matches()) {
            // "2023214": the separators were lost in copying; accept it only when it reads one way.
            String md = m.group(2);
            List<LocalDate> readings = new ArrayList<>();
            for (int split = 1; split < md.length(); split++) {
                String month = md.substring(0, split);
                String day = md.substring(split);
                if (month.length() <= 2 && day.length() <= 2) {
                    LocalDate d = date(m.group(1), month, day);
                    if (d != null) {
                        readings.add(d);
                    }
                }
            }
            if (readings.size() == 1) {
                warnings.add("publishDate: read the run-together date " + line + " as " + readings.get(0));
                return readings.get(0);
            }
            if (readings.size() > 1) {
                warnings.add("publishDate: the run-together date " + line + " can be read more than one way; left out");
            }
        }
        return null;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean plausible(LocalDate d, Integer year) {
        if (year == null) {
            return d.getYear() >= 2000 && d.getYear() <= 2100;
        }
        return d.getYear() >= year && d.getYear() <= year + 2;
    }
}
