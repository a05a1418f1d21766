package cn.fazhi.workbench;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * Cuts the app into one slice per package below {@code cn.fazhi.workbench} (so {@code ui.shell},
 * {@code ui.review} and {@code ui} itself are three slices), for the cycle rule inside top-level packages.
 * Used by {@link ArchitectureTest} and, on the fixtures, by {@link ArchitectureRulesCanFailTest}.
 */
final class EveryPackage implements SliceAssignment {
    static final EveryPackage SLICES = new EveryPackage("cn.fazhi.workbench.");

    private final String root;

    EveryPackage(String root) {
        this.root = root;
    }

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String pkg = javaClass.getPackageName();
        if (!pkg.startsWith(root)) {
            return SliceIdentifier.ignore(); // the root package itself, libraries and the JDK
        }
        return SliceIdentifier.of(pkg.substring(root.length()));
    }

    @Override
    public String getDescription() {
        return "every package below " + root;
    }
}
