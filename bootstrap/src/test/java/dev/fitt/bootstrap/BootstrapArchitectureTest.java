package dev.fitt.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class BootstrapArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.fitt.bootstrap");

    @Test
    void onlyMainEndsTheProcess() {
        noClasses().that().doNotHaveFullyQualifiedName(FittMain.class.getName())
                .should().callMethod(System.class, "exit", int.class)
                .check(classes);
    }

    @Test
    void settingsAndSampleKnowNothingOfTheCommandLine() {
        noClasses().that().resideInAnyPackage("dev.fitt.bootstrap.settings..", "dev.fitt.bootstrap.sample..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .check(classes);
    }

    @Test
    void settingsAndSampleAreIndependent() {
        noClasses().that().resideInAPackage("dev.fitt.bootstrap.sample..")
                .should().dependOnClassesThat().resideInAPackage("dev.fitt.bootstrap.settings..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.fitt.bootstrap.settings..")
                .should().dependOnClassesThat().resideInAPackage("dev.fitt.bootstrap.sample..")
                .check(classes);
    }
}
