package cn.fazhi.workbench.model;

import java.util.Locale;

/**
 * Why a file could not be read.
 *
 * @param kind    the reason as a code; the window and the command line word it from their bundles
 * @param message technical detail in English, for the log and the JSON output (never shown in the window)
 */
public record ReadError(Kind kind, String message) {
    public enum Kind {
        NOT_FOUND, EMPTY, TOO_LARGE, BINARY, UNSUPPORTED, CORRUPT, ENCRYPTED, NO_TEXT, IO,
        /** refused as unsafe: XML with a DOCTYPE (external entities, entity expansion) or a zip bomb */
        UNSAFE,
        /** extraction did not finish within the per-file time budget */
        TOO_SLOW,
        /** the text repeats one shape so often (a line of thousands of figures) that the rules cannot read it */
        TOO_COMPLEX,
        /** the text was read, but the extraction rules failed on it (a bug): that file fails, the batch goes on */
        EXTRACTION_FAILED,
        /** a scan needs text recognition, and Tesseract's library could not be loaded on this machine */
        OCR_UNAVAILABLE,
        /** the same on Windows because the Visual C++ runtime that Tesseract's DLL needs could not be loaded */
        OCR_RUNTIME_MISSING;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
