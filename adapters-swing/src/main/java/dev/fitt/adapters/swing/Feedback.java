package dev.fitt.adapters.swing;

import dev.fitt.client.port.in.LabellingSession;

/**
 * Where the window tells the annotator something: short notes in the status bar, problems as
 * notices above the views. EDT only.
 */
final class Feedback {
    private final ClientWindow window;
    private final LabellingSession session;

    Feedback(ClientWindow window, LabellingSession session) {
        this.window = window;
        this.session = session;
    }

    void note(String text) {
        window.status.message(text);
    }

    void problem(String text) {
        window.notices.problem(text);
    }

    /** A problem with what the annotator just did on this frame: it closes when another frame shows. */
    void problemHere(String text) {
        window.notices.problem(text, session.navigation().frameNumber());
    }
}
