package dev.fitt.adapters.csv.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal's disk side: the segment file being written, the move to the next one at a
 * checkpoint, and trimming after a save. The journal keeps the records in memory and decides when
 * to flush; callers hold the journal's I/O lock.
 */
final class SegmentWriter {
    /** Records waiting to be written to one segment. */
    record Sealed(long segment, ByteBuffer records) {
    }

    private final JournalSegments segments;
    private final FileLayer files;
    private SegmentFile file;
    /** The last write or sync of {@code file} failed: it is opened again before the next. */
    private boolean broken;

    SegmentWriter(JournalSegments segments, FileLayer files, long first) throws IOException {
        this.segments = segments;
        this.files = files;
        this.file = SegmentFile.open(first, segments.segment(first), files);
    }

    /** The number of the segment being written. */
    long current() {
        return file.number();
    }

    /** Writes every part to its segment and syncs. */
    void write(List<Sealed> batch) throws IOException {
        try {
            if (broken) {
                file = file.reopened();
                broken = false;
            }
            for (Sealed part : batch) {
                if (part.segment() < file.number()) {
                    // Only a save's trimBefore moves the file past a segment: these records are saved.
                    continue;
                }
                if (part.segment() != file.number()) {
                    // Everything for the older segment is written: make it durable before moving on. The next
                    // is opened first, so that a failure leaves this one the segment to write again.
                    SegmentFile next = SegmentFile.open(part.segment(), segments.segment(part.segment()), files);
                    try {
                        file.close();
                    } catch (IOException e) {
                        next.abandon();
                        throw e;
                    }
                    file = next;
                }
                file.write(part.records());
            }
            file.sync();
        } catch (IOException e) {
            broken = true;
            throw e;
        }
    }

    /**
     * The parts of a failed write to write again from their start: those for the segment being
     * written and later ones. Records for older segments were made durable when their segment was
     * closed.
     */
    List<Sealed> toWriteAgain(List<Sealed> batch) {
        List<Sealed> again = new ArrayList<>();
        for (Sealed part : batch) {
            if (part.segment() >= file.number()) {
                part.records().position(0);
                again.add(part);
            }
        }
        return again;
    }

    /** Moves on to segment {@code checkpoint} if it is not there yet and deletes every segment before it. */
    void trimBefore(long checkpoint) throws IOException {
        if (file.number() < checkpoint) {
            SegmentFile next = SegmentFile.open(checkpoint, segments.segment(checkpoint), files);
            try {
                file.abandon();
            } catch (IOException e) {
                // Its records are saved in the CSV: nothing in it is needed any more.
            }
            file = next;
            broken = false;
        }
        // Oldest first, each deletion made durable before the next: whatever a power loss leaves is
        // the newest of them, whose changes replayed over the saved CSV end where the CSV is. An older
        // one left without the newer would take rows back to values the newer had changed.
        for (long number : segments.existing()) {
            if (number < checkpoint) {
                files.delete(segments.segment(number));
                files.syncFolder(segments.folder());
            }
        }
    }

    void close() throws IOException {
        file.close();
    }
}
