package cn.fazhi.workbench.store;

import cn.fazhi.workbench.model.WorkspaceException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Putting a backup in place of a workspace file, without ever losing the file it replaces. */
final class FileRestore {
    private FileRestore() {
    }

    /**
     * Replaces the (closed) workspace at {@code target} with the backup. The backup is checked first
     * ({@link BackupCheck}); it is copied beside the target and the copy checked again before anything is
     * moved; the file it replaces is kept beside it as {@code <name>.before-restore-<time>}, never deleted.
     *
     * @return where the replaced workspace was kept, or null when there was none
     */
    static Path restore(Path backup, Path target) throws WorkspaceException {
        Path b = backup.toAbsolutePath();
        Path t = target.toAbsolutePath();
        BackupCheck.verify(b);
        Path copy = t.resolveSibling("." + t.getFileName() + ".restoring-" + System.nanoTime());
        try {
            Files.createDirectories(t.getParent());
            Files.copy(b, copy, StandardCopyOption.COPY_ATTRIBUTES);
            BackupCheck.verify(copy);
            Path kept = null;
            if (Files.exists(t)) {
                String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
                kept = t.resolveSibling(t.getFileName() + ".before-restore-" + stamp);
                Files.move(t, kept);
                for (String suffix : new String[]{"-wal", "-shm"}) {
                    Path side = t.resolveSibling(t.getFileName() + suffix);
                    if (Files.exists(side)) {
                        Files.move(side, kept.resolveSibling(kept.getFileName() + suffix));
                    }
                }
            }
            try {
                Files.move(copy, t);
            } catch (IOException e) {
                if (kept != null) {
                    Files.move(kept, t); // put the workspace back where it was
                }
                throw e;
            }
            return kept;
        } catch (IOException e) {
            throw ioFailure("cannot restore " + b + " to " + t, e);
        } finally {
            deleteQuietly(copy);
        }
    }

    /** An I/O failure in words: a full disk says so. */
    static WorkspaceException ioFailure(String what, IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("No space left") || m.contains("not enough space") || m.contains("disk is full")) {
            return new WorkspaceException(WorkspaceException.Kind.DISK_FULL, what + ": the disk is full; free some space and try again", e);
        }
        return new WorkspaceException(WorkspaceException.Kind.IO, what + ": " + m, e);
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temporary copy is in the way, never the user's data
        }
    }
}
