package cn.fazhi.workbench.archfixture.ui;

/** Breaks "ui never imports extract" on purpose; see ArchitectureRulesCanFailTest. */
public final class UsesTheExtractor {
    public Class<?> extractor() {
        return cn.fazhi.workbench.extract.ReportExtractor.class;
    }
}
