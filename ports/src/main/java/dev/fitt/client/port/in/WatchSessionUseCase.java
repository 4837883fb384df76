package dev.fitt.client.port.in;

/** The UI listens to its session: frames, labels, connection, saves, conflicts (see {@link SessionListener}). */
public interface WatchSessionUseCase {
    void addListener(SessionListener listener);

    void removeListener(SessionListener listener);
}
