package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.WorkspaceException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * What an SQLite failure means for the person using the workspace: a full disk, a conflict, a damaged file,
 * another program writing, a read-only file — as a {@link WorkspaceException} kind, which the window and the
 * command line word. The driver reports some of these only in its message, so both the result code and the
 * message are read.
 */
final class SqliteErrors {
    private SqliteErrors() {
    }

    static WorkspaceException translate(SQLException e, Path path) {
        String m = String.valueOf(e.getMessage());
        if (isDiskFull(e)) {
            return new WorkspaceException(WorkspaceException.Kind.DISK_FULL, "the disk holding the workspace " + path
                    + " is full; what was saved before is kept. Free some space and try again", e);
        }
        if (m.contains("SQLITE_CONSTRAINT")) {
            return new WorkspaceException(WorkspaceException.Kind.CONFLICT, "the change conflicts with what is already "
                    + "in the workspace " + path + " (" + m + ")", e);
        }
        if (m.contains("SQLITE_CORRUPT") || m.contains("SQLITE_NOTADB") || m.contains("malformed")
                || m.contains("not a database")) {
            return new WorkspaceException(WorkspaceException.Kind.CORRUPT, OpenCheck.corruptMessage(path, m), e);
        }
        if (m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED") || m.contains("locked")) {
            return new WorkspaceException(WorkspaceException.Kind.LOCKED, "the workspace " + path
                    + " is in use by another program that is writing to it; close that program and try again", e);
        }
        if (m.contains("SQLITE_READONLY") || m.contains("readonly") || m.contains("read-only")) {
            return new WorkspaceException(WorkspaceException.Kind.READ_ONLY, "the workspace " + path
                    + " cannot be written (read-only file or folder); make it writable and try again", e);
        }
        if (m.contains("SQLITE_CANTOPEN")) {
            return new WorkspaceException(WorkspaceException.Kind.IO, "the workspace " + path + " cannot be opened: " + m, e);
        }
        return new WorkspaceException(WorkspaceException.Kind.IO, "workspace " + path + ": " + m, e);
    }

    static boolean isDiskFull(SQLException e) {
        if (e instanceof SQLiteException se && (se.getResultCode().code & 0xFF) == SQLiteErrorCode.SQLITE_FULL.code) {
            return true;
        }
        String m = String.valueOf(e.getMessage());
        return m.contains("SQLITE_FULL") || m.contains("disk is full") || m.contains("No space left");
    }

    static boolean isBusy(SQLException e) {
        if (e instanceof SQLiteException se) {
            int primary = se.getResultCode().code & 0xFF;
            return primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code;
        }
        String m = String.valueOf(e.getMessage());
        return m.contains("SQLITE_BUSY") || m.contains("database is locked");
    }
}
