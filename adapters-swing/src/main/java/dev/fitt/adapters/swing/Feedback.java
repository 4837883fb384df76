package dev.fitt.adapters.swing;

import dev.fitt.client.port.in.LabellingClient;

/**
 * Where the window tells the annotator something: short notes in the status bar, problems as
 * notices above the views. EDT only.
 */
final class Feedback {
    private final ClientWindow window;
    private final LabellingClient client;

    Feedback(ClientWindow window, LabellingClient client) {
        this.window = window;
        this.client = client;
    }

    void note(String text) {
        window.status.message(text);
    }

    void problem(String text) {
        window.notices.problem(text);
    }

    /** A problem with what the annotator just did on this frame: it closes when another frame shows. */
    void problemHere(String text) {
        window.notices.problem(text, client.frameNumber());
    }
}
