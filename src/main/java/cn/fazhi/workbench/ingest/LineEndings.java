package cn.fazhi.workbench.ingest;

/** All readers hand on text with \n line ends only, so offsets mean the same everywhere. */
final class LineEndings {
    private LineEndings() {
    }

    static String normalise(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
