package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReadError;

/**
 * A file could not be read. The reason is its code, {@link #kind()}, which the window and the command line
 * word from their bundles ({@code import.reason.} + the kind's id); the message is English technical detail
 * for the log and the JSON output, never shown to a person in the window.
 */
public final class ReadException extends Exception {
    private final ReadError.Kind kind;

    public ReadException(ReadError.Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ReadException(ReadError.Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** A Word file that needs a password: the same advice for .doc and .docx. */
    static ReadException passwordProtectedWord(Throwable cause) {
        return new ReadException(ReadError.Kind.ENCRYPTED,
                "the Word document is password-protected; save a copy without a password and import that", cause);
    }

    public ReadError.Kind kind() {
        return kind;
    }

    public ReadError toError() {
        return new ReadError(kind, getMessage());
    }
}
