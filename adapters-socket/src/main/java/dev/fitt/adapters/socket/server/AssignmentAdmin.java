package dev.fitt.adapters.socket.server;

import dev.fitt.adapters.socket.protocol.AdminReply;
import dev.fitt.adapters.socket.protocol.AdminRequest;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.ports.AssignmentRefusedException;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.in.DatasetCatalogUseCase;
import dev.fitt.server.port.in.DatasetUseCases;
import dev.fitt.server.port.in.OpenDataset;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An administrator's clip assignments ({@code 25}-{@code 27}): each request opens its dataset (the
 * server's default when it names none), loading it if needed, as a client's selection does, and
 * lets it go after the answer. A change is written before it is answered.
 */
final class AssignmentAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(AssignmentAdmin.class);

    private final DatasetCatalogUseCase datasets;

    AssignmentAdmin(DatasetCatalogUseCase datasets) {
        this.datasets = Objects.requireNonNull(datasets, "datasets");
    }

    Reply assign(AdminRequest.AdminAssign assign, String who) {
        return change(assign.command(), assign.id(), assign.dataset(), who,
                useCases -> useCases.assign().assign(assign.annotator(), assign.clips(), assign.reassign()));
    }

    Reply unassign(AdminRequest.AdminUnassign unassign, String who) {
        return change(unassign.command(), unassign.id(), unassign.dataset(), who,
                useCases -> useCases.unassign().unassign(unassign.annotator(), unassign.clips()));
    }

    Reply list(AdminRequest.AdminAssignments list) {
        String name = nameOf(list.dataset());
        try (OpenDataset open = datasets.open(name)) {
            return new AdminReply.AdminAssignmentList(list.id(), text(name),
                    open.useCases().assignments().assignments());
        } catch (DatasetLoadException e) {
            return new AdminReply.AdminDone(Wire.ADMIN_ASSIGNMENTS, list.id(), Wire.ERROR,
                    text("dataset " + name + ": " + e.getMessage()));
        }
    }

    private interface Change {
        String apply(DatasetUseCases useCases) throws AssignmentRefusedException, SaveFailedException;
    }

    private Reply change(byte command, long id, String dataset, String who, Change change) {
        String name = nameOf(dataset);
        try (OpenDataset open = datasets.open(name)) {
            String done = change.apply(open.useCases());
            LOG.info("administrator {} on dataset {}: {}", who, name, done);
            return new AdminReply.AdminDone(command, id, Wire.OK, text(done));
        } catch (DatasetLoadException | AssignmentRefusedException e) {
            return new AdminReply.AdminDone(command, id, Wire.REFUSED, text("dataset " + name + ": " + e.getMessage()));
        } catch (SaveFailedException e) {
            LOG.warn("administrator {} on dataset {}: assignments not changed: {}", who, name, e.getMessage());
            return new AdminReply.AdminDone(command, id, Wire.ERROR, text("dataset " + name + ": " + e.getMessage()));
        }
    }

    private String nameOf(String dataset) {
        return dataset.isEmpty() ? datasets.defaultDataset() : dataset;
    }

    private static String text(String message) {
        return RequestHandler.extensionText(message == null ? "" : message);
    }
}
