package cn.fazhi.workbench;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layer rules of docs/architecture.md, enforced. {@link AllowedToUse} is the only escape hatch and
 * must say why.
 */
@AnalyzeClasses(packages = "cn.fazhi.workbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String ROOT = "cn.fazhi.workbench.";

    private static DescribedPredicate<JavaClass> allowedToUse(String library) {
        return new DescribedPredicate<>("annotated @AllowedToUse(" + library + ")") {
            @Override
            public boolean test(JavaClass c) {
                return c.tryGetAnnotationOfType(AllowedToUse.class)
                        .map(a -> java.util.Arrays.asList(a.value()).contains(library) && !a.reason().isBlank())
                        .orElse(false);
            }
        };
    }

    @ArchTest
    static final ArchRule modelDependsOnNothingElseInTheApp = noClasses().that().resideInAPackage(ROOT + "model..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "ingest..", ROOT + "extract..", ROOT + "store..",
                    ROOT + "compare..", ROOT + "export..", ROOT + "workflow..", ROOT + "bench..", ROOT + "task..", ROOT + "cli..", ROOT + "ui..");

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses().that().resideOutsideOfPackage(ROOT + "ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule onlyStoreUsesJdbc = noClasses().that().resideOutsideOfPackage(ROOT + "store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..");

    @ArchTest
    static final ArchRule onlyExportUsesPoi = noClasses().that().resideOutsideOfPackage(ROOT + "export..")
            .and(DescribedPredicate.not(allowedToUse("org.apache.poi")))
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..");

    @ArchTest
    static final ArchRule onlyIngestUsesPdfBox = noClasses().that().resideOutsideOfPackage(ROOT + "ingest..")
            .and(DescribedPredicate.not(allowedToUse("org.apache.pdfbox")))
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..");

    @ArchTest
    static final ArchRule coreDoesNotReachUp = noClasses().that().resideInAnyPackage(ROOT + "ingest..", ROOT + "extract..",
                    ROOT + "store..", ROOT + "compare..", ROOT + "export..", ROOT + "task..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "workflow..", ROOT + "bench..", ROOT + "cli..", ROOT + "ui..");

    @ArchTest
    static final ArchRule workflowDoesNotReachUp = noClasses().that().resideInAPackage(ROOT + "workflow..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "bench..", ROOT + "cli..", ROOT + "ui..");

    /** Benchmarks are a maintainer's tool beside the use cases: only the command line runs them. */
    @ArchTest
    static final ArchRule onlyCliRunsBenchmarks = noClasses().that().resideOutsideOfPackages(ROOT + "bench..", ROOT + "cli..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + "bench..");

    @ArchTest
    static final ArchRule benchmarksDoNotReachUp = noClasses().that().resideInAPackage(ROOT + "bench..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "cli..", ROOT + "ui..");

    @ArchTest
    static final ArchRule cliUsesOnlyWorkflowModelTaskAndItsLibraries = noClasses().that().resideInAPackage(ROOT + "cli..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "ingest..", ROOT + "extract..", ROOT + "store..",
                    ROOT + "compare..", ROOT + "export..", ROOT + "ui..");

    /** docs/architecture.md: ui -> workflow, compare, model, task (and its own libraries) only. */
    @ArchTest
    static final ArchRule uiUsesOnlyWorkflowCompareModelTask = noClasses().that().resideInAPackage(ROOT + "ui..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "ingest..", ROOT + "extract..", ROOT + "store..",
                    ROOT + "export..", ROOT + "cli..");

    /** The pure comparison engine never touches storage, files or the extractor. */
    @ArchTest
    static final ArchRule compareIsPure = noClasses().that().resideInAPackage(ROOT + "compare..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "store..", ROOT + "ingest..", ROOT + "extract..",
                    ROOT + "export..");

    /** Reading and extracting never touch the workspace or the workbook. */
    @ArchTest
    static final ArchRule readingAndExtractionDoNotStoreOrExport = noClasses().that()
            .resideInAnyPackage(ROOT + "ingest..", ROOT + "extract..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "store..", ROOT + "export..", ROOT + "compare..");

    /** Readers know nothing of indicators. */
    @ArchTest
    static final ArchRule ingestDoesNotKnowTheExtractor = noClasses().that().resideInAPackage(ROOT + "ingest..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + "extract..");

    /** The workspace does not read files or extract: it stores what it is given. */
    @ArchTest
    static final ArchRule storeDoesNotReadOrExtract = noClasses().that().resideInAPackage(ROOT + "store..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "ingest..", ROOT + "extract..", ROOT + "export..",
                    ROOT + "compare..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching(ROOT + "(*)..").should().beFreeOfCycles();

    /**
     * No cycles between packages inside a top-level package either ({@code ui.shell} and the screens,
     * {@code ui} and {@code ui.common}, {@code store} and a sub-package…): every package is its own slice.
     * The two classes directly in the root package (Launcher, AllowedToUse) are left out: the launcher
     * knows both front ends on purpose and the annotation is used everywhere.
     */
    @ArchTest
    static final ArchRule noCyclesBetweenSubPackages = slices().assignedFrom(EveryPackage.SLICES).should().beFreeOfCycles();
}
