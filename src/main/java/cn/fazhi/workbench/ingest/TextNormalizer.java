package cn.fazhi.workbench.ingest;

/**
 * Builds {@link NormalizedText}: full-width ASCII to half-width (the Chinese comma stays, it separates
 * clauses), bars between a table's cells to tabs, ideographic and no-break spaces to plain spaces, traditional to simplified characters when
 * the text is traditional, spaces removed between a number and its unit ("79 件") and between Chinese
 * characters (PDF artefacts), and thousands separators removed ("1,326"). Chinese numerals are left to
 * the number parser, which reads them in place.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static NormalizedText normalize(String original) {
        boolean traditional = TraditionalChinese.looksTraditional(original);
        int n = original.length();
        char[] mapped = new char[n];
        for (int i = 0; i < n; i++) {
            mapped[i] = mapChar(original.charAt(i), traditional);
        }
        yearsInChineseDigits(mapped);
        ColonListTables.unfold(mapped); // "指标：桂平市、贵港市；人民调解成功率：98.80%、98.4%；…" (round 76 a)
        SpacedTables.toTabs(mapped); // "递铺街道 1268 98.7%" keeps its cells apart (round 61)
        boolean[] joined = breaksInsideAWord(mapped);
        markPinyinGlosses(mapped, joined);
        StringBuilder out = new StringBuilder(n);
        int[] map = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = mapped[i];
            if (joined[i] || isSpace(c) && droppableSpace(mapped, i)) {
                continue;
            }
            if ((c == ',' && original.charAt(i) == ',' || c == ' ' && isSpacedGroup(mapped, i))
                    && isThousandsSeparator(mapped, i)
                    || c == '，' && isChineseCommaInAFigure(mapped, i)) {
                continue;
            }
            out.append(c);
            map[k++] = i;
        }
        map[k] = n;
        int[] trimmed = new int[k + 1];
        System.arraycopy(map, 0, trimmed, 0, k + 1);
        return new NormalizedText(original, out.toString(), trimmed);
    }

    /** What may follow a figure's digits on the next line: its unit, a date's 年/月/日, 万/亿, 余/多, the decimals. */
    private static final String AFTER_DIGITS = "年月日号件卷宗起次份项个人名家万亿余多%";
    /**
     * What never opens a sentence, a heading or a table's cell of these reports: the line it starts continues the
     * word on the line before ("上半 / 年共调解…", "截至11月 / 底，…", "仲裁结案 / 率96.8%", "规范性文 / 件15件").
     */
    private static final String NEVER_OPENS = "年月日底末率件卷的，、；）";

    /**
     * The line breaks (with the spaces around them) that a page or a copy put inside a word or a figure: the
     * line before ends with a figure's digits and the next starts with the figure's unit, a date's 年/月 or its
     * decimals ("2022 / 年全县…", "5630 / 件，"), or a range goes on ("1- / 10月"), or the line before ends with a
     * Chinese character and the next starts with one that never opens a line ({@link #NEVER_OPENS}). The words
     * of the two lines are then read as one, so the figure keeps its name and a period or a place written before
     * the break still qualifies it. A blank line, a page break or a line that starts with a heading's number is
     * never joined.
     */
    static boolean[] breaksInsideAWord(char[] s) {
        boolean[] drop = new boolean[s.length];
        for (int i = 0; i < s.length; i++) {
            if (s[i] != '\n') {
                continue;
            }
            int b = i - 1;
            while (b >= 0 && s[b] == ' ') {
                b--;
            }
            int a = i + 1;
            while (a < s.length && s[a] == ' ') {
                a++;
            }
            if (b < 0 || a >= s.length || s[b] == '\n' || s[a] == '\n') {
                continue;
            }
            char before = s[b];
            char after = s[a];
            // "受理行政复议申请（件）\t126\t98" over "人民调解成功率\t…": a table row's last figure is no figure the next
            // row's first word (人) is the unit of (round 61)
            boolean figure = isAsciiDigit(before) && (AFTER_DIGITS.indexOf(after) >= 0
                    || after == '.' && a + 1 < s.length && isAsciiDigit(s[a + 1]))
                    && !tabSinceTheLineStarts(s, b) && !tabBeforeTheLineEnds(s, a);
            boolean range = "-—–~～至".indexOf(before) >= 0 && b > 0 && isAsciiDigit(s[b - 1]) && isAsciiDigit(after);
            // "表3 近三年行政诉讼案件情况" over "年度\t新收案件…": a table's header row of tab cells opens a line of its own
            boolean word = isHan(before) && NEVER_OPENS.indexOf(after) >= 0 && !tabBeforeTheLineEnds(s, a);
            if (figure || range || word) {
                for (int k = b + 1; k < a; k++) {
                    drop[k] = true;
                }
            }
        }
        return drop;
    }

    /** The line up to {@code to} holds a tab: a row of a table's cells (read a short way back, a row is short). */
    private static boolean tabSinceTheLineStarts(char[] s, int to) {
        for (int i = to; i >= 0 && i > to - 200 && s[i] != '\n'; i--) {
            if (s[i] == '\t') {
                return true;
            }
        }
        return false;
    }

    /** The line from {@code from} holds a tab: a row of a table's cells (read a short way, a row is short). */
    private static boolean tabBeforeTheLineEnds(char[] s, int from) {
        for (int i = from; i < s.length && i < from + 200 && s[i] != '\n'; i++) {
            if (s[i] == '\t') {
                return true;
            }
        }
        return false;
    }

    private static final String HAN_DIGITS = "〇一二三四五六七八九";

    /**
     * "二〇二二年", "二零二三年度": a year written digit by digit in Chinese numerals becomes "2022年" in place (the same
     * length, so every offset stays), so that the rules that date a figure read it as they read "2022年". Only four
     * digits that start 19 or 20 and stand before 年, not inside a longer run of numerals.
     */
    static void yearsInChineseDigits(char[] s) {
        for (int i = 0; i + 4 < s.length; i++) {
            if (s[i + 4] != '年' || i > 0 && hanDigit(s[i - 1]) >= 0) {
                continue;
            }
            int a = hanDigit(s[i]);
            int b = hanDigit(s[i + 1]);
            int c = hanDigit(s[i + 2]);
            int d = hanDigit(s[i + 3]);
            if (a < 0 || b < 0 || c < 0 || d < 0 || !(a == 1 && b == 9 || a == 2 && b == 0)) {
                continue;
            }
            s[i] = (char) ('0' + a);
            s[i + 1] = (char) ('0' + b);
            s[i + 2] = (char) ('0' + c);
            s[i + 3] = (char) ('0' + d);
        }
    }

    private static int hanDigit(char c) {
        if (c == '零' || c == 'Ｏ' || c == '○') {
            return 0;
        }
        return HAN_DIGITS.indexOf(c);
    }

    static char mapChar(char c, boolean traditional) {
        if (c == '|' || c == '\uFF5C' || c == '\u2502' || c == '\u2503') {
            // a table typed or exported with bars between its cells ("项目｜2023年｜2024年") reads as the readers give a
            // Word table, cells apart by tabs: the table rules then see its columns (round 54)
            return '\t';
        }
        if (c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF0C') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009') {
            return ' ';
        }
        if (c == '\uFE6A') {
            return '%';
        }
        if (c == '\u2014' || c == '\u2013' || c == '\u2015') {
            return c;
        }
        return traditional ? TraditionalChinese.toSimplified(c) : c;
    }

    private static boolean isSpace(char c) {
        return c == ' ';
    }

    /** A run of spaces goes when it sits between a digit and a Chinese character or %, or between two Chinese characters. */
    private static boolean droppableSpace(char[] s, int i) {
        int before = i - 1;
        while (before >= 0 && s[before] == ' ') {
            before--;
        }
        int after = i + 1;
        while (after < s.length && s[after] == ' ') {
            after++;
        }
        if (before < 0 || after >= s.length) {
            return false;
        }
        char b = s[before];
        char a = s[after];
        if (b == '\t' || a == '\t') {
            return true; // the rest of a run of spaces a table's cells were set apart by (SpacedTables)
        }
        boolean digitB = Character.isDigit(b) && b < 128;
        boolean digitA = Character.isDigit(a) && a < 128;
        if (digitB && (isHan(a) || a == '%')) {
            return true;
        }
        if (digitB && a == '.' && after + 1 < s.length && Character.isDigit(s[after + 1])) {
            return true;
        }
        if (b == '.' && digitA && before > 0 && Character.isDigit(s[before - 1])) {
            return true;
        }
        return isHan(b) && (isHan(a) || digitA);
    }

    /** "1,326": a comma with one to three digits before and exactly three digits after. */
    private static boolean isThousandsSeparator(char[] s, int i) {
        if (i == 0 || !isAsciiDigit(s[i - 1])) {
            return false;
        }
        for (int j = 1; j <= 3; j++) {
            if (i + j >= s.length || !isAsciiDigit(s[i + j])) {
                return false;
            }
        }
        return i + 4 >= s.length || !isAsciiDigit(s[i + 4]);
    }

    /** What may follow a figure's last group of digits when Chinese commas separate its thousands: its unit or 万/亿. */
    private static final String AFTER_COMMA_GROUPS = "件卷宗起人万亿份个次项户家名条元";

    /**
     * "1，234件", "５，６３０件", "5，630余件", "1，234，567件": a Chinese comma written as a thousands separator, taken as
     * one only where it can be nothing else: the figure's first group of one to three digits (no decimal point, no other
     * digits, separator or list mark before it), then groups of exactly three digits each after a Chinese comma, and
     * right after the last group the figure's unit or 万, with 余/多 between them or not. A list of figures puts each
     * one's unit after it ("5件，630件"), so a bare digit before the comma is no figure of its own.
     */
    private static boolean isChineseCommaInAFigure(char[] s, int i) {
        // back to the figure's first group: every group between it and this comma has exactly three digits
        int j = i - 1;
        int digits = 0;
        while (j >= 0 && isAsciiDigit(s[j])) {
            digits++;
            j--;
        }
        while (digits == 3 && j >= 1 && s[j] == '，' && isAsciiDigit(s[j - 1])) {
            j--;
            digits = 0;
            while (j >= 0 && isAsciiDigit(s[j])) {
                digits++;
                j--;
            }
        }
        if (digits == 0 || digits > 3 || j >= 0 && (s[j] == '.' || s[j] == ',' || s[j] == '，')) {
            return false;
        }
        // after a list mark only as an item of a list whose items carry their units ("1，234件、1，102件"), not in
        // "86、72，123件", where the comma may part the list's last two figures
        boolean afterAnItem = j >= 1 && LIST_JOINS.indexOf(s[j]) >= 0 && AFTER_COMMA_GROUPS.indexOf(s[j - 1]) >= 0;
        if (j >= 0 && s[j] == '、' && !afterAnItem) {
            return false;
        }
        // on to the last group: three digits after each comma, then the unit
        int k = i;
        while (k < s.length && s[k] == '，') {
            for (int d = 1; d <= 3; d++) {
                if (k + d >= s.length || !isAsciiDigit(s[k + d])) {
                    return false;
                }
            }
            k += 4;
        }
        if (k < s.length && isAsciiDigit(s[k])) {
            return false;
        }
        if (k < s.length && (s[k] == '余' || s[k] == '多')) {
            k++;
        }
        if (k >= s.length || AFTER_COMMA_GROUPS.indexOf(s[k]) < 0) {
            return false;
        }
        // "收到、受理行政复议申请分别为286，274件": after 分别 or 依次 the comma parts a list whose unit stands once at its
        // end; a figure of such a list is read whole only as an item that carries its own unit ("分别为1，234件、1，102件")
        if (respectivelyBefore(s, j)) {
            while (k < s.length && AFTER_COMMA_GROUPS.indexOf(s[k]) >= 0) {
                k++;
            }
            return k < s.length && LIST_JOINS.indexOf(s[k]) >= 0 || afterAnItem;
        }
        return true;
    }

    private static final String LIST_JOINS = "、和及与";

    /** 分别 or 依次 in the sentence's words before position {@code j} (back to the sentence's or clause list's start). */
    private static boolean respectivelyBefore(char[] s, int j) {
        for (int b = j; b >= 1 && j - b < 40 && "。；;！？!?\n".indexOf(s[b]) < 0; b--) {
            if (s[b - 1] == '分' && s[b] == '别' || s[b - 1] == '依' && s[b] == '次') {
                return true;
            }
        }
        return false;
    }

    /**
     * "2 341件": a single space between digit groups, as some typeset pages write thousands. Only when one to
     * three digits (not a year) stand before it and the number ends right at its unit, so two cells of a table
     * row ("35 120") are never joined.
     */
    private static boolean isSpacedGroup(char[] s, int i) {
        int digitsBefore = 0;
        int j = i - 1;
        while (j >= 0 && isAsciiDigit(s[j])) {
            digitsBefore++;
            j--;
        }
        boolean groupBefore = j >= 0 && s[j] == ' ' && digitsBefore == 3 && j > 0 && isAsciiDigit(s[j - 1]);
        if (digitsBefore == 0 || digitsBefore > 3 || (j >= 0 && (s[j] == '.' || s[j] == ',')) || (j >= 0 && s[j] == ' ' && !groupBefore)) {
            return false;
        }
        int k = i + 4;
        while (k + 3 < s.length && s[k] == ' ' && isAsciiDigit(s[k + 1]) && isAsciiDigit(s[k + 2]) && isAsciiDigit(s[k + 3])) {
            k += 4;
        }
        while (k < s.length && s[k] == ' ') {
            k++; // "1 268 件": the space before the unit goes too
        }
        return k < s.length && (isHan(s[k]) || s[k] == '%');
    }

    /** Latin letters of pinyin, with and without tone marks. */
    private static final String PINYIN_LETTERS = "abcdefghijklmnopqrstuvwxyzüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final String TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

    /**
     * "審結(jié)行政復(fù)議案件": some mirrored pages gloss characters of several readings with their pinyin in brackets
     * right after them, which cuts every word the rules read (审结, 复议, 百分点). A bracket right after a Chinese
     * character that holds one pinyin syllable with its tone mark is such a gloss, never a report's own words; it
     * is dropped like a line break inside a word, so offsets still point into the original.
     */
    static void markPinyinGlosses(char[] s, boolean[] drop) {
        for (int i = 1; i < s.length; i++) {
            if (s[i] != '(' || !isHan(s[i - 1])) {
                continue;
            }
            int j = i + 1;
            boolean toned = false;
            while (j < s.length && j - i <= 7 && PINYIN_LETTERS.indexOf(s[j]) >= 0) {
                toned |= TONE_MARKED.indexOf(s[j]) >= 0;
                j++;
            }
            if (toned && j > i + 1 && j < s.length && s[j] == ')') {
                for (int k = i; k <= j; k++) {
                    drop[k] = true;
                }
                i = j;
            }
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == '〇';
    }
}
