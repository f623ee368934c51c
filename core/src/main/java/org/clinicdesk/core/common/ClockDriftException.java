package org.clinicdesk.core.common;

import java.time.Duration;
import java.time.Instant;

/** A clock reading from elsewhere is further in the future than this desktop accepts. */
public final class ClockDriftException extends ClinicException {
    public ClockDriftException(HlcTimestamp remote, long localMillis, Duration maxDrift) {
        super("Clock of site " + remote.site() + " is ahead of this desktop by "
                + Duration.ofMillis(remote.wallMillis() - localMillis).toSeconds() + " s (allowed "
                + maxDrift.toSeconds() + " s; its time " + Instant.ofEpochMilli(remote.wallMillis())
                + "). Fix the clock of that computer; its changes are not accepted until then.");
    }
}
