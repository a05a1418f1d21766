package cn.fazhi.workbench.model;

/**
 * A request the rules of review refuse (a value that does not exist, a second value for an indicator, undo of
 * something changed since). Raised by the pure rules in {@link KeepRules} and by the store inside a
 * transaction, which it rolls back; the store hands it on as a {@link WorkspaceException} of the same kind, so
 * callers see one failure type. It is a domain failure, never a database one.
 */
public final class DomainRuleException extends RuntimeException {
    private final WorkspaceException.Kind kind;

    public DomainRuleException(WorkspaceException.Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static DomainRuleException conflict(String message) {
        return new DomainRuleException(WorkspaceException.Kind.CONFLICT, message);
    }

    /** A decision on a value someone else changed after it was shown. */
    public static DomainRuleException changedElsewhere(String message) {
        return new DomainRuleException(WorkspaceException.Kind.CHANGED_ELSEWHERE, message);
    }

    public static DomainRuleException notFound(String message) {
        return new DomainRuleException(WorkspaceException.Kind.NOT_FOUND, message);
    }

    public WorkspaceException.Kind kind() {
        return kind;
    }
}
