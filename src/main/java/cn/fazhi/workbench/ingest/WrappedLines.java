package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.Pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins back the lines a page layout wrapped, so that a sentence (and a number with its unit) is not cut in
 * two by a line end, and drops the page numbers printed between them ("— 3 —", "第 5 页 共 12 页"), which
 * would otherwise end the sentence before its figure. Used for every reader whose text comes in printed
 * lines: PDF, OFD, OCR and plain text saved from a printed document.
 */
final class WrappedLines {
    private static final Pattern HEADING_START = Pattern.compile(
            "^\\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\\d+[.、．](?!\\d)|第[一二三四五六七八九十]+[部章节])");

    /**
     * A line that is nothing but a page number as documents print it: the number between dashes, or
     * 第…页 with or without 共…页, or "- 3 -/12". A bare number is not one: it may be a table's cell.
     */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-—–－―_﹣~～·•]{1,3}\\s*\\d{1,4}\\s*[-—–－―_﹣~～·•]{1,3}"
                    + "|第\\s*\\d{1,4}\\s*页(?:\\s*[，,/／]?\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "|共\\s*\\d{1,4}\\s*页\\s*第\\s*\\d{1,4}\\s*页"
                    + "|[Pp]age\\s*\\d{1,4}(?:\\s*of\\s*\\d{1,4})?)$");

    private WrappedLines() {
    }

    static String join(String raw) {
        return join(List.of(raw));
    }

    static String join(List<String> pages) {
        return joined(pages).text();
    }

    /**
     * Whether plain text was saved from a printed document: it shows a page number on a line of its own, or
     * at least two lines that its page layout wrapped. Other plain text (one paragraph per line) is left as
     * it came.
     */
    static Joined joinIfPrinted(List<String> pages) {
        Joined joined = joined(pages);
        return joined.pageNumbers() > 0 || joined.joins() >= 2 ? joined : null;
    }

    /** The joined text, how many line ends were joins and how many page-number lines were dropped. */
    record Joined(String text, int joins, int pageNumbers) {
    }

    /**
     * The pages' text as one, wrapped lines joined (also from the foot of one page to the top of the next)
     * and every page after the first marked with {@link Pages#BREAK}. The mark goes at the first line break
     * at or after the page's start, so a sentence running over a page end stays whole and counts as
     * being on the page where it starts.
     */
    private static Joined joined(List<String> pages) {
        List<String> lines = new ArrayList<>();
        Set<Integer> pageStarts = new HashSet<>();
        Set<Integer> pageFeet = new HashSet<>();
        List<String[]> pageLines = new ArrayList<>();
        for (String raw : pages) {
            // a page's text ends with its last line's break: no empty line between pages
            pageLines.add(raw.replace(Pages.BREAK, '\n').replaceFirst("\n+$", "").split("\n", -1));
        }
        Set<String> running = runningLines(pageLines);
        for (int p = 0; p < pageLines.size(); p++) {
            if (p > 0) {
                pageStarts.add(lines.size());
            }
            String[] page = pageLines.get(p);
            int first = edgeLine(page, true);
            int last = edgeLine(page, false);
            for (int k = 0; k < page.length; k++) {
                String line = page[k];
                boolean runningEdge = (k == last || k == first && p > 0) && running.contains(shape(line));
                if (isPageNumber(line) || runningEdge) {
                    pageFeet.add(lines.size()); // where it stood: blank lines around it are a page foot
                } else {
                    lines.add(line);
                }
            }
        }
        int joins = 0;
        int full = 0;
        for (String l : lines) {
            full = Math.max(full, width(l.strip()));
        }
        StringBuilder out = new StringBuilder();
        int pendingBreaks = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            out.append(line);
            if (i == lines.size() - 1) {
                break;
            }
            if (pageStarts.contains(i + 1)) {
                pendingBreaks++;
            }
            int nextLine = nextLineOfTheSentence(lines, i + 1, pageStarts, pageFeet);
            String next = lines.get(nextLine).strip();
            boolean wrapped = full > 20 && width(line) >= full * 0.8 && !line.isEmpty()
                    && "。！？；：:;!?”」』）)".indexOf(line.charAt(line.length() - 1)) < 0
                    && !next.isEmpty() && !HEADING_START.matcher(next).find()
                    && !(tableRow(line) && tableRow(next))
                    && line.indexOf('\t') < 0; // a row of cells apart by tabs ends where its line ends (round 54)
            if (wrapped) {
                joins++;
                // the blank lines a page foot left between the two halves of the sentence go too
                for (; i + 1 < nextLine; i++) {
                    if (pageStarts.contains(i + 2)) {
                        pendingBreaks++;
                    }
                }
            } else {
                out.append('\n');
                for (; pendingBreaks > 0; pendingBreaks--) {
                    out.append(Pages.BREAK);
                }
            }
        }
        for (; pendingBreaks > 0; pendingBreaks--) {
            out.append('\n').append(Pages.BREAK);
        }
        return new Joined(out.toString(), joins, pageFeet.size());
    }

    /** Two or more figures' cells set apart by spaces: a row of a table, which ends where its line ends. */
    // cells may stand apart by ideographic spaces (U+3000), which \\s does not match (r258)
    private static final Pattern FIGURE_CELL = Pattern.compile(
            "(?:^|[\\s\\u3000])[-+≥≤]?\\d[\\d.,]*[\\s\\u3000]*(?:%|个百分点|万|件|卷|宗|起|个|人次)?(?=[\\s\\u3000]|$)");

    /**
     * "行政机关负责人出庭应诉率 100% 100% 完成" over "行政复议纠错率 ≥10% 12.7% 完成": a table's rows as wide as the page's text are
     * not a sentence the layout wrapped (round 53).
     */
    private static boolean tableRow(String line) {
        var m = FIGURE_CELL.matcher(line);
        int cells = 0;
        while (m.find() && cells < 2) {
            cells++;
        }
        return cells >= 2;
    }

    /**
     * The running header or footer a document prints on every page ("安吉县2023年法治政府建设年度报告",
     * "安吉县人民政府办公室 印发"): a line that is the first or the last of at least three pages and of half of them,
     * compared without spaces and digits. Between the halves of a sentence it would end the sentence; the first
     * page's top line stays (it is often the title the header repeats).
     */
    private static Set<String> runningLines(List<String[]> pages) {
        if (pages.size() < 3) {
            return Set.of();
        }
        Map<String, Integer> seen = new HashMap<>();
        for (String[] page : pages) {
            Set<String> edges = new HashSet<>();
            for (boolean top : new boolean[] {true, false}) {
                int k = edgeLine(page, top);
                if (k >= 0 && page[k].strip().length() <= 60) {
                    edges.add(shape(page[k]));
                }
            }
            edges.forEach(e -> seen.merge(e, 1, Integer::sum));
        }
        int needed = Math.max(3, (pages.size() + 1) / 2);
        Set<String> running = new HashSet<>();
        seen.forEach((line, times) -> {
            if (times >= needed && !line.isEmpty()) {
                running.add(line);
            }
        });
        String header = headerOfEveryPageAfterTheFirst(pages);
        if (header != null) {
            running.add(header);
        }
        return running;
    }

    /**
     * A header printed at the top of every page but the first, which carries the title instead ("海宁市2023年度法治
     * 政府建设情况报告" over pages 2 and 3 of three): the same top line on all of them, plain text (a table's header row
     * repeated on each page has its cells apart by tabs or runs of spaces and stays).
     */
    private static String headerOfEveryPageAfterTheFirst(List<String[]> pages) {
        String header = null;
        for (int p = 1; p < pages.size(); p++) {
            int k = edgeLine(pages.get(p), true);
            if (k < 0) {
                return null;
            }
            String line = pages.get(p)[k].strip();
            if (line.length() > 60 || line.contains("\t") || line.contains("  ")) {
                return null;
            }
            String shaped = shape(line);
            if (header != null && !header.equals(shaped) || shaped.isEmpty()) {
                return null;
            }
            header = shaped;
        }
        return header;
    }

    /** The page's first (or last) line with text that is not a page number, or -1. */
    private static int edgeLine(String[] page, boolean top) {
        for (int n = 0; n < page.length; n++) {
            int k = top ? n : page.length - 1 - n;
            if (!page[k].isBlank() && !isPageNumber(page[k])) {
                return k;
            }
        }
        return -1;
    }

    private static String shape(String line) {
        return line.replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }

    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line.strip()).matches();
    }

    /**
     * The line that would carry the sentence on: the next line, or, when only a few blank lines stand
     * between and a page number or a page end stood among them, the first line after them.
     */
    private static int nextLineOfTheSentence(List<String> lines, int from, Set<Integer> pageStarts,
                                             Set<Integer> pageFeet) {
        int j = from;
        while (j < lines.size() - 1 && lines.get(j).isBlank() && j - from < 4) {
            j++;
        }
        if (j == from || lines.get(j).isBlank()) {
            return from;
        }
        for (int k = from; k <= j; k++) {
            if (pageFeet.contains(k) || pageStarts.contains(k)) {
                return j;
            }
        }
        return from;
    }

    /** Printed width: a Chinese character takes about two Latin ones. */
    private static int width(String line) {
        int w = 0;
        for (int i = 0; i < line.length(); i++) {
            w += line.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return w;
    }
}
