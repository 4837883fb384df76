package dev.fitt.adapters.socket.client;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.protocol.AdminReply;
import dev.fitt.adapters.socket.protocol.AdminRequest;
import dev.fitt.adapters.socket.protocol.DatasetRequest;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.TeamReply;
import dev.fitt.adapters.socket.protocol.TeamRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.client.port.out.ServerAdminPort;
import dev.fitt.client.port.out.ServerDataset;
import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.ClipSelection;
import dev.fitt.domain.HourlyActivity;
import dev.fitt.ports.AdminRefusedException;
import dev.fitt.ports.AssignmentRefusedException;
import dev.fitt.ports.DatasetActivity;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.ServerSetting;
import dev.fitt.ports.ServerUnreachableException;
import dev.fitt.ports.SettingRefusedException;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An administrator's connection: opened on first use with a hello asking for administration, then
 * the admin token; every call is one request and its reply. A lost connection is opened again by
 * the next call. Not for tagging: {@link TcpTaggingServerGateway} is.
 */
final class TcpServerAdmin implements ServerAdminPort {
    private final ClientConfig config;
    private final String adminToken;
    private ServerLink link;

    TcpServerAdmin(ClientConfig config, String adminToken) {
        this.config = Objects.requireNonNull(config, "config");
        this.adminToken = Objects.requireNonNull(adminToken, "adminToken");
    }

    @Override
    public synchronized List<ServerSetting> settings() throws ServerUnreachableException, AdminRefusedException {
        ServerLink open = authorised();
        Reply reply = ask(open, new AdminRequest.AdminSettings(open.nextRequestId()));
        if (reply instanceof AdminReply.AdminSettingList list) {
            return list.settings().stream().map(s -> new ServerSetting(s.name(), s.value(), s.live())).toList();
        }
        throw refusal(reply);
    }

    @Override
    public synchronized SettingApplied set(String name, String value)
            throws ServerUnreachableException, AdminRefusedException, SettingRefusedException {
        ServerLink open = authorised();
        Reply reply = ask(open, new AdminRequest.AdminSet(open.nextRequestId(), name, value));
        if (reply instanceof AdminReply.AdminSetOutcome outcome) {
            if (outcome.status() == Wire.OK) {
                return new SettingApplied(outcome.message(), outcome.written());
            }
            throw new SettingRefusedException(outcome.message());
        }
        throw refusal(reply);
    }

    @Override
    public synchronized String save(String dataset)
            throws ServerUnreachableException, AdminRefusedException, SaveFailedException {
        ServerLink open = authorised();
        Reply reply = ask(open, new AdminRequest.AdminSave(open.nextRequestId(), dataset));
        if (reply instanceof AdminReply.AdminDone done) {
            if (done.ok()) {
                return done.message();
            }
            throw new SaveFailedException(done.message());
        }
        throw refusal(reply);
    }

    @Override
    public synchronized ServerStats stats() throws ServerUnreachableException, AdminRefusedException {
        ServerLink open = authorised();
        Reply reply = ask(open, new AdminRequest.AdminStats(open.nextRequestId()));
        if (reply instanceof AdminReply.AdminStatsReply stats) {
            List<ServerDataset> datasets = stats.datasets().stream().map(d -> DatasetSelection.dataset(d.dataset()))
                    .toList();
            List<DatasetActivity> activity = stats.datasets().stream().map(d -> new DatasetActivity(d.name(),
                    d.changes(), d.unsavedChanges(), d.saves())).toList();
            return new ServerStats((int) stats.connections(), datasets, activity);
        }
        throw refusal(reply);
    }

    /** Over the administrator's connection, which works on {@code dataset} from then on. */
    @Override
    public synchronized List<AnnotatorStats> annotatorStats(String dataset)
            throws ServerUnreachableException, AdminRefusedException {
        ServerLink open = selected(dataset);
        Reply reply = ask(open, new TeamRequest.AnnotatorStats(open.nextRequestId()));
        if (reply instanceof TeamReply.AnnotatorStats stats) {
            return stats.annotators();
        }
        if (reply instanceof Reply.ExtensionError error) {
            throw new AdminRefusedException("dataset " + dataset + ": " + error.message());
        }
        throw refusal(reply);
    }

    /** Over the administrator's connection, which works on {@code dataset} from then on. */
    @Override
    public synchronized HourlyActivity hourlyActivity(String dataset)
            throws ServerUnreachableException, AdminRefusedException {
        ServerLink open = selected(dataset);
        Reply reply = ask(open, new TeamRequest.HourlyActivity(open.nextRequestId()));
        if (reply instanceof TeamReply.HourlyActivity activity) {
            return activity.activity();
        }
        if (reply instanceof Reply.ExtensionError error) {
            throw new AdminRefusedException("dataset " + dataset + ": " + error.message());
        }
        throw refusal(reply);
    }

