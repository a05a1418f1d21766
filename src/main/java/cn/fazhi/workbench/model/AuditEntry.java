package cn.fazhi.workbench.model;

/**
 * One change in the workspace: who did what, when, from what to what.
 *
 * @param at     ISO instant
 * @param who    the operating-system user
 * @param action import, confirm, correct, reject, add, set_jurisdiction, set_year, reextract, carry_over…
 */
public record AuditEntry(long id, String at, String who, String action, Long reportId, Long valueId,
                         String indicator, String oldValue, String newValue, String note) {
}
