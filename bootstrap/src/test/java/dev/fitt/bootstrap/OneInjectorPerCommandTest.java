package dev.fitt.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.fitt.bootstrap.client.SwingClientRunner;
import dev.fitt.bootstrap.client.ServerConnector;
import dev.fitt.bootstrap.modules.DatabaseDataset;
import dev.fitt.bootstrap.server.CoreApplication;
import dev.fitt.bootstrap.server.InProcessServers;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.DatabaseSettings;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.ServerTuning;
import dev.fitt.bootstrap.settings.SettingsLoader;
import dev.fitt.server.port.out.ImageSourcePort;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * One injector per command: every object a command runs comes out of one object graph, so a
 * singleton is one object per run and the command's modules say everything about its wiring.
 */
class OneInjectorPerCommandTest {
    private static final JavaClasses BOOTSTRAP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.fitt.bootstrap");

    @Test
    void everyCommandCreatesAtMostOneInjector() {
        assertThat(injectorsCreatedBy(true)).allSatisfy((command, count) -> assertThat(count)
                .as("Guice.createInjector calls in %s", command).isEqualTo(1));
        assertThat(injectorsCreatedBy(true)).containsKeys(TagCommand.class.getName(), ClientCommand.class.getName(),
                ServerCommand.class.getName(), DemoCommand.class.getName());
    }

    @Test
    void onlyCommandsCreateInjectors() {
        assertThat(injectorsCreatedBy(false)).as("classes other than commands that create an injector").isEmpty();
    }

    // Wiring touches nothing: the files named below do not exist, and no file appears while the
    // command's objects are made (no lock, no journal segment, no settings file, no connection).

    @Test
    void tagGetsItsCoreItsServerPortAndItsWindowFromItsModules(@TempDir Path dir) {
        TagCommand tag = new TagCommand();
        new CommandLine(tag).parseArgs("data.csv", "--meta", "meta.csv", "--config", "client.json");

        assertWiredWithoutTouchingTheDisk(dir, tag.modules(tag.settings(dir), dir, new SettingsLoader()),
                CoreApplication.class, InProcessServers.class, SwingClientRunner.class);
    }

    @Test
    void clientGetsItsConnectionAndItsWindowFromItsModules(@TempDir Path dir) {
        ClientCommand client = new ClientCommand();
        new CommandLine(client).parseArgs("--config", dir.resolve("client.json").toString());

        assertWiredWithoutTouchingTheDisk(dir, client.modules(new SettingsLoader()),
                ServerConnector.class, SwingClientRunner.class);
    }

    @Test
    void demoGetsItsServerItsConnectionAndItsWindowFromItsModules(@TempDir Path dir) {
        assertWiredWithoutTouchingTheDisk(dir, DemoCommand.modules(csvSettings(dir), dir, dir.resolve("client.json"),
                new SettingsLoader()), ServerApplication.class, ServerConnector.class, SwingClientRunner.class);
    }

    @Test
    void serverGetsItsApplicationAndImagesFromItsModules(@TempDir Path dir) {
        assertWiredWithoutTouchingTheDisk(dir, ServerModules.from(csvSettings(dir), dir),
                ServerApplication.class, ImageSourcePort.class);
    }

    @Test
    void importAndExportGetTheirDatabaseAndCoreFromTheirModulesWithoutConnecting(@TempDir Path dir) {
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, dir.resolve("data.csv"), dir,
                dir.resolve("meta.csv"), false, ServerTuning.defaults(),
                new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/none", "nobody", ""));

        Injector injector = assertWiredWithoutTouchingTheDisk(dir, ServerModules.core(settings, dir),
                CoreApplication.class, DatabaseDataset.class);
        assertThat(injector.getInstance(DatabaseDataset.class).name()).isEqualTo("data.csv");
    }

    /** One injector from {@code modules} makes every one of {@code roots}, and {@code dir} stays empty. */
    private static Injector assertWiredWithoutTouchingTheDisk(Path dir, Iterable<? extends Module> modules,
            Class<?>... roots) {
        Injector injector = Guice.createInjector(modules);
        for (Class<?> root : roots) {
            assertThat(injector.getInstance(root)).as(root.getSimpleName()).isNotNull();
        }
        assertThat(dir).isEmptyDirectory();
        return injector;
    }

    private static ServerSettings csvSettings(Path dir) {
        return new ServerSettings("127.0.0.1", 0, dir.resolve("data.csv"), dir.resolve("labelled"),
                dir.resolve("meta.csv"), false);
    }

    /** Call sites of Guice.createInjector per top-level class (nested classes and lambdas count for theirs). */
    private static Map<String, Integer> injectorsCreatedBy(boolean commands) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JavaClass javaClass : BOOTSTRAP) {
            JavaClass top = javaClass.getEnclosingClass().map(OneInjectorPerCommandTest::outermost).orElse(javaClass);
            if (top.isAnnotatedWith(Command.class) != commands) {
                continue;
            }
            for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                if (call.getTargetOwner().isEquivalentTo(Guice.class) && call.getName().equals("createInjector")) {
                    counts.merge(top.getName(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static JavaClass outermost(JavaClass javaClass) {
        return javaClass.getEnclosingClass().map(OneInjectorPerCommandTest::outermost).orElse(javaClass);
    }
}
