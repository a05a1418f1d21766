package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.export.Exporter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes what an {@link Exporter} streams next to the target and moves it into place when complete, so
 * a failure (a full disk, an error half-way) never leaves a half-written file or spoils an older one.
 */
final class AtomicExport {
    private AtomicExport() {
    }

    static Path write(Exporter exporter, Path target) throws ExportComparison.ExportException {
        Path out = target.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(out.getParent());
            // a plain new file (not createTempFile, which would make it readable by its owner only)
            tmp = out.resolveSibling("." + out.getFileName() + "." + System.nanoTime() + ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW)) {
                exporter.write(os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            ActivityLog.exported(out);
            return out;
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is only in the way, never the user's data
                }
            }
            String why = String.valueOf(e.getMessage()).contains("No space left")
                    ? "the disk is full; free some space and export again" : String.valueOf(e.getMessage());
            ActivityLog.exportFailed(out, why);
            throw new ExportComparison.ExportException("could not write " + out + ": " + why, e);
        }
    }
}
