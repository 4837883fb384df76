package dev.fitt.server.port.in;

/**
 * A dataset held open for one user (a connection): it stays loaded until every holder closed it
 * and it was then idle for the server's idle time. Closing twice is harmless.
 */
public interface OpenDataset extends AutoCloseable {
    String name();

    DatasetUseCases useCases();

    @Override
    void close();
}
