package dev.fitt.adapters.swing;

import dev.fitt.client.port.in.LabellingSession;

/**
 * Connects to the server and fetches the dataset. Runs on a background thread (it blocks on the
 * network), so it may take as long as it needs and throw; the window shows the message and offers
 * to try again.
 */
@FunctionalInterface
public interface SessionOpener {
    LabellingSession open() throws Exception;
}
