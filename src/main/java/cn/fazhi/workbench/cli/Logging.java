package cn.fazhi.workbench.cli;

import cn.fazhi.workbench.workflow.LogFile;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps library chatter (PDFBox font warnings, POI's logging notice) off the user's terminal. */
final class Logging {
    private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");
    private static final Logger FONTBOX = Logger.getLogger("org.apache.fontbox");

    private Logging() {
    }

    static void quietLibraries() {
        PDFBOX.setLevel(Level.SEVERE);
        FONTBOX.setLevel(Level.SEVERE);
        LogFile.quiet();
    }
}
