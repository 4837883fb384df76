package dev.fitt.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The bench stands outside the product: it may use fitt only through the socket adapter's public entry. */
@AnalyzeClasses(packages = "dev.fitt.bench", importOptions = ImportOption.DoNotIncludeTests.class)
class BenchArchitectureTest {

    @ArchTest
    static final ArchRule benchUsesOnlyTheSocketAdaptersEntry = classes().that().resideInAPackage("dev.fitt.bench..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.fitt.bench..", "dev.fitt.adapters.socket",
                    "java..", "picocli..")
            .because("a benchmark drives a server from outside, as a client does; reaching into the core or an"
                    + " adapter's insides would measure something no user runs");
}
