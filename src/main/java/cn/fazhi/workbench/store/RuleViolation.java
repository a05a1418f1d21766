package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.WorkspaceException;
import java.sql.SQLException;

/** Raised inside a transaction when a request cannot be met; rolls the transaction back and reaches the caller with its kind. */
final class RuleViolation extends SQLException {
    private final WorkspaceException.Kind kind;

    RuleViolation(WorkspaceException.Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    WorkspaceException.Kind kind() {
        return kind;
    }
}
