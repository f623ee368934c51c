package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.clinicdesk.core.sync.SyncStatus;

/** Collects the statuses a SyncService reports, so tests wait on a condition instead of sleeping. */
final class StatusWatcher implements SyncStatusListener {
    private final BlockingQueue<SyncStatus> seen = new LinkedBlockingQueue<>();

    @Override
    public void statusChanged(SyncStatus status) {
        seen.add(status);
    }

    SyncStatus awaitStatus(Predicate<SyncStatus> wanted, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            SyncStatus status = seen.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            assertThat(status).as("waited " + timeout + " for " + what).isNotNull();
            if (wanted.test(status)) {
                return status;
            }
        }
    }
}
