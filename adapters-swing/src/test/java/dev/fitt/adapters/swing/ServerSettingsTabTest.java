package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.out.ServerAdminPort;
import dev.fitt.ports.AdminRefusedException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.ServerSetting;
import dev.fitt.ports.ServerUnreachableException;
import dev.fitt.ports.SettingRefusedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The settings dialog's Server tab: it shows the server's live settings and sends only what changed. */
@Timeout(30)
class ServerSettingsTabTest {
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<String> sent = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    /** A server that refuses save_cpu_percent below 10, as the real one does. */
    private final ServerAdminPort server = new ServerAdminPort() {
        @Override
        public List<ServerSetting> settings() {
            return List.of(new ServerSetting("port", "52973", false),
                    new ServerSetting("autosave_changes", "1000", true),
                    new ServerSetting("save_cpu_percent", "50", true),
                    new ServerSetting("max_connections", "1024", true),
                    new ServerSetting("access_token", ServerSetting.HIDDEN, true),
                    new ServerSetting("default_dataset", "(the first in name order)", true));
        }

        @Override
        public SettingApplied set(String name, String value) throws SettingRefusedException {
            sent.add(name + "=" + value);
            if (name.equals("save_cpu_percent")) {
                throw new SettingRefusedException("field \"save_cpu_percent\" must be 10..100, got " + value);
            }
            return new SettingApplied(name + " changed", true);
        }

        @Override
        public String save(String dataset) throws SaveFailedException {
            throw new SaveFailedException("not used");
        }

        @Override
        public ServerStats stats() throws ServerUnreachableException, AdminRefusedException {
            throw new ServerUnreachableException("not used");
        }

        @Override
        public void close() {
        }
    };

    @Test
    void changedFieldsAreSentAndARefusalIsShownBesideItsField() throws Exception {
        ServerSettingsTab tab = onEdt(() -> new ServerSettingsTab(server, background));
        await(() -> onEdt(() -> tab.field("autosave_changes").isEnabled()));
        assertThat(onEdt(() -> tab.field("autosave_changes").getText())).isEqualTo("1000");
        assertThat(onEdt(() -> tab.field("access_token").getText())).isEmpty();
        assertThat(onEdt(() -> tab.field("default_dataset").getText())).isEmpty();

        onEdt(() -> {
            tab.field("autosave_changes").setText("5");
            tab.field("save_cpu_percent").setText("5");
            tab.field("access_token").setText("n3w");
            findApply(tab).doClick();
            return null;
        });
        await(() -> onEdt(() -> tab.status().contains("not applied")));

        assertThat(sent).containsExactly("autosave_changes=5", "save_cpu_percent=5", "access_token=n3w");
        assertThat(onEdt(() -> tab.outcome("save_cpu_percent"))).contains("must be 10..100, got 5");
        assertThat(onEdt(() -> tab.outcome("autosave_changes"))).contains("applied");
        assertThat(onEdt(() -> tab.outcome("max_connections"))).isBlank();
        assertThat(onEdt(() -> tab.field("access_token").getText())).as("a token is not kept on screen").isEmpty();

        sent.clear();
        onEdt(() -> {
            findApply(tab).doClick();
            return null;
        });
        await(() -> onEdt(() -> !tab.status().equals("Applying\u2026")));
        assertThat(sent).as("only the refused field differs from what the server has now")
                .containsExactly("save_cpu_percent=5");
    }

    private static javax.swing.JButton findApply(ServerSettingsTab tab) {
        List<java.awt.Component> all = new ArrayList<>();
        collect(tab.panel(), all);
        return all.stream().filter(c -> c instanceof javax.swing.JButton b && b.getText().equals("Apply to server"))
                .map(c -> (javax.swing.JButton) c).findFirst().orElseThrow();
    }

    private static void collect(java.awt.Container parent, List<java.awt.Component> into) {
        for (java.awt.Component child : parent.getComponents()) {
            into.add(child);
            if (child instanceof java.awt.Container container) {
                collect(container, into);
            }
        }
    }

    private static <T> T onEdt(Callable<T> action) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(action.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }
}
