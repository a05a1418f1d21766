package cn.fazhi.workbench.workflow;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a person helping a user needs to know afterwards: failed imports, exports, backups, restores and
 * checks — which file, why, and (from the log format) when. Never any text of a report: only file names,
 * report ids and the program's own reasons.
 */
final class ActivityLog {
    private static final Logger LOG = Logger.getLogger("cn.fazhi.workbench.activity");

    private ActivityLog() {
    }

    static void populationImported(java.nio.file.Path file, int stored, int changed, int refused) {
        LOG.info("population imported from " + file + ": " + stored + " figures, " + changed + " changed, "
                + refused + " rows refused");
    }

    static void importOutcome(ImportReports.FileOutcome o) {
        switch (o.status()) {
            case FAILED -> LOG.warning("import failed: " + o.file() + " [" + o.reasonCode() + "] " + o.detail());
            case SKIPPED -> LOG.info("import skipped: " + o.file() + " [" + o.reasonCode() + "] " + o.detail());
            case DUPLICATE -> {
                if (o.reason() == ImportReason.DUPLICATE_MEANWHILE) {
                    LOG.info("import duplicate (stored meanwhile by another program): " + o.file() + " -> report " + o.reportId());
                }
            }
            default -> { }
        }
    }

    static void exported(Path file) {
        LOG.info("export written: " + file);
    }

    static void exportFailed(Path file, String reason) {
        LOG.warning("export failed: " + file + ": " + reason);
    }

    static void backup(Path target) {
        LOG.info("backup written: " + target);
    }

    static void backupFailed(Path target, Exception e) {
        LOG.log(Level.WARNING, "backup failed: " + target + ": " + e.getMessage());
    }

    static void restored(Path backup, Path target, Path kept) {
        LOG.info("restore: " + target + " from " + backup + (kept == null ? "" : "; previous workspace kept as " + kept));
    }

    static void restoreRefused(Path backup, Path target, Exception e) {
        LOG.warning("restore refused: " + backup + (target == null ? "" : " -> " + target) + ": " + e.getMessage());
    }

    static void checked(Path workspace, String summary) {
        LOG.info("workspace check: " + workspace + ": " + summary);
    }

    static void valueLeftOut(String what) {
        LOG.warning("comparison: " + what);
    }

    static void pagePictureFailed(long reportId, Exception e) {
        LOG.warning("page picture of report " + reportId + " failed: " + e.getMessage());
    }
}
