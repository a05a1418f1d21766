package cn.fazhi.workbench.model;

import java.util.Locale;

/** The workspace cannot be used; the message says what happened and what to do, and nothing was changed. */
public final class WorkspaceException extends Exception {
    public enum Kind {
        CORRUPT, NEWER_VERSION, READ_ONLY, LOCKED, NOT_A_WORKSPACE, IO, NOT_FOUND, CONFLICT, DISK_FULL,
        /** A decision on a value that another window, program or person changed after it was shown: refused. */
        CHANGED_ELSEWHERE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Kind kind;

    public WorkspaceException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public WorkspaceException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
