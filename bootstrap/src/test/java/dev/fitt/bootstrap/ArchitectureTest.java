package dev.fitt.bootstrap;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.fitt.ports.out.ChangeJournalPort;
import dev.fitt.ports.out.ImageSourcePort;
import dev.fitt.ports.out.LoadDatasetPort;
import dev.fitt.ports.out.SaveLabelsPort;
import dev.fitt.ports.out.TaggingServerPort;
import dev.fitt.ports.out.VersionBasePort;

/** The boundaries of the hexagon: a wrong dependency fails the build. */
@AnalyzeClasses(packages = "dev.fitt",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** The ports module shares its contract tests as a test-jar; those are tests, not production code. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule domainIsPureJava = classes().that().resideInAPackage("dev.fitt.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.fitt.domain..", "java..")
            .because("the domain holds the rules and must run anywhere without frameworks or I/O adapters");

    @ArchTest
    static final ArchRule portsDependOnlyOnTheDomain = classes()
            .that().resideInAnyPackage("dev.fitt.ports..", "dev.fitt.application..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.fitt.domain..", "dev.fitt.ports..", "dev.fitt.application..", "java..")
            .because("the core offers and needs interfaces; it must not know CSV, sockets, Swing or Guice");

    @ArchTest
    static final ArchRule coreDoesNotUseSockets = noClasses()
            .that().resideInAnyPackage("dev.fitt.domain..", "dev.fitt.ports..", "dev.fitt.application..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net..", "javax.swing..", "java.awt..")
            .because("sockets and windows are adapters' business, never the core's");

    @ArchTest
    static final ArchRule csvAdapterStandsAlone = noClasses().that().resideInAPackage("dev.fitt.adapters.csv..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.fitt.adapters.socket..", "dev.fitt.adapters.swing..", "dev.fitt.adapters.postgres..",
                    "dev.fitt.bootstrap..")
            .because("an adapter depends on ports and domain only, never on another adapter");

    @ArchTest
    static final ArchRule postgresAdapterStandsAlone = noClasses()
            .that().resideInAPackage("dev.fitt.adapters.postgres..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.fitt.adapters.csv..",
                    "dev.fitt.adapters.socket..", "dev.fitt.adapters.swing..", "dev.fitt.bootstrap..")
            .because("an adapter depends on ports and domain only, never on another adapter");

    @ArchTest
    static final ArchRule databaseLibrariesStayInThePostgresAdapter = noClasses()
            .that().resideOutsideOfPackage("dev.fitt.adapters.postgres..")
            .should().dependOnClassesThat().resideInAnyPackage("org.postgresql..", "com.zaxxer.hikari..",
                    "org.flywaydb..", "java.sql..", "javax.sql..")
            .because("JDBC, pool and migration types must never cross a port");

    @ArchTest
    static final ArchRule socketAdapterStandsAlone = noClasses()
            .that().resideInAPackage("dev.fitt.adapters.socket..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.fitt.adapters.csv..", "dev.fitt.adapters.swing..", "dev.fitt.adapters.postgres..",
                    "dev.fitt.bootstrap..")
            .because("an adapter depends on ports and domain only, never on another adapter");

    @ArchTest
    static final ArchRule swingAdapterStandsAlone = noClasses().that().resideInAPackage("dev.fitt.adapters.swing..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.fitt.adapters.csv..", "dev.fitt.adapters.socket..", "dev.fitt.adapters.postgres..",
                    "dev.fitt.bootstrap..")
            .because("an adapter depends on ports and domain only, never on another adapter");

    @ArchTest
    static final ArchRule commonsCsvStaysInTheCsvAdapter = noClasses()
            .that().resideOutsideOfPackage("dev.fitt.adapters.csv..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..")
            .because("commons-csv types must never cross a port");

    @ArchTest
    static final ArchRule swingStaysInTheSwingAdapter = noClasses()
            .that().resideOutsideOfPackage("dev.fitt.adapters.swing..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "com.formdev.flatlaf..")
            .because("Swing and FlatLaf types must never cross a port");

    @ArchTest
    static final ArchRule socketsStayInTheSocketAdapter = noClasses()
            .that().resideOutsideOfPackage("dev.fitt.adapters.socket..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.ServerSocketChannel")
            .because("socket types must never cross a port: only the socket adapter speaks TCP");

    @ArchTest
    static final ArchRule wiringLibrariesStayInBootstrap = noClasses()
            .that().resideOutsideOfPackage("dev.fitt.bootstrap..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.google.inject..", "com.fasterxml.jackson..", "picocli..", "ch.qos.logback..")
            .because("Guice, settings, the command line and the log binding are chosen in bootstrap only");

    @ArchTest
    static final ArchRule adapterImplementationsArePackagePrivate = classes()
            .that(assignableTo(LoadDatasetPort.class).or(assignableTo(SaveLabelsPort.class))
                    .or(assignableTo(ImageSourcePort.class)).or(assignableTo(TaggingServerPort.class))
                    .or(assignableTo(ChangeJournalPort.class)).or(assignableTo(VersionBasePort.class)))
            .and().resideInAPackage("dev.fitt.adapters..")
            .should().notBePublic()
            .because("callers see an adapter only through its port; the implementation is a detail");

    @ArchTest
    static final ArchRule onlyMainEndsTheProcess = noClasses()
            .that().doNotHaveFullyQualifiedName(FittMain.class.getName())
            .should().callMethod(System.class, "exit", int.class)
            .because("commands return exit codes; only main may end the JVM, so shutdown hooks and tests stay in control");

    @ArchTest
    static final ArchRule settingsAndSampleKnowNothingOfTheCommandLine = noClasses()
            .that().resideInAnyPackage("dev.fitt.bootstrap.settings..", "dev.fitt.bootstrap.sample..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..")
            .because("settings and the sample generator are used by several commands and by tests");

    @ArchTest
    static final ArchRule sampleDoesNotNeedSettings = noClasses()
            .that().resideInAPackage("dev.fitt.bootstrap.sample..")
            .should().dependOnClassesThat().resideInAPackage("dev.fitt.bootstrap.settings..")
            .because("the sample generator only writes files; it must not depend on how fitt is configured");
}
