package dev.fitt.server.service;

import dev.fitt.client.port.out.TaggingServerContract;
import dev.fitt.client.port.out.TaggingServerPort;

class InProcessTaggingServerTest extends TaggingServerContract {
    @Override
    protected TaggingServerPort serverOver(ServerCore core) {
        return new InProcessTaggingServer(core, "contract");
    }
}
