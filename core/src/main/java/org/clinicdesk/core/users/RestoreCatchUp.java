package org.clinicdesk.core.users;

/**
 * Whether this desk's store was restored from a backup and has not yet caught up with its clinic's central server.
 * Until it has, the users, roles and password hashes in it may be old (a password changed or an account disabled
 * since the backup would work again), so sign-in waits. A standalone desk (no central server) never waits.
 */
@FunctionalInterface
public interface RestoreCatchUp {
    /** A store that was never restored, or has caught up since. */
    RestoreCatchUp CAUGHT_UP = () -> false;

    boolean pending();
}
