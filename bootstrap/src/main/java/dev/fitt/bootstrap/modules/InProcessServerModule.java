package dev.fitt.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.fitt.application.InProcessTaggingServer;
import dev.fitt.application.TaggingService;
import dev.fitt.ports.out.TaggingServerPort;
import java.util.Objects;

/** The client's server port wired straight to a core in this process: `fitt tag`, no network. */
public final class InProcessServerModule extends AbstractModule {
    private final TaggingService service;

    public InProcessServerModule(TaggingService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    @Provides
    @Singleton
    TaggingServerPort server() {
        return new InProcessTaggingServer(service, "local");
    }
}
