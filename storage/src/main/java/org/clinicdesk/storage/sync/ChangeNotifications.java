package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on the clinic's feed channel on its own thread and asks for a sync whenever another desktop pushed.
 * A lost connection is retried after a pause; the scheduled syncs cover the time without notifications.
 */
final class ChangeNotifications implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeNotifications.class);
    private static final int WAIT_MILLIS = 1_000;
    private final CentralServer server;
    private final UUID clinicId;
    private final Runnable onChange;
    private final Duration retryPause;
    private final CountDownLatch stopped = new CountDownLatch(1);

    ChangeNotifications(CentralServer server, UUID clinicId, Runnable onChange, Duration retryPause) {
        this.server = server;
        this.clinicId = clinicId;
        this.onChange = onChange;
        this.retryPause = retryPause;
    }

    void stop() {
        stopped.countDown();
    }

    private boolean running() {
        return stopped.getCount() > 0;
    }

    @Override
    public void run() {
        while (running()) {
            try (Connection c = server.connect()) {
                String channel = CentralFeed.channel(c);
                if (!channel.matches("cd_feed_[0-9a-f]{32}")) {
                    throw new SQLException("the central server named an unexpected feed channel");
                }
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + channel);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                onChange.run(); // anything that happened while we were not listening
                while (running()) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        onChange.run();
                    }
                }
            } catch (SQLException e) {
                LOG.debug("Change notifications interrupted; retrying in {}", retryPause, e);
                pause();
            } catch (RuntimeException e) {
                LOG.warn("Change notifications failed; retrying in {}", retryPause, e);
                pause();
            }
        }
    }

    private void pause() {
        try {
            stopped.await(retryPause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped.countDown();
        }
    }
}
