package dev.fitt.adapters.swing;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.labelling.ReviewFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the review keys do (client setting {@code role: "reviewer"}): A accepts the frame and goes
 * on, U goes to the next frame to review, Ctrl+R chooses which frames; and the status bar's review
 * line (filter, frames to review, loading progress). EDT only.
 */
final class ReviewCommands {
    private final ClientWindow window;
    private final LabellingSession session;
    private final Feedback feedback;
    private final Repaint repaint;
    /** The whole dataset's provenance loading: rows done and total; done -1 when it failed. */
    private int loadedRows;
    private int totalRows = -1;
    private boolean arrived;
    /** Who this reviewer's verdicts name in provenance shown before the server's record comes back. */
    private String verdictName = "you";

    ReviewCommands(ClientWindow window, LabellingSession session, Feedback feedback, Repaint repaint) {
        this.window = window;
        this.session = session;
        this.feedback = feedback;
        this.repaint = repaint;
    }

    /**
     * Review mode when the settings ask for it and the server can take it; otherwise the window says
     * why it labels as usual.
     */
    void start(boolean reviewer, String name) {
        if (!reviewer) {
            return;
        }
        if (!session.review().offered()) {
            feedback.problem("Review mode (client_setting.json \"role\": \"reviewer\") needs a server with team work:"
                    + " this one cannot record reviews, so this window labels as usual");
            return;
        }
        session.review().startReviewing(name);
        verdictName = name.strip().isEmpty() ? "you" : name.strip();
    }

    boolean reviewing() {
        return session.review().reviewing();
    }

    /** A: accept the frame as labelled, then the next frame to review. */
    void accept() {
        if (!reviewing()) {
            feedback.note("A accepts a frame in review mode (client_setting.json \"role\": \"reviewer\")");
            return;
        }
        int frame = session.navigation().frameNumber();
        session.review().acceptFrame();
        feedback.note("Accepted frame " + (frame + 1) + (session.navigation().frameNumber() == frame
                ? " \u2014 no other frame to review" : ""));
    }

    /** U in review mode: the next frame matching the filter. */
    void next() {
        if (!session.review().goToNextForReview()) {
            feedback.note(session.review().loaded() ? "No other frame matches the review filter"
                    : "Still loading who labelled what\u2026");
        }
    }

    /** Ctrl+R: the filter dialog; applied at once, and on to the first frame it matches. */
    void chooseFilter() {
        if (!reviewing()) {
            feedback.note("Ctrl+R filters the frames to review in review mode (client_setting.json \"role\":"
                    + " \"reviewer\")");
            return;
        }
        Optional<ReviewFilter> chosen = new ReviewFilterDialog(window.frame, session.state().tags(),
                session.review().annotators(), session.review().filter()).ask();
        chosen.ifPresent(filter -> {
            session.review().setFilter(filter);
            next();
            repaint.scheduleRender();
        });
    }

    /** Progress of the whole dataset's provenance. */
    void loading(int done, int total) {
        loadedRows = done;
        totalRows = total;
        repaint.scheduleRender();
    }

    /**
     * At each render: the first time the whole dataset's provenance is there, on to the first frame
     * to review unless this one is one by the filter (the load may finish before the window
     * listens). By the filter, not by whether the frame is labelled: a frame others labelled only
     * some cameras of is one to review, and one the reviewer labelled is not.
     */
    void settle() {
        if (!arrived && reviewing() && session.review().loaded()) {
            arrived = true;
            if (!session.review().matches(session.navigation().frameNumber())) {
                session.review().goToNextForReview();
            }
        }
    }

    void refused(int first, int last, String message) {
        int frame = session.state().frameOfImage(first);
        window.notices.problem("The accept of frame " + (frame + 1) + " was not recorded: " + message
                + " \u2014 look at it again, then accept (A) or correct it", frame);
        repaint.scheduleRender();
    }

    /** The status bar's review line, read at each render. */
    String line() {
        if (!reviewing()) {
            return "";
        }
        if (!session.review().loaded()) {
            if (loadedRows < 0) {
                return "Review: could not load who labelled what (U tries again)";
            }
            return "Review: loading who labelled what\u2026" + (totalRows > 0
                    ? " " + (int) Math.floor(100.0 * loadedRows / totalRows) + "%" : "");
        }
        int matching = session.review().matchingFrames();
        boolean pass = session.review().filter().notYetReviewed();
        return "Review: " + session.review().filter().describe(session.state().tags().aliases()) + " \u00b7 "
                + matching + (matching == 1 ? " frame" : " frames") + (pass ? " left" : "") + restOfFrame();
    }

    /**
     * After a correction of some cameras, the others are still not reviewed: the frame stays to
     * review until the reviewer accepts them too (an accept is theirs to give, not implied).
     */
    private String restOfFrame() {
        List<RowProvenance> rows = session.provenance().ofFrame(session.navigation().frameNumber()).orElse(List.of());
        List<String> corrected = new ArrayList<>();
        boolean open = false;
        for (int camera = 0; camera < rows.size(); camera++) {
            RowProvenance row = rows.get(camera);
            if (row.review() == Review.CORRECTED && row.reviewedBy().equals(verdictName)) {
                corrected.add(session.state().cameraName(camera));
            }
            String by = row.labelledBy();
            open |= row.review() == Review.NONE && !by.isEmpty() && !by.equals(verdictName);
        }
        return corrected.isEmpty() || !open ? "" : " \u00b7 you corrected " + String.join(", ", corrected)
                + ": A accepts the rest of the frame";
    }
}
