package dev.fitt.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.fitt.server.service.InProcessTaggingServer;
import dev.fitt.server.service.ServerCore;
import dev.fitt.server.port.in.SaveLabelsUseCase;
import dev.fitt.client.port.out.TaggingServerPort;
import java.util.Objects;

/** The client's server port wired straight to a core in this process: `fitt tag`, no network. */
public final class InProcessServerModule extends AbstractModule {
    private final ServerCore core;
    private final SaveLabelsUseCase saves;

    /** @param saves where the client's save requests go (the core's coalescing autosave) */
    public InProcessServerModule(ServerCore core, SaveLabelsUseCase saves) {
        this.core = Objects.requireNonNull(core, "core");
        this.saves = Objects.requireNonNull(saves, "saves");
    }

    @Provides
    @Singleton
    TaggingServerPort server() {
        return new InProcessTaggingServer(core, saves, "local");
    }
}
