package cn.fazhi.workbench.model;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code workspace check} found.
 *
 * @param problems       what SQLite's integrity and foreign-key checks report about the file as a whole
 * @param reportsChecked reports whose stored original and evidence were checked
 * @param damaged        reports whose stored data is damaged, each with the reason
 */
public record WorkspaceHealth(Path path, List<String> problems, int reportsChecked, List<DamagedReport> damaged) {
    public WorkspaceHealth {
        problems = List.copyOf(problems);
        damaged = List.copyOf(damaged);
    }

    public boolean ok() {
        return problems.isEmpty() && damaged.isEmpty();
    }

    /**
     * A report whose stored data no longer is what was imported.
     *
     * @param reason {@code original_changed} (the original bytes do not match their SHA-256),
     *               {@code unreadable} (the row cannot be read), {@code evidence_changed} (the stored text no
     *               longer holds a value's evidence sentence where it was), {@code value_unreadable}
     * @param detail the same in English, with the value ids concerned
     */
    public record DamagedReport(long id, String sourceName, String reason, String detail) {
    }
}
