package dev.fitt.domain;

import java.util.Arrays;

/**
 * The version of the change that last touched each row (the run's {@link VersionBase} for rows
 * not changed since start-up). Lets the core tell an edit based on what a client saw from one
 * that would overwrite unseen work. Not thread-safe: guarded by its owner.
 */
public final class RowVersions {
    private final long[] versions;
    /** The last copy handed out, while no stamp came after it: shared by the readers in between. */
    private long[] shared;

    public RowVersions(int rows) {
        this(rows, VersionBase.ZERO);
    }

    /** Every row at {@code base}: older than every change of this run, newer than anything before it. */
    public RowVersions(int rows, VersionBase base) {
        this.versions = new long[rows];
        Arrays.fill(versions, base.value());
    }

    public void stamp(int first, int last, long version) {
        Arrays.fill(versions, first, last + 1, version);
        shared = null;
    }

    public long version(int row) {
        return versions[row];
    }

    /** The highest version among rows {@code first..last} inclusive. */
    public long newestIn(int first, int last) {
        long newest = 0;
        for (int row = first; row <= last; row++) {
            newest = Math.max(newest, versions[row]);
        }
        return newest;
    }

    /**
     * The versions as they are now. The same array for every call until the next stamp, so callers
     * must only read it.
     */
    public long[] copy() {
        if (shared == null) {
            shared = versions.clone();
        }
        return shared;
    }
}
