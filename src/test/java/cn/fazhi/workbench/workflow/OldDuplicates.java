package cn.fazhi.workbench.workflow;

import cn.fazhi.workbench.ingest.ReportReaders;
import cn.fazhi.workbench.store.NewReport;

import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * For tests: stores a file the way imports did before copies of a report were recognised by content — as a
 * report of its own, in force — so a workspace can hold the old duplicates that {@link MergeDuplicates} merges.
 */
public final class OldDuplicates {
    private OldDuplicates() {
    }

    public static long store(WorkspaceSession s, String name, byte[] bytes) throws Exception {
        var text = ReportReaders.read(name, bytes);
        var x = s.extractor().extract(text);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        return s.store().insert(new NewReport(name, null, sha, bytes, text, x.metadata(), x.values(), x.warnings(),
                x.suggestions()));
    }
}
