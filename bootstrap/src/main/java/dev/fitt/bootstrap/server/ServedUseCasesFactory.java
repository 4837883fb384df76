package dev.fitt.bootstrap.server;

import dev.fitt.adapters.socket.ServedUseCases;
import dev.fitt.application.TaggingService;

/** The core's use cases as the socket adapter takes them: one place to change when it takes more. */
final class ServedUseCasesFactory {
    private ServedUseCasesFactory() {
    }

    static ServedUseCases of(TaggingService service) {
        return new ServedUseCases(service, service, service, service, service, service);
    }
}
