package dev.fitt.adapters.socket;

import dev.fitt.server.service.ServerCore;
import dev.fitt.server.service.ServerCore;
import dev.fitt.ports.out.TaggingServerContract;
import dev.fitt.ports.out.TaggingServerPort;
import java.time.Duration;

/** The TCP client and server together honour the same contract as the in-process port. */
class SocketTaggingServerContractTest extends TaggingServerContract {
    private RunningServer running;

    @Override
    protected TaggingServerPort serverOver(ServerCore core) throws Exception {
        running = SocketAdapter.startServer(SocketServerConfig.of("127.0.0.1", 0), ServedUseCases.of(core.queries(), core.tagging(), core.saving(), core.images()));
        return SocketAdapter.connect("127.0.0.1", running.address().getPort(), Duration.ofSeconds(5));
    }

    @Override
    protected void stopServer() {
        running.close();
    }
}
