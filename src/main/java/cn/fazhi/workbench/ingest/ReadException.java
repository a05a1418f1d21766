package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReadError;

/** A file could not be read; carries the reason in words a user understands. */
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
