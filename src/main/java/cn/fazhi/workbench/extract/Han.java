package cn.fazhi.workbench.extract;

/** Character classes shared by the extract rules. */
final class Han {
    private Han() {
    }

    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == '〇';
    }
}
