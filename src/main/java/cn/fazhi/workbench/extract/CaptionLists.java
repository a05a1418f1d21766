package cn.fazhi.workbench.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table a copy ran into one line of "name figure" items set apart by "；", under a caption that alone names what the
 * figures measure: "表2 2024年襄阳市各县（市、区）人民调解成功率" over "襄阳市 99.10%；枣阳市 99.25%；宜城市 98.87%；…"
 * (round 71). The item's name is the row's label and the caption's words from its matter on are the column's name. As in
 * any table (docs/labelling.md, rule 6), only the row of the jurisdiction itself or of the total is its own figure; every
 * other row (another place, a town, a group, 本级, a subtotal) is no figure of the jurisdiction's.
 */
final class CaptionLists {
    private CaptionLists() {
    }

    /** One item of the list: a name, then one figure or two set apart by 、 ("南昌县 286.4万件、84.25%"). */
    private static final String FIGURE = "\\d[\\d.,]*\\s*万?\\s*(?:件|卷|宗|起|份|人次|%)";
    private static final Pattern ITEM = Pattern.compile(
            "\\s*([^，,。：:；;%、]{2,24}?)\\s*[：:]?\\s*(" + FIGURE + ")(?:\\s*[、/]\\s*(" + FIGURE + "))?\\s*");
    /** A figure's own measure word right after an item's name (the text may have lost the space between them). */
    private static final String FIRST_WORD = "(?:收案|立案|新收|受理|收到申请|收到|审结|办结|结案|纠错|败诉|调解|办件量|办件|工单|评查|审核|备案|废止"
            + "|(?:纠错|败诉|办结|结案|调解成功|出庭应诉|网办|按期办结|成功)率)";
    /**
     * An item whose figures carry their own measure's word: "大冶市 收案312件、纠错率12.55%" (round 81 a). Groups: the name,
     * each figure's word and the figure.
     */
    private static final Pattern LABELLED_ITEM = Pattern.compile(
            "\\s*([^，,。：:；;%、\\s\\d]{2,24}?)\\s*(" + FIRST_WORD + ")\\s*(" + FIGURE + ")"
                    + "(?:\\s*[、/]\\s*([\\u4e00-\\u9fa5]{1,6})\\s*(" + FIGURE + "))?\\s*");
    /** A line of a list is longer than a table's row, but read no further than this: it runs for every figure. */
    private static final int MAX_LINE = 400;
    private static final int MAX_CAPTION = 60;
    private static final Pattern SENTENCE_STOPS = Pattern.compile("[。；;，,]");
    /** Where the caption starts to name what is measured: the matter, or the heads' or the hotline's words. */
    private static final Pattern MATTER = Pattern.compile(
            "行政复议|一审行政诉讼|行政诉讼|行政应诉|行政机关负责人|人民调解|矛盾纠纷|法律援助|劳动人事争议|劳动争议|政务服务|12345|信访"
                    // "各镇（街道）及市级调解组织调处纠纷情况" (round 74 a)
                    + "|规范性文件|行政执法|调解组织|调[解处]纠纷"
                    // "…各区（市）行政机关一审败诉率" (round 82 a, read this session)
                    + "|行政机关(?:一审)?败诉");
    /** The caption's closing words that name no measure: "分布情况", "被告分布情况", "对比". */
    private static final Pattern CLOSING_WORDS = Pattern.compile(
            "(?:被告|地区|区域|类别|单位|来源)?(?:分布)?(?:工作)?(?:开展)?(?:情况|统计|一览表?|对比|比较|排名)?\\s*$");
    /** A caption's measure that names mediation and nothing it counts: "人民调解". */
    private static final Pattern MEDIATION_ALONE = Pattern.compile("人民调解|调解");
    /** Two measures named together, one per figure of an item: "政务服务办件量及网办率". */
    private static final Pattern TWO_MEASURES = Pattern.compile("(.+?)(?:及|和|与|、)(.+)");
    /**
     * A label that ends in what is counted or measured rather than who ("收到复议申请", "直接纠错", "政务服务办件总量"; a rate
     * anywhere): the row is a measure's, not a place's ("家具产业人民调解委员会" is who).
     */
    private static final Pattern MEASURE_LABEL = Pattern.compile(
            "率|(?:申请|受理|审结|办结|纠错|案件|办件|应诉|败诉|事项|工单|纠纷|文件|案卷|援助|诉讼|复议|调解|诉求|量|数)$");
    /** A clause after the last item's figure: "，调解成功率98.73%". */
    private static final Pattern REMARK_AFTER = Pattern.compile("(?<=[件卷宗起份次%])\\s*[，,]");
    /** A total's row: "合计", "全市合计", "总计". */
    private static final Pattern TOTAL_ROW = Pattern.compile("(?:全[县区市旗])?(?:合计|总计|共计)");

