package org.clinicdesk.core.users;

import java.time.Duration;

/** How many wrong passwords lock an account, and for how long. */
public record SignInPolicy(int maxFailedAttempts, Duration lockDuration) {
    public static final SignInPolicy DEFAULT = new SignInPolicy(5, Duration.ofMinutes(15));
}
