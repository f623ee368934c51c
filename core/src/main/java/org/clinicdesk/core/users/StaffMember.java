package org.clinicdesk.core.users;

import java.time.Instant;
import java.util.Optional;

/** A user as the administrator's staff list shows them on this desk: the account and any lock here. */
public record StaffMember(User user, Optional<Instant> lockedHereUntil) {
}
