package org.clinicdesk.core.common;

import java.time.Clock;
import java.time.Duration;

/**
 * Hybrid logical clock (Kulkarni et al.): readings never go backwards on this desktop even if the wall clock does,
 * and after receiving a remote reading every later local reading is greater. A remote reading further ahead of
 * our wall clock than the allowed drift is refused rather than trusted, so one desktop with a wrong clock cannot
 * drag every other desktop's versions into the future.
 */
public final class HybridClock {
    private final Clock wall;
    private final String site;
    private final Duration maxDrift;
    private long lastWall;
    private int lastCounter;

    public HybridClock(Clock wall, String site, Duration maxDrift) {
        this.wall = wall;
        this.site = site;
        this.maxDrift = maxDrift;
    }

    public String site() {
        return site;
    }

    /** A reading for a local event. */
    public synchronized HlcTimestamp now() {
        long physical = wall.millis();
        if (physical > lastWall) {
            lastWall = physical;
            lastCounter = 0;
        } else {
            lastCounter++;
        }
        return new HlcTimestamp(lastWall, lastCounter, site);
    }

    /** Merges a reading received from another desktop; refuses one too far ahead of our wall clock. */
    public synchronized HlcTimestamp receive(HlcTimestamp remote) {
        long physical = wall.millis();
        if (remote.wallMillis() - physical > maxDrift.toMillis()) {
            throw new ClockDriftException(remote, physical, maxDrift);
        }
        long newWall = Math.max(Math.max(lastWall, remote.wallMillis()), physical);
        if (newWall == lastWall && newWall == remote.wallMillis()) {
            lastCounter = Math.max(lastCounter, remote.counter()) + 1;
        } else if (newWall == lastWall) {
            lastCounter++;
        } else if (newWall == remote.wallMillis()) {
            lastCounter = remote.counter() + 1;
        } else {
            lastCounter = 0;
        }
        lastWall = newWall;
        return new HlcTimestamp(lastWall, lastCounter, site);
    }

    /** Restores the clock after a restart so that it never issues a reading below one already stored. */
    public synchronized void advanceTo(HlcTimestamp stored) {
        if (stored.wallMillis() > lastWall
                || (stored.wallMillis() == lastWall && stored.counter() > lastCounter)) {
            lastWall = stored.wallMillis();
            lastCounter = stored.counter();
        }
    }
}
