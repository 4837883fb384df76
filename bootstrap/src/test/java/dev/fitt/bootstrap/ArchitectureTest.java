package dev.fitt.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.fitt.server.port.out.ChangeJournalPort;

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
            .that().resideInAnyPackage("dev.fitt.ports..", "dev.fitt.server..", "dev.fitt.client..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.fitt.domain..", "dev.fitt.ports..", "dev.fitt.server..", "dev.fitt.client..", "java..")
            .because("the core offers and needs interfaces; it must not know CSV, sockets, Swing or Guice");

    @ArchTest
    static final ArchRule coreDoesNotUseSockets = noClasses()
            .that().resideInAnyPackage("dev.fitt.domain..", "dev.fitt.ports..", "dev.fitt.server..", "dev.fitt.client..")
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

    /** A class that implements one of the core's interfaces: a use case, a need or a listener. */
    private static final DescribedPredicate<JavaClass> IMPLEMENT_A_PORT = DescribedPredicate.describe(
            "implement a port", c -> c.getAllRawInterfaces().stream()
                    .anyMatch(i -> i.getPackageName().startsWith("dev.fitt.ports")
                            || i.getPackageName().matches("dev\\.fitt\\.(server|client)\\.port\\..*")));

    @ArchTest
    static final ArchRule everyPortImplementationInAnAdapterIsNonPublic = classes()
            .that().resideInAPackage("dev.fitt.adapters..").and(IMPLEMENT_A_PORT)
            .should().notBePublic()
            .because("callers see an adapter only through its port and its one public entry; the implementation is"
                    + " a detail");

    @ArchTest
    static final ArchRule adaptersDependOnPortsNotOnServices = noClasses()
            .that().resideInAPackage("dev.fitt.adapters..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.fitt.server.service..", "dev.fitt.client.service..")
            .because("an adapter plugs into a port; which service answers it is chosen in bootstrap, so the"
                    + " services can be split or replaced without touching an adapter");

    @ArchTest
    static final ArchRule clientCoreDoesNotUseTheServerCore = noClasses()
            .that().resideInAPackage("dev.fitt.client..")
            .should().dependOnClassesThat().resideInAPackage("dev.fitt.server..")
            .because("the client reaches the server only through TaggingServerPort, so it behaves the same over TCP"
                    + " and in process");

    @ArchTest
    static final ArchRule serverCoreDoesNotUseTheClientCore = noClasses()
            .that().resideInAPackage("dev.fitt.server..")
            .should().dependOnClassesThat().resideInAPackage("dev.fitt.client.service..")
            .because("the server serves any client over its use cases; it must not know how fitt's own client works"
                    + " inside (it may offer the client's TaggingServerPort in process, nothing more)");

    @ArchTest
    static final ArchRule serverCoreLayers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("domain").definedBy("dev.fitt.domain..")
            .layer("ports").definedBy("dev.fitt.ports..", "dev.fitt.server.port..")
            .layer("server core").definedBy("dev.fitt.server.service..")
            .layer("adapters").definedBy("dev.fitt.adapters..")
            .layer("wiring").definedBy("dev.fitt.bootstrap..")
            .whereLayer("wiring").mayNotBeAccessedByAnyLayer()
            .whereLayer("adapters").mayOnlyBeAccessedByLayers("wiring")
            .whereLayer("server core").mayOnlyBeAccessedByLayers("wiring")
            .whereLayer("ports").mayOnlyBeAccessedByLayers("server core", "adapters", "wiring")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("ports", "server core", "adapters", "wiring")
            .because("the server core is an onion: the domain inside, the ports around it, the services that"
                    + " implement them, then adapters and wiring outside; no arrow points outwards");

    @ArchTest
    static final ArchRule clientCoreLayers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("domain").definedBy("dev.fitt.domain..")
            .layer("ports").definedBy("dev.fitt.ports..", "dev.fitt.client.port..")
            .layer("client core").definedBy("dev.fitt.client.service..")
            .layer("adapters").definedBy("dev.fitt.adapters..")
            .layer("wiring").definedBy("dev.fitt.bootstrap..")
            .whereLayer("wiring").mayNotBeAccessedByAnyLayer()
            .whereLayer("adapters").mayOnlyBeAccessedByLayers("wiring")
            .whereLayer("client core").mayOnlyBeAccessedByLayers("wiring")
            .whereLayer("ports").mayOnlyBeAccessedByLayers("client core", "adapters", "wiring")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("ports", "client core", "adapters", "wiring")
            .because("the client core is an onion too: the window and the TCP gateway plug into its ports, and only"
                    + " bootstrap knows which");

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

    @ArchTest
    static final ArchRule theServerCoreNeverAsksWhatKindOfJournalItHas = noClasses()
            .that().resideInAPackage("dev.fitt.server.service..")
            .should(checkWhetherAJournalIsOfAKind())
            .because("a core's shape (journal then apply, or commit then apply and follow the others) is chosen"
                    + " once, where it is wired, from the journal the storage module provides");

    private static ArchCondition<JavaClass> checkWhetherAJournalIsOfAKind() {
        return new ArchCondition<>("check instanceof a journal port") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
                    unit.getInstanceofChecks().stream()
                            .filter(check -> check.getRawType().isAssignableTo(ChangeJournalPort.class))
                            .forEach(check -> events.add(SimpleConditionEvent.satisfied(check, unit.getFullName()
                                    + " checks instanceof " + check.getRawType().getName() + " "
                                    + check.getSourceCodeLocation())));
                }
            }
        };
    }
}
