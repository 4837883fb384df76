package dev.fitt.application;

import dev.fitt.ports.out.TaggingServerContract;
import dev.fitt.ports.out.TaggingServerPort;

class InProcessTaggingServerTest extends TaggingServerContract {
    @Override
    protected TaggingServerPort serverOver(TaggingService core) {
        return new InProcessTaggingServer(core, "contract");
    }
}
