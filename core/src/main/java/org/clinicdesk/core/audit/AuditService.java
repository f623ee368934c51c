package org.clinicdesk.core.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.core.transaction.UnitOfWork;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Permission;

/** Use cases of the audit trail (administrators): verify every site's chain, list events by patient, user, action, day. */
public final class AuditService {
    private final UnitOfWork tx;
    private final AuditLog log;

    public AuditService(UnitOfWork tx, AuditLog log) {
        this.tx = tx;
        this.log = log;
    }

    public List<ChainVerification> verify(Actor actor) {
        actor.require(Permission.REVIEW_AUDIT);
        return verifyAll();
    }

    /** The check itself, for the administrator's command line which has no session. */
    public List<ChainVerification> verifyAll() {
        return tx.inTransaction(() -> {
            List<ChainVerification> results = new ArrayList<>();
            for (String site : log.sites()) {
                results.add(AuditChain.verify(site, log.chainOf(site), log.head(site)));
            }
            return results;
        });
    }

    /**
     * The events that answer the query, newest first (at most {@link AuditFilter#MAX_EVENTS}). Reading the trail is
     * not itself audited: it holds no clinical content beyond UHIDs, and an event per look would drown the list.
     */
    public List<AuditEvent> list(Actor actor, AuditQuery query, ZoneId zone) {
        actor.require(Permission.REVIEW_AUDIT);
        AuditFilter filter = query.toFilter(zone);
        return tx.inTransaction(() -> log.find(filter));
    }
}
