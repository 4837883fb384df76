package dev.fitt.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.fitt.bootstrap.server.InProcessServers;
import dev.fitt.server.service.InProcessTaggingServer;

/**
 * The client's server port wired straight to the core in this process: `fitt tag`, no network.
 * The port is made from the started core (the command starts it), so wiring starts nothing.
 */
public final class InProcessServerModule extends AbstractModule {

    /** Clients' save requests go to the core's coalescing autosave, as a remote client's do. */
    @Provides
    InProcessServers servers() {
        return core -> new InProcessTaggingServer(core.core(), core.saveRequests(), "local");
    }
}
