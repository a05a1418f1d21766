package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.model.ReadError;

import java.util.Locale;

/** Why an entry found in a folder was not read. */
public enum SkipReason {
    BROKEN_LINK(ReadError.Kind.NOT_FOUND, "skipped: broken link (its target does not exist)"),
    FOLDER_LINK(ReadError.Kind.UNSUPPORTED, "skipped: link to a folder (links to folders are not followed)"),
    SPECIAL_FILE(ReadError.Kind.UNSUPPORTED, "skipped: a pipe, socket or device, not a file"),
    UNREADABLE(ReadError.Kind.IO, "skipped: cannot be opened (no permission?)");

    private final ReadError.Kind kind;
    private final String message;

    SkipReason(ReadError.Kind kind, String message) {
        this.kind = kind;
        this.message = message;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String message() {
        return message;
    }

    public ReadError error() {
        return new ReadError(kind, message);
    }
}
