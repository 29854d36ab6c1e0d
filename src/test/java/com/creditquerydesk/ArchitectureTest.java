package com.creditquerydesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers' dependencies point inward only (Eclipse Cargo Tracker's shape): domain needs nothing of ours
 * outside itself, application needs only the domain, infrastructure may implement the domain's and the
 * application's ports but never reaches the interfaces. No package depends on itself through others.
 */
class ArchitectureTest {

    private static final String ROOT = "com.creditquerydesk";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void domainDependsOnNothingOutsideIt() {
        noClasses().that().resideInAPackage(ROOT + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".application..",
                        ROOT + ".infrastructure..", ROOT + ".interfaces..")
                .check(classes);
    }

    @Test
    void applicationDependsOnlyOnTheDomain() {
        noClasses().that().resideInAPackage(ROOT + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".infrastructure..", ROOT + ".interfaces..")
                .check(classes);
    }

    @Test
    void infrastructureNeverReachesTheInterfaces() {
        noClasses().that().resideInAPackage(ROOT + ".infrastructure..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".interfaces..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }
}
