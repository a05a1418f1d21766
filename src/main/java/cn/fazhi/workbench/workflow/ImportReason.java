package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.ReadError;

import java.util.Locale;

/**
 * Why a file was imported the way it was, or not at all: a code, never words. The window and the command
 * line word it from their bundles ({@code import.reason.} + {@link #id()}, with the arguments of
 * {@link ImportReports.FileOutcome#reasonArgs()}); {@code LocalizationTest} fails on a code without words in
 * either language. The technical detail (an exception's message) goes to the log only.
 */
public enum ImportReason {
    /** The same bytes are in the workspace already ({0} = that report). */
    DUPLICATE,
    /** Another program stored the same file while this one was importing it ({0} = that report). */
    DUPLICATE_MEANWHILE,
    /** It replaces an older report of the same jurisdiction and year ({1} = the old one). */
    REPLACES,
    /** Another report of the same jurisdiction and year is kept beside it ({1} = the other one). */
    KEPT_BESIDE,
    /** The same report in another format; the one in the workspace stays in force ({1}). */
    OTHER_FORMAT,
    /** The same report in another format that reads better: now in force, the other ({1}) is kept as a version. */
    OTHER_FORMAT_IN_FORCE,
    CANCELLED,
    DISK_FULL,
    /** Not tried: an earlier file found the disk full. */
    STOPPED_DISK_FULL,
    LOCKED,
    STORE_FAILED,
    /** Reading failed in a way no reader foresaw (a bug or an exhausted memory): details in the log. */
    READ_FAILED,
    /** Reading or extracting the file needed more memory than the program may use: a file far beyond a report's size. */
    OUT_OF_MEMORY,
    // A file no reader could read: one per ReadError.Kind (same names).
    NOT_FOUND, EMPTY, TOO_LARGE, BINARY, UNSUPPORTED, CORRUPT, ENCRYPTED, NO_TEXT, IO, UNSAFE, TOO_SLOW, TOO_COMPLEX, EXTRACTION_FAILED, OCR_UNAVAILABLE,
    OCR_RUNTIME_MISSING,
    // An entry of a folder that was not read: one per SkipReason ("SKIPPED_" + its name).
    SKIPPED_BROKEN_LINK, SKIPPED_FOLDER_LINK, SKIPPED_SPECIAL_FILE, SKIPPED_UNREADABLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The bundle key of its words. */
    public String key() {
        return "import.reason." + id();
    }

    public static ImportReason of(ReadError.Kind kind) {
        return valueOf(kind.name());
    }

    public static ImportReason of(SkipReason skipped) {
        return valueOf("SKIPPED_" + skipped.name());
    }
}
