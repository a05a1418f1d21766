package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.ingest.ReportReader;
import cn.fazhi.workbench.ingest.ReportReaders;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The file types the workbench reads, from the registry of readers, for the window (file chooser, drop
 * hint, the words for "unsupported") and the command line's help: a new reader shows up everywhere.
 */
public final class ReadableFormats {
    /** Rare spellings left out of the hint (still read, still in the chooser). */
    private static final Set<String> NOT_IN_HINT = Set.of("shtml", "xhtml", "jpeg", "tiff");

    private ReadableFormats() {
    }

    /** Every extension, without dots. */
    public static List<String> extensions() {
        return ReportReaders.extensions();
    }

    /** The file chooser's patterns: "*.txt", "*.html", … */
    public static List<String> chooserPatterns() {
        return extensions().stream().map(e -> "*." + e).toList();
    }

    /** One group per reader: ".txt  .html/.htm  .docx  …  .png/.jpg/.tif". */
    public static String hint() {
        List<String> shown = new ArrayList<>();
        for (ReportReader r : ReportReaders.registry()) {
            shown.add(r.extensions().stream().filter(e -> !NOT_IN_HINT.contains(e))
                    .map(e -> "." + e).collect(Collectors.joining("/")));
        }
        return String.join("  ", shown);
    }

    /** ".txt .html .htm … .tiff", for a sentence of help. */
    public static String list() {
        return extensions().stream().map(e -> "." + e).collect(Collectors.joining(" "));
    }
}
