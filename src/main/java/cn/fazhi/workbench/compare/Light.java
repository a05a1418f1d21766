package cn.fazhi.workbench.compare;

/** Traffic light of a value against its indicator's thresholds. */
public enum Light {
    GREEN, YELLOW, RED, NONE
}