    /** The total's row opening the words after the last semicolon: "…；合计 287件，其中已审结". */
    private static final Pattern TOTAL_OPENS = Pattern.compile("\\s*(?:全[县区市旗])?\\s*(?:合计|总计|共计)");

    /**
     * The words before a figure end in a part that opens with the total's row ("乡镇 58件；其他 15件；合计 287件，其中已审结"):
     * the rows of groups before it are summed, not the figure's (round 78 a).
     */
    static boolean totalOpensTheLastPart(String words) {
        int semicolon = PartsAroundTheSentence.lastSemicolon(words);
        return semicolon >= 0 && TOTAL_OPENS.matcher(words).region(semicolon + 1, words.length()).lookingAt();
    }

    /**
     * The row of such a list that holds the figure at {@code at}: its label, the caption's name of its column, and the
     * place whose counties or towns the caption lists ("梅州市各县（市、区）": 梅州市), or "" when it names none.
     */
    record Row(String label, String measure, String placeOfTheList) {
        /** The words that name the figure, as a table's row label and column name would. */
        String words() {
            return label + measure;
        }
    }

    /** The row holding the figure that starts at {@code at}, or null when the figure is in no such list. */
    static Row rowOf(String text, int at) {
        int start = lineStart(text, at);
        int end = lineEnd(text, at);
        if (start <= 0 || end < 0) {
            return null;
        }
        String line = text.substring(start, end);
        if (line.indexOf('；') < 0 && line.indexOf(';') < 0) {
            return null; // most lines: one look, no split
        }
        // the normaliser writes "；" as ";" and may keep the closing "。"
        String body = line.strip().endsWith("。") ? line.substring(0, line.lastIndexOf('。')) : line;
        List<int[]> items = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == '；' || body.charAt(i) == ';') {
                items.add(new int[]{from, i});
                from = i + 1;
            }
        }
        if (items.size() < 3) {
            return null;
        }
        Row row = null;
        int[] lastItem = items.get(items.size() - 1);
        Matcher remark = REMARK_AFTER.matcher(body.substring(lastItem[0], lastItem[1]));
        if (remark.find()) {
            lastItem[1] = lastItem[0] + remark.start(); // "；全市合计 6237件，调解成功率98.73%": the total's remark after it
        }
        for (int[] item : items) {
            Matcher m = ITEM.matcher(body.substring(item[0], item[1]));
            if (!m.matches()) {
                Row labelled = labelledItem(text, start, body.substring(item[0], item[1]), at - start - item[0]);
                if (labelled == NO_ITEM) {
                    return null;
                }
                row = labelled != null ? labelled : row;
                continue;
            }
            if (MEASURE_LABEL.matcher(m.group(1)).find()) {
                return null; // "收到复议申请 612件；受理 547件；…": labels that name measures, no list of places
            }
            int figure = at - start - item[0];
            if (figure == m.start(2) || m.group(3) != null && figure == m.start(3)) {
                String caption = captionAbove(text, start);
                String measure = caption == null ? null : measureOf(caption, m.group(3) != null, figure == m.start(3));
                if (measure == null) {
                    return null;
                }
                Matcher place = PLACE_OF_THE_LIST.matcher(caption);
                row = new Row(m.group(1).strip(), measure, place.find() ? place.group(1) : "");
            }
        }
        return row;
    }

    /** A part of the line that is no item of a list. */
    private static final Row NO_ITEM = new Row("", "", "");

    /**
     * The row of an item whose figures name their own measures when the figure at {@code figure} (from the item's start)
     * is one of them: its name, the caption's matter with the figure's word ("行政复议案件" + "纠错率"); null when the
     * figure is another's; {@link #NO_ITEM} when the part is no such item.
     */
    private static Row labelledItem(String text, int lineStart, String item, int figure) {
        Matcher m = LABELLED_ITEM.matcher(item);
        if (!m.matches() || MEASURE_LABEL.matcher(m.group(1)).find()) {
            return NO_ITEM;
        }
        String word = figure == m.start(3) ? m.group(2) : m.group(5) != null && figure == m.start(5) ? m.group(4) : null;
        if (word == null) {
            return null;
        }
        String caption = captionAbove(text, lineStart);
        String matter = caption == null ? null : measureOf(caption, false, false);
        if (matter == null) {
            return null;
        }
        Matcher place = PLACE_OF_THE_LIST.matcher(caption);
        return new Row(m.group(1).strip(), matter + word, place.find() ? place.group(1) : "");
    }

    /** "2024年梅州市各县（市、区）…": the place whose parts the list's rows are. */
    private static final Pattern PLACE_OF_THE_LIST = Pattern.compile(
            "([\\u4e00-\\u9fa5]{2,8}?(?:自治州|市|州|盟|地区|县|区|旗))各(?:县|区|市|乡镇|镇|街道|地|盟)");

    /**
     * The row is the jurisdiction's own: its name (or short name), the total, or its own 全X — but the total of a list of
     * another place's counties ("2024年梅州市各县（市、区）…" over "…；兴宁市 93.4%；…；全市 95.3%") is that place's, even
     * where the county-level city's report says 全市 for itself (round 73 a).
     */
    static boolean ownRow(Row row, Scope scope) {
        String own = scope.ownName();
        String label = row.label();
        char level = LevelWords.level(scope);
        String place = row.placeOfTheList();
        boolean anotherPlacesList = !place.isEmpty() && own != null && !own.endsWith(place) && !place.endsWith(own);
        if (anotherPlacesList && !(own.equals(label) || label.length() >= 2 && own.endsWith(label))) {
            return false;
        }
        return TOTAL_ROW.matcher(label).matches()
                || own != null && label.length() >= 2 && (own.equals(label) || own.endsWith(label))
                || level != ' ' && label.equals("全" + level);
    }

    /** The caption's words from its matter on, without closing words; for an item of two figures, the one's own. */
    private static String measureOf(String caption, boolean twoFigures, boolean second) {
        Matcher matter = MATTER.matcher(caption);
        if (!matter.find()) {
            return null;
        }
        String words = CLOSING_WORDS.matcher(caption.substring(matter.start())).replaceFirst("");
        if (!twoFigures) {
            // "各乡镇人民调解工作情况" over "贡江镇1132件；…": the counts of a caption naming mediation alone are its disputes
            return MEDIATION_ALONE.matcher(words).matches() ? words + "纠纷" : words;
        }
        Matcher two = TWO_MEASURES.matcher(words);
        if (!two.matches()) {
            return null;
        }
        // "政务服务办件量及网办率": the second measure shares the first one's matter
        return second ? caption.substring(matter.start(), matter.end()) + two.group(2) : two.group(1);
    }

    /** The short line right above the list that reads as a caption (no sentence's stops), or null. */
    private static String captionAbove(String text, int listStart) {
        int end = listStart - 1;
        int start = end;
        while (start > 0 && text.charAt(start - 1) != '\n') {
            if (end - start > MAX_CAPTION) {
                return null;
            }
            start--;
        }
        String caption = text.substring(start, end).strip();
        return caption.isEmpty() || SENTENCE_STOPS.matcher(caption).find() ? null : caption;
    }

    private static int lineStart(String text, int at) {
        for (int i = at - 1; i >= Math.max(0, at - MAX_LINE); i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    private static int lineEnd(String text, int at) {
        int limit = Math.min(text.length(), at + MAX_LINE);
        for (int i = at; i < limit; i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return limit == text.length() ? text.length() : -1;
    }
}
