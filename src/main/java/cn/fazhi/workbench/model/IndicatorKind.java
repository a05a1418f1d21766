package cn.fazhi.workbench.model;

/** Whether an indicator counts things or is a percentage. */
public enum IndicatorKind {
    COUNT, RATE
}
