package dev.fitt.bootstrap;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.ClientTls;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.SettingsException;
import dev.fitt.bootstrap.settings.SettingsLoader;
import dev.fitt.client.port.out.ServerAdminPort;
import dev.fitt.client.port.out.ServerAdminPort.ServerStats;
import dev.fitt.client.port.out.ServerDataset;
import dev.fitt.ports.AdminRefusedException;
import dev.fitt.ports.DatasetActivity;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.ServerSetting;
import dev.fitt.ports.ServerUnreachableException;
import dev.fitt.ports.SettingRefusedException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fitt admin}: an administrator's look at a running server, and live changes to its settings. */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = {"Read and change a running fitt server's settings, save, and see its datasets and activity.",
            "The server must have \"admin_token\" in its server_setting.json; give the same token with"
                    + " --admin-token or, to keep it out of the shell's history, in FITT_ADMIN_TOKEN."},
        subcommands = {AdminCommand.Settings.class, AdminCommand.Set.class, AdminCommand.Save.class,
            AdminCommand.Stats.class, AdminCommand.Datasets.class, AssignmentCommands.Assign.class,
            AssignmentCommands.Unassign.class, AssignmentCommands.Assignments.class})
public final class AdminCommand implements Callable<Integer> {
    /** Where the admin token may be instead of the command line. */
    public static final String ADMIN_TOKEN_VARIABLE = "FITT_ADMIN_TOKEN";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = {"The server's settings JSON, read only when it exists (default: ${DEFAULT-VALUE}):"
                    + " host, port, access_token and admin_token come from it unless given here."})
    private Path configFile = SettingsLoader.DEFAULT_SERVER_FILE;

    @Option(names = "--host", paramLabel = "HOST",
            description = "The server's address (default: the file's \"host\", 127.0.0.1 for 0.0.0.0 or ::;"
                    + " else 127.0.0.1).")
    private String host;

    @Option(names = "--port", paramLabel = "PORT",
            description = "The server's port (default: the file's \"port\", else " + ServerSettings.DEFAULT_PORT + ").")
    private Integer port;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The server's access token, when it has one (default: the file's \"access_token\").")
    private String accessToken;

    @Option(names = "--admin-token", paramLabel = "TOKEN",
            description = "The server's \"admin_token\" (default: the environment variable " + ADMIN_TOKEN_VARIABLE
                    + ", else the file's \"admin_token\").")
    private String adminToken;

    @Option(names = "--tls-certificate", paramLabel = "FILE",
            description = "Connect over TLS, trusting only this certificate (PEM/DER) or PKCS12 truststore.")
    private Path tlsCertificate;

    private final UnaryOperator<String> environment;

    public AdminCommand() {
        this(System::getenv);
    }

    /** @param environment where {@value #ADMIN_TOKEN_VARIABLE} is looked up */
    AdminCommand(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /** {@code fitt admin} without a verb: say which there are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_SETTINGS_OR_USAGE;
    }

    /** What every verb does: connect, run, turn the outcome into a message and an exit code. */
    int run(Verb verb) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String prefix = "fitt admin: ";
        String token = adminToken != null ? adminToken : environment.apply(ADMIN_TOKEN_VARIABLE);
        Optional<ServerSettings> file = Optional.empty();
        // Only for what the command line leaves out: a settings file being edited (or of another
        // version) must not stop an operator who gave everything.
        if (host == null || port == null || token == null || token.isEmpty() || accessToken == null) {
            try {
                file = new SettingsLoader().loadServerIfPresent(configFile);
            } catch (SettingsException e) {
                err.println(prefix + e.getMessage());
                return e.exitCode();
            }
        }
        if (token == null || token.isEmpty()) {
            token = file.map(settings -> settings.tuning().admin().adminToken()).orElse(null);
        }
        if (token == null || token.isEmpty()) {
            err.println(prefix + "no admin token: give --admin-token, set " + ADMIN_TOKEN_VARIABLE
                    + " or run it where the server's " + configFile + " has \"admin_token\" (or give --config)");
            return ExitCodes.BAD_SETTINGS_OR_USAGE;
        }
        if (port == null && file.map(ServerSettings::port).orElse(-1) == 0) {
            err.println(prefix + configFile + ": field \"port\" is 0 (any free port), so it does not say where the"
                    + " server listens: give --port (the server printed it at start)");
            return ExitCodes.BAD_SETTINGS_OR_USAGE;
        }
        ClientConfig config;
        try {
            config = clientConfig(file);
        } catch (IllegalArgumentException e) {
            err.println(prefix + e.getMessage());
            return ExitCodes.BAD_SETTINGS_OR_USAGE;
        }
        try (ServerAdminPort admin = SocketAdapter.administer(config, token)) {
            return verb.run(admin, out, err);
        } catch (ServerUnreachableException e) {
            err.println(prefix + e.getMessage());
            return ExitCodes.RUNTIME_FAILURE;
        } catch (AdminRefusedException e) {
            err.println(prefix + "refused: " + e.getMessage());
            return ExitCodes.BAD_SETTINGS_OR_USAGE;
        }
    }

    /** Where a verb reports a mistake it finds before connecting. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** How this command reaches the server: address, access token, TLS; the options win over the file. */
    private ClientConfig clientConfig(Optional<ServerSettings> file) {
        String address = host != null ? host : file.map(settings -> reachable(settings.host())).orElse("127.0.0.1");
        int number = port != null ? port : file.map(ServerSettings::port).orElse(ServerSettings.DEFAULT_PORT);
        String access = accessToken != null ? accessToken
                : file.map(settings -> settings.tuning().access().accessToken()).orElse(null);
        ClientConfig config = ClientConfig.of(address, number, TIMEOUT);
        if (access != null) {
            config = config.withAccessToken(access);
        }
        if (tlsCertificate != null) {
            config = config.withTls(ClientTls.trusting(tlsCertificate.toAbsolutePath()));
        }
        return config;
    }

    /** A server listening on every address is reached on this machine's loopback. */
    static String reachable(String listenAddress) {
        return switch (listenAddress) {
            case "0.0.0.0", "::", "[::]", "::0", "*" -> "127.0.0.1";
            default -> listenAddress;
        };
    }

    @FunctionalInterface
    interface Verb {
        int run(ServerAdminPort admin, PrintWriter out, PrintWriter err)
                throws ServerUnreachableException, AdminRefusedException;
    }

    @Command(name = "settings", mixinStandardHelpOptions = true,
            description = "Every setting of the running server, its value (secrets show as (set)) and whether it"
                    + " can change while the server runs.")
    static final class Settings implements Callable<Integer> {
        @ParentCommand
        private AdminCommand admin;

        @Override
        public Integer call() {
            return admin.run((server, out, err) -> {
                TextTable table = new TextTable("setting", "value", "changes live");
                for (ServerSetting setting : server.settings()) {
                    table.row(setting.name(), setting.value(), setting.live() ? "yes" : "no (restart)");
                }
                out.print(table.text());
                out.flush();
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Change a setting of the running server now, and in its server_setting.json.",
                "Live: autosave_changes, autosave_seconds, save_cpu_percent, default_dataset, max_connections,"
                        + " message_timeout_seconds, access_token (open connections keep working)."})
    static final class Set implements Callable<Integer> {
        @ParentCommand
        private AdminCommand admin;

        @Parameters(index = "0", paramLabel = "NAME", description = "The setting, as in server_setting.json.")
        private String name;

        @Parameters(index = "1", paramLabel = "VALUE", description = "Its new value.")
        private String value;

        @Override
        public Integer call() {
            return admin.run((server, out, err) -> {
                try {
                    ServerAdminPort.SettingApplied applied = server.set(name, value);
                    if (applied.written()) {
                        out.println(applied.message());
                        out.flush();
                        return ExitCodes.OK;
                    }
                    err.println("fitt admin: " + applied.message());
                    return ExitCodes.RUNTIME_FAILURE;
                } catch (SettingRefusedException e) {
                    err.println("fitt admin: refused: " + e.getMessage());
                    return ExitCodes.BAD_SETTINGS_OR_USAGE;
                }
            });
        }
    }

    @Command(name = "save", mixinStandardHelpOptions = true,
            description = "Save now (not paced like a client's save request), and wait until it is written.")
    static final class Save implements Callable<Integer> {
        @ParentCommand
        private AdminCommand admin;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DATASET",
                description = "The dataset to save (default: every dataset).")
        private String dataset = "";

        @Override
        public Integer call() {
            return admin.run((server, out, err) -> {
                try {
                    out.println(server.save(dataset));
                    out.flush();
                    return ExitCodes.OK;
                } catch (SaveFailedException e) {
                    err.println("fitt admin: not saved: " + e.getMessage());
                    return ExitCodes.RUNTIME_FAILURE;
                }
            });
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = {"Connections now, and per dataset the changes and saves of this server run.",
                    "A dataset not loaded now is shown as such; it is not loaded to be counted."})
    static final class Stats implements Callable<Integer> {
        @ParentCommand
        private AdminCommand admin;

        @Option(names = "--annotators", description = {"Also per loaded dataset its frames, labelled and reviewed,"
                + " and each annotator's work: frames they labelled last, changes this server run, frames per hour"
                + " over the last hour and the last day, of their frames reviewed and corrected (and the share"
                + " corrected), frames they reviewed, last active."})
        private boolean annotators;

        @Override
        public Integer call() {
            return admin.run((server, out, err) -> {
                ServerStats stats = server.stats();
                out.println("connections: " + stats.connections());
                TextTable table = new TextTable("dataset", "state", "changes>", "unsaved>", "saves>");
                for (int i = 0; i < stats.datasets().size(); i++) {
                    ServerDataset dataset = stats.datasets().get(i);
                    DatasetActivity activity = stats.activity().get(i);
                    if (dataset.state() == ServerDataset.State.LOADED) {
                        table.row(dataset.name(), state(dataset), activity.changes(), activity.unsavedChanges(),
                                activity.saves());
                    } else {
                        table.row(dataset.name(), state(dataset), "-", "-", "-");
                    }
                }
                out.print(table.text());
                if (annotators) {
                    out.println();
                    out.print(AnnotatorTable.progress(server, stats.datasets()).text());
                    out.println();
                    out.print(AnnotatorTable.of(server, stats.datasets()).text());
                }
                out.flush();
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "datasets", mixinStandardHelpOptions = true,
            description = {"The datasets the server serves: rows, clips, frames and how many frames are labelled.",
                    "A dataset not loaded since the server started has no counts yet (-)."})
    static final class Datasets implements Callable<Integer> {
        @ParentCommand
        private AdminCommand admin;

        @Override
        public Integer call() {
            return admin.run((server, out, err) -> {
                TextTable table = new TextTable("dataset", "state", "rows>", "clips>", "frames>", "labelled frames>",
                        "done>");
                for (ServerDataset d : server.stats().datasets()) {
                    if (!d.countsKnown()) {
                        table.row(d.name(), state(d), "-", "-", "-", "-", "-");
                        continue;
                    }
                    table.row(d.name(), state(d), d.rows(), d.clips(), d.frames(), d.labelledFrames(), d.frames() == 0
                            ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * d.labelledFrames() / d.frames()));
                }
                out.print(table.text());
                out.flush();
                return ExitCodes.OK;
            });
        }
    }

    /** A dataset's state in words, with the reason when it cannot be loaded. */
    static String state(ServerDataset dataset) {
        return switch (dataset.state()) {
            case LOADED -> "loaded";
            case UNLOADED -> "unloaded (idle)";
            case NOT_LOADED_YET -> "not loaded";
            case FAILED -> "failed: " + dataset.problem();
        };
    }
}
