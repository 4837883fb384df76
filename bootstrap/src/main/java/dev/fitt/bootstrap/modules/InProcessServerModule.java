package dev.fitt.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.fitt.application.InProcessTaggingServer;
import dev.fitt.application.TaggingService;
import dev.fitt.ports.in.SaveLabelsUseCase;
import dev.fitt.ports.out.TaggingServerPort;
import java.util.Objects;

/** The client's server port wired straight to a core in this process: `fitt tag`, no network. */
public final class InProcessServerModule extends AbstractModule {
    private final TaggingService service;
    private final SaveLabelsUseCase saves;

    /** @param saves where the client's save requests go (the core's coalescing autosave) */
    public InProcessServerModule(TaggingService service, SaveLabelsUseCase saves) {
        this.service = Objects.requireNonNull(service, "service");
        this.saves = Objects.requireNonNull(saves, "saves");
    }

    @Provides
    @Singleton
    TaggingServerPort server() {
        return new InProcessTaggingServer(service, saves, "local");
    }
}
