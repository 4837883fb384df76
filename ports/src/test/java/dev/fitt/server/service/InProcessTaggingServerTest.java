package dev.fitt.server.service;

import dev.fitt.ports.out.TaggingServerContract;
import dev.fitt.ports.out.TaggingServerPort;

class InProcessTaggingServerTest extends TaggingServerContract {
    @Override
    protected TaggingServerPort serverOver(ServerCore core) {
        return new InProcessTaggingServer(core, "contract");
    }
}
