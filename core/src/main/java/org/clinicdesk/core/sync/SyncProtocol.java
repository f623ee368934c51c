package org.clinicdesk.core.sync;

import java.time.Duration;

/**
 * The versions a desktop and the central server must agree on before exchanging changes, and the clock drift
 * sync tolerates. {@code SCHEMA_VERSION} changes whenever a synced table gains, loses or retypes a column.
 */
public final class SyncProtocol {
    public static final int PROTOCOL_VERSION = 1;
    public static final int SCHEMA_VERSION = 7;
    public static final Duration MAX_CLOCK_AHEAD = Duration.ofMinutes(5);

    private SyncProtocol() {
    }

    /** Refuses unless both sides speak the same protocol over the same schema. */
    public static void checkCompatible(int centralProtocol, int centralSchema) {
        if (centralProtocol != PROTOCOL_VERSION) {
            throw new SyncRefusedException(SyncRefusedException.Reason.PROTOCOL_VERSION, "The central server speaks sync "
                    + "protocol " + centralProtocol + " but this desktop speaks " + PROTOCOL_VERSION
                    + ". Update ClinicDesk on every desktop and the server to the same release; nothing was synced.");
        }
        if (centralSchema != SCHEMA_VERSION) {
            throw new SyncRefusedException(SyncRefusedException.Reason.SCHEMA_VERSION, "The central database has schema "
                    + "version " + centralSchema + " but this desktop has " + SCHEMA_VERSION + ". Run 'clinicdesk central "
                    + "init' with the matching release, or update this desktop; nothing was synced.");
        }
    }

    /** Refuses a desktop whose wall clock is more than {@link #MAX_CLOCK_AHEAD} ahead of the server's. */
    public static void checkClock(long desktopMillis, long serverMillis) {
        long ahead = desktopMillis - serverMillis;
        if (ahead > MAX_CLOCK_AHEAD.toMillis()) {
            throw new SyncRefusedException(SyncRefusedException.Reason.CLOCK_AHEAD, "This computer's clock is "
                    + Math.round(ahead / 60_000.0) + " min ahead of the central server (allowed "
                    + MAX_CLOCK_AHEAD.toMinutes() + " min). Correct the date and time of this computer; nothing was synced.");
        }
    }
}
