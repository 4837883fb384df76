package dev.fitt.adapters.socket.server;

import dev.fitt.adapters.socket.protocol.ClipInfoRequest;
import dev.fitt.adapters.socket.protocol.DatasetRequest;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.TeamReply;
import dev.fitt.adapters.socket.protocol.TeamRequest;
import dev.fitt.adapters.socket.protocol.VersionedReply;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.adapters.socket.protocol.Wire;

/** Which capability an extension request needs, and the reply when the hello did not ask for it. */
final class CapabilityGate {
    private CapabilityGate() {
    }

    static long needed(Request request) {
        if (request instanceof VersionedRequest.Subscribe) {
            return Wire.LIVE_CHANGES;
        }
        if (request instanceof ClipInfoRequest.Stats) {
            return Wire.STATS_CAPABILITY;
        }
        if (request instanceof ClipInfoRequest.CameraNames) {
            return Wire.CAMERA_NAMES_CAPABILITY;
        }
        if (request instanceof ClipInfoRequest.ClipIds) {
            return Wire.CLIP_IDS_CAPABILITY;
        }
        if (request instanceof DatasetRequest) {
            return Wire.DATASETS_CAPABILITY;
        }
        if (request instanceof TeamRequest) {
            return Wire.TEAM_CAPABILITY;
        }
        if (Wire.isAdminCommand(request.command())) {
            return Wire.ADMIN_CAPABILITY;
        }
        return Wire.VERSIONED_EDITS;
    }

    static Reply notGranted(Request.Identified request) {
        String message = "the " + Wire.commandName(request.command())
                + " capability was not asked for in this connection's hello";
        if (request instanceof VersionedRequest.VersionedChange) {
            return new VersionedReply.ChangeOutcome(request.id(), Wire.ERROR, 0, message);
        }
        if (request instanceof TeamRequest.Review) {
            return new TeamReply.ReviewOutcome(request.id(), Wire.ERROR, 0, message);
        }
        if (Wire.isAdminCommand(request.command())) {
            return AdminHandler.error(request, message);
        }
        return new Reply.ExtensionError(request.command(), request.id(), message);
    }
}
