package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/** Hands out change-feed positions to rows a central transaction changed. */
public interface FeedPositions {
    /** Reserves {@code count} consecutive positions for the current transaction; returns the first. */
    long reserve(Connection central, UUID clinicId, int count) throws SQLException;
}
