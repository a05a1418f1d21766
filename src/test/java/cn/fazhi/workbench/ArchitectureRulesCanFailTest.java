package cn.fazhi.workbench;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layer rules are only worth something if they can fail. Test-only fixture classes under
 * {@code archfixture} break them on purpose (a "compare" class that uses the store, a "ui" class that uses
 * the extractor); the same rule shapes as {@link ArchitectureTest}, pointed at the fixture packages, must
 * report them, and must pass on the fixture classes that keep the rule. {@code archfixture.cycle} holds two
 * packages that use each other, which the cycle rule inside top-level packages must report.
 */
class ArchitectureRulesCanFailTest {
    private static final String FIXTURE = "cn.fazhi.workbench.archfixture.";
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("cn.fazhi.workbench.archfixture");

    @Test
    void aComparisonClassThatUsesTheStoreBreaksTheRule() {
        ArchRule rule = noClasses().that().resideInAPackage(FIXTURE + "compare..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.fazhi.workbench.store..");
        assertFalse(rule.evaluate(FIXTURES).getFailureReport().isEmpty());
    }

    @Test
    void aUiClassThatUsesTheExtractorBreaksTheRule() {
        ArchRule rule = noClasses().that().resideInAPackage(FIXTURE + "ui..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.fazhi.workbench.extract..");
        assertFalse(rule.evaluate(FIXTURES).getFailureReport().isEmpty());
    }

    @Test
    void twoSubPackagesThatUseEachOtherBreakTheCycleRule() {
        ArchRule rule = slices().assignedFrom(new EveryPackage(FIXTURE)).should().beFreeOfCycles();
        String report = String.join("\n", rule.evaluate(FIXTURES).getFailureReport().getDetails());
        assertTrue(report.contains("cycle.shell") && report.contains("cycle.views"), report);
    }

    @Test
    void theCycleRuleHoldsWhereThereIsNoCycle() {
        JavaClasses noCycle = new ClassFileImporter().importPackages(FIXTURE + "compare", FIXTURE + "ui",
                FIXTURE + "cycle.views");
        ArchRule rule = slices().assignedFrom(new EveryPackage(FIXTURE)).should().beFreeOfCycles()
                .allowEmptyShould(true);
        assertTrue(rule.evaluate(noCycle).getFailureReport().isEmpty());
    }

    @Test
    void theRuleHoldsWhereNothingBreaksIt() {
        ArchRule rule = noClasses().that().resideInAPackage(FIXTURE + "ui..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.fazhi.workbench.store..");
        assertTrue(rule.evaluate(FIXTURES).getFailureReport().isEmpty());
    }
}
