package dev.fitt.adapters.socket.server;

import dev.fitt.adapters.socket.Administration;
import dev.fitt.adapters.socket.protocol.AdminReply;
import dev.fitt.adapters.socket.protocol.AdminRequest;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.ports.DatasetActivity;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.SettingRefusedException;
import dev.fitt.server.port.in.ChangeSettingsUseCase.SettingChanged;
import dev.fitt.server.port.in.DatasetCatalogUseCase;
import dev.fitt.server.port.in.DatasetSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an administrator's requests ({@code 21}-{@code 24}) with the administration's use cases,
 * once {@link ExtensionSession} has seen the connection prove itself. Every failure is an honest
 * reply. Thread-safe: shared by all connections.
 */
final class AdminHandler {
    private static final Logger LOG = LoggerFactory.getLogger(AdminHandler.class);

    private final Optional<Administration> administration;
    private final DatasetCatalogUseCase datasets;
    private final IntSupplier connections;

    /**
     * {@code datasets} is the catalog the server serves (stats list each of its datasets);
     * {@code connections} counts the server's open connections.
     */
    AdminHandler(Optional<Administration> administration, DatasetCatalogUseCase datasets, IntSupplier connections) {
        this.administration = administration;
        this.datasets = datasets;
        this.connections = connections;
    }

    /** The admin token, when administration is on. */
    Optional<String> token() {
        return administration.map(Administration::token);
    }

    /** The reply to an authorised administrator's request; {@code who} names the connection in log lines. */
    Reply handle(Request.Identified request, String who) {
        Administration admin = administration.orElseThrow(
                () -> new IllegalStateException("an administrator without administration"));
        try {
            if (request instanceof AdminRequest.AdminSettings settings) {
                return new AdminReply.AdminSettingList(settings.id(), admin.settings().settings().stream()
                        .map(s -> new AdminReply.AdminSetting(text(s.name()), text(s.value()), s.live())).toList());
            }
            if (request instanceof AdminRequest.AdminSet set) {
                return set(admin, set, who);
            }
            if (request instanceof AdminRequest.AdminSave save) {
                return save(admin, save, who);
            }
            if (request instanceof AdminRequest.AdminStats stats) {
                return stats(admin, stats.id());
            }
            throw new IllegalArgumentException("not an admin request: " + request);
        } catch (RuntimeException e) {
            LOG.error("{} request of {} failed unexpectedly", Wire.commandName(request.command()), who, e);
            return error(request, "internal server error: " + e);
        }
    }

    private static Reply set(Administration admin, AdminRequest.AdminSet set, String who) {
        try {
            SettingChanged changed = admin.settings().change(set.name(), set.value(), who);
            return new AdminReply.AdminSetOutcome(set.id(), Wire.OK, changed.written(), text(changed.message()));
        } catch (SettingRefusedException e) {
            LOG.info("refused to change setting {} for {}: {}", set.name(), who, e.getMessage());
            return new AdminReply.AdminSetOutcome(set.id(), Wire.ERROR, false, text(e.getMessage()));
        }
    }

    private static Reply save(Administration admin, AdminRequest.AdminSave save, String who) {
        try {
            String saved = admin.save().saveNow(save.dataset());
            LOG.info("save asked for by administrator {}: {}", who, saved);
            return new AdminReply.AdminDone(Wire.ADMIN_SAVE, save.id(), Wire.OK, text(saved));
        } catch (SaveFailedException e) {
            return new AdminReply.AdminDone(Wire.ADMIN_SAVE, save.id(), Wire.ERROR, text(e.getMessage()));
        }
    }

    /**
     * Each dataset of the catalog as it lists it, with this run's activity for a loaded one (zeros
     * for one not loaded: the entry's state says so, and it is not loaded to be counted).
     */
    private Reply stats(Administration admin, long id) {
        Map<String, DatasetActivity> activity = admin.activity().activity().stream()
                .collect(Collectors.toMap(DatasetActivity::name, Function.identity(), (a, b) -> a));
        List<AdminReply.AdminDataset> entries = new ArrayList<>();
        for (DatasetSummary summary : datasets.datasets()) {
            DatasetActivity done = activity.getOrDefault(summary.name(), new DatasetActivity(summary.name(), 0, 0, 0));
            entries.add(new AdminReply.AdminDataset(DatasetHandler.entry(summary), done.changes(),
                    done.unsavedChanges(), done.saves()));
        }
        return new AdminReply.AdminStatsReply(id, connections.getAsInt(), entries);
    }

    /** The error reply of an admin request, in its command's shape. */
    static Reply error(Request.Identified request, String message) {
        if (request.command() == Wire.ADMIN_SET) {
            return new AdminReply.AdminSetOutcome(request.id(), Wire.ERROR, false, text(message));
        }
        return new AdminReply.AdminDone(request.command(), request.id(), Wire.ERROR, text(message));
    }

    private static String text(String message) {
        return RequestHandler.extensionText(message == null ? "" : message);
    }
}
