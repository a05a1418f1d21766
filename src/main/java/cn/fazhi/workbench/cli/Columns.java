package cn.fazhi.workbench.cli;

/** Pads text to a terminal column width, counting Chinese characters as two columns. */
final class Columns {
    private Columns() {
    }

    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return w;
    }

    static String pad(String s, int width) {
        String v = s == null ? "" : s;
        StringBuilder b = new StringBuilder(v);
        for (int w = width(v); w < width; w++) {
            b.append(' ');
        }
        return b.toString();
    }
}
