package org.clinicdesk.core.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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
     * An administrator moves the key that opens this desk's store (it lives outside the tables, e.g. into the
     * operating system's keystore): the permission first, then {@code move}, which returns what it did, then the event.
     */
    public void moveDeskKey(Actor actor, String keyId, Supplier<String> move) {
        actor.require(Permission.ADMINISTER_STORE);
        String detail = move.get();
        tx.inTransaction(() -> {
            log.append(actor.username(), AuditRecord.of(AuditAction.DESK_KEY_MOVED, "store_keys", keyId, detail));
            return null;
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
