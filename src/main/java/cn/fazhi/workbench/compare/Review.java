package cn.fazhi.workbench.compare;

/**
 * What a person did to a value, as the audit trail records it.
 *
 * @param who           the reviewer (the operating-system user who made the change)
 * @param at            when (ISO instant)
 * @param action        confirm, correct, reject, add…
 * @param originalValue the figure before a correction ("321 件"), or null when the figure was not changed
 */
public record Review(String who, String at, String action, String originalValue) {
}
