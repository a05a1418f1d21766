package cn.fazhi.workbench.archfixture.compare;

/** Breaks "compare never imports store" on purpose; see ArchitectureRulesCanFailTest. */
public final class UsesTheStore {
    public Class<?> store() {
        return cn.fazhi.workbench.store.Workspace.class;
    }
}
