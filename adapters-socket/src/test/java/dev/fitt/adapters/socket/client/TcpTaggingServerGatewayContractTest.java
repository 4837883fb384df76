package dev.fitt.adapters.socket.client;

import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.ServedUseCases;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.client.port.out.TaggingServerContract;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.server.service.ServerCore;
import java.time.Duration;

/** The TCP client and server together honour the same contract as the in-process port. */
class TcpTaggingServerGatewayContractTest extends TaggingServerContract {
    private RunningServer running;

    @Override
    protected TaggingServerPort serverOver(ServerCore core) throws Exception {
        running = SocketAdapter.startServer(SocketServerConfig.of("127.0.0.1", 0), ServedUseCases.of(core.queries(), core.tagging(), core.saving(), core.images(), core.team()));
        return SocketAdapter.connect("127.0.0.1", running.address().getPort(), Duration.ofSeconds(5));
    }

    @Override
    protected void stopServer() {
        running.close();
    }
}
