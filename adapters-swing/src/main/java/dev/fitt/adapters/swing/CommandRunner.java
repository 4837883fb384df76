package dev.fitt.adapters.swing;

/**
 * Runs the annotator's commands on the event thread: none once the window is closing, and a
 * refusal by the core becomes a notice instead of a stack trace.
 */
final class CommandRunner {
    private final Feedback feedback;
    private boolean frozen;

    CommandRunner(Feedback feedback) {
        this.feedback = feedback;
    }

    void run(Runnable body) {
        if (frozen) {
            return;
        }
        try {
            body.run();
        } catch (IllegalArgumentException | IllegalStateException e) {
            feedback.problemHere(e.getMessage());
        }
    }

    /** Closing: every later command is ignored. */
    void freeze() {
        frozen = true;
    }

    boolean frozen() {
        return frozen;
    }
}
