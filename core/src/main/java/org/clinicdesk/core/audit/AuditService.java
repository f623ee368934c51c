package org.clinicdesk.core.audit;

import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.core.transaction.UnitOfWork;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Permission;

/** Use case: verify every site's audit chain. */
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
}
