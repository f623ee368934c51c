package org.clinicdesk.core.audit;

import java.util.Optional;

/** Outcome of checking one site's audit chain: intact, or the first bad event and why. */
public record ChainVerification(String site, int eventsChecked, boolean intact, Optional<Long> firstBadSequence,
                                String reason) {
    static ChainVerification broken(String site, AuditEvent event, String reason) {
        return new ChainVerification(site, (int) event.sequence(), false, Optional.of(event.sequence()),
                "event " + event.sequence() + " (" + event.action() + " by " + event.username() + " at "
                        + event.occurredAt() + "): " + reason);
    }
}
