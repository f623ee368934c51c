package org.clinicdesk.core.sync;

/**
 * How far this desktop has read the central change feed: every change at or below {@code position} has been
 * applied locally. Positions are handed out in commit order on the server, so nothing can appear below it later.
 */
public record SyncCursor(long position) {
    public static final SyncCursor START = new SyncCursor(0);

    public SyncCursor {
        if (position < 0) {
            throw new IllegalArgumentException("negative feed position " + position);
        }
    }

    public SyncCursor advancedTo(long newPosition) {
        return newPosition > position ? new SyncCursor(newPosition) : this;
    }
}
