package org.clinicdesk.core.users;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outgoing port: this desk's sign-in lockouts, kept locally and never synced. */
public interface SignInLockouts {
    Optional<SignInLockout> find(UUID userId);

    List<SignInLockout> all();

    void save(SignInLockout lockout);

    /** Forgets the user's wrong passwords and lock on this desk. */
    void clear(UUID userId);
}
