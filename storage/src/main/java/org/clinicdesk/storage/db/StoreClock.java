package org.clinicdesk.storage.db;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.clinicdesk.core.common.HlcTimestamp;
import org.clinicdesk.core.common.HybridClock;
import org.clinicdesk.core.common.RuleViolationException;

/**
 * The store's hybrid clock, which exists only once the site is known: a store that was never initialised has
 * no site to put in versions, so any synced write before {@code init} is refused with a clear message.
 */
public final class StoreClock {
    public static final Duration MAX_DRIFT = Duration.ofMinutes(5);
    private final Clock wall;
    private final AtomicReference<HybridClock> clock = new AtomicReference<>();

    public StoreClock(Clock wall) {
        this.wall = wall;
    }

    public Clock wall() {
        return wall;
    }

    /** Starts the clock for the site; later calls with the same site keep the running clock. */
    public HybridClock start(String site, Optional<HlcTimestamp> highestStored) {
        HybridClock started = clock.updateAndGet(c -> c != null && c.site().equals(site) ? c
                : new HybridClock(wall, site, MAX_DRIFT));
        highestStored.ifPresent(started::advanceTo);
        return started;
    }

    public Optional<HybridClock> current() {
        return Optional.ofNullable(clock.get());
    }

    public HybridClock require() {
        HybridClock c = clock.get();
        if (c == null) {
            throw new RuleViolationException("This store has no site yet; run 'clinicdesk init --site CODE ...' first.");
        }
        return c;
    }
}
