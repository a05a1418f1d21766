package cn.fazhi.workbench.model;

/** Which way is better, for ranking. */
public enum Direction {
    HIGHER_BETTER, LOWER_BETTER, NEUTRAL
}