    /** The authorised connection, working on {@code dataset}. */
    private ServerLink selected(String dataset) throws ServerUnreachableException, AdminRefusedException {
        ServerLink open = authorised();
        if (!open.teamWork() || !open.datasetsGranted()) {
            throw new AdminRefusedException("the server at " + config.peer() + " offers no annotator statistics");
        }
        Reply selected = ask(open, new DatasetRequest.SelectDataset(open.nextRequestId(), dataset));
        if (selected instanceof Reply.ExtensionError error) {
            throw new AdminRefusedException("dataset " + dataset + ": " + error.message());
        }
        return open;
    }

    @Override
    public synchronized String assign(String dataset, String annotator, ClipSelection clips, boolean reassign)
            throws ServerUnreachableException, AdminRefusedException, AssignmentRefusedException,
            SaveFailedException {
        ServerLink open = authorised();
        return changed(ask(open, new AdminRequest.AdminAssign(open.nextRequestId(), dataset, annotator, reassign,
                clips)));
    }

    @Override
    public synchronized String unassign(String dataset, String annotator, Optional<ClipSelection> clips)
            throws ServerUnreachableException, AdminRefusedException, AssignmentRefusedException,
            SaveFailedException {
        ServerLink open = authorised();
        return changed(ask(open, new AdminRequest.AdminUnassign(open.nextRequestId(), dataset, annotator, clips)));
    }

    /** {@code 00} done, {@code 03} refused (nothing changed), {@code 01} not written (nothing changed). */
    private static String changed(Reply reply) throws AdminRefusedException, AssignmentRefusedException,
            SaveFailedException {
        if (reply instanceof AdminReply.AdminDone done) {
            if (done.ok()) {
                return done.message();
            }
            if (done.status() == Wire.REFUSED) {
                throw new AssignmentRefusedException(done.message());
            }
            throw new SaveFailedException(done.message());
        }
        throw refusal(reply);
    }

    @Override
    public synchronized Assignments assignments(String dataset)
            throws ServerUnreachableException, AdminRefusedException {
        ServerLink open = authorised();
        Reply reply = ask(open, new AdminRequest.AdminAssignments(open.nextRequestId(), dataset));
        if (reply instanceof AdminReply.AdminAssignmentList list) {
            return new Assignments(list.dataset(), list.assignments());
        }
        throw refusal(reply);
    }

    @Override
    public synchronized void close() {
        if (link != null) {
            link.close();
            link = null;
        }
    }

    /** The open, authorised connection; opens and authorises one when there is none. */
    private ServerLink authorised() throws ServerUnreachableException, AdminRefusedException {
        if (link != null && link.isAlive()) {
            return link;
        }
        ServerLink opened;
        try {
            opened = ServerLink.open(config, Wire.ALL_CAPABILITIES | Wire.ADMIN_CAPABILITY, pushed -> { }, () -> { });
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("refused this client")) {
                throw new AdminRefusedException(e.getMessage());
            }
            throw new ServerUnreachableException("cannot reach the tagging server at " + config.peer() + ": "
                    + e.getMessage(), e);
        }
        if (!opened.administers()) {
            opened.close();
            throw new AdminRefusedException("the server at " + config.peer() + " does not offer administration"
                    + " (an older fitt server, or the original one)");
        }
        Reply reply = ask(opened, new AdminRequest.AdminAuthorise(opened.nextRequestId(), adminToken));
        if (!(reply instanceof AdminReply.AdminDone done) || !done.ok()) {
            opened.close();
            throw refusal(reply);
        }
        link = opened;
        return link;
    }

    private Reply ask(ServerLink open, Request request) throws ServerUnreachableException {
        try {
            CompletableFuture<Reply> reply = open.send(List.of(request)).get(0);
            return reply.get(config.timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            throw lost(e);
        } catch (ExecutionException e) {
            throw lost(e.getCause());
        } catch (TimeoutException e) {
            open.forget(request);
            throw new ServerUnreachableException("the server at " + config.peer() + " did not answer a "
                    + Wire.commandName(request.command()) + " request within " + config.timeoutMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachableException("interrupted while waiting for " + config.peer(), e);
        }
    }

    private ServerUnreachableException lost(Throwable cause) {
        close();
        return new ServerUnreachableException("the connection to " + config.peer() + " was lost: "
                + cause.getMessage(), cause);
    }

    private static AdminRefusedException refusal(Reply reply) {
        if (reply instanceof AdminReply.AdminDone done) {
            return new AdminRefusedException(done.message());
        }
        if (reply instanceof AdminReply.AdminSetOutcome outcome) {
            return new AdminRefusedException(outcome.message());
        }
        return new AdminRefusedException("unexpected reply: " + reply);
    }
}
