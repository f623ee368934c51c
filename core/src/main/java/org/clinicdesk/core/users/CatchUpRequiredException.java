package org.clinicdesk.core.users;

/**
 * Sign-in refused because the store was restored from a backup and has not caught up with the central server yet
 * ({@link RestoreCatchUp}). Not audited: an event written before the catch-up would take a sequence number the server
 * already holds for this site.
 */
public final class CatchUpRequiredException extends SignInFailedException {
    public CatchUpRequiredException() {
        super("This desk was restored from a backup and has not caught up with the central server yet; its passwords "
                + "and accounts may be out of date. Sync now (clinicdesk sync --once); sign-in opens once that "
                + "succeeds. An administrator can sign in for an emergency with a reason (--before-catch-up REASON on the "
                + "command line).");
    }
}
