package org.clinicdesk.app.cli;

/** The exit codes of the command line: part of its contract with scripts. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int UNEXPECTED = 1;
    public static final int INVALID_INPUT = 2;
    public static final int PERMISSION_DENIED = 3;
    public static final int RULE_VIOLATION = 4;
    public static final int NOT_FOUND = 5;
    public static final int SIGN_IN_FAILED = 6;
    /** A check ran and found a problem: a broken audit chain, a failed doctor check. */
    public static final int CHECK_FAILED = 7;
    /** The store is open in another ClinicDesk program (the window); nothing was done, try again later. */
    public static final int STORE_BUSY = 8;
    /** The central server could not be reached; local changes stay queued. */
    public static final int SERVER_UNREACHABLE = 9;

    private ExitCode() {
    }
}
