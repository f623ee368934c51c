package org.clinicdesk.storage.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clinicdesk.core.audit.AuditChain;
import org.clinicdesk.core.audit.AuditEvent;
import org.clinicdesk.core.audit.AuditFilter;
import org.clinicdesk.core.audit.AuditLog;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.IdGenerator;
import org.clinicdesk.storage.db.HibernateUnitOfWork;
import org.clinicdesk.storage.db.StoreClock;
import org.clinicdesk.storage.sync.RowDigest;

/**
 * The audit chain in {@code audit_event}, with each site's newest link in {@code audit_head}. Appending locks the
 * site's head row ({@code SELECT ... FOR UPDATE}) for the rest of the transaction, so concurrent writers in this
 * process queue up and every event gets the next sequence and its predecessor's hash.
 */
public final class HibernateAuditLog implements AuditLog {
    public static final List<Class<?>> ENTITIES = List.of(AuditEventEntity.class);
    private static final int USERNAME_MAX = 64;
    private static final int DETAIL_MAX = 4000;
    private final HibernateUnitOfWork tx;
    private final StoreClock clock;
    private final Clock wall;
    private final IdGenerator ids;

    public HibernateAuditLog(HibernateUnitOfWork tx, StoreClock clock, IdGenerator ids) {
        this.tx = tx;
        this.clock = clock;
        this.wall = clock.wall();
        this.ids = ids;
    }

    @Override
    public AuditEvent append(String username, AuditRecord record) {
        return append(username, record, null, wall.instant());
    }

    /**
     * Appends an event that happened earlier, as it was: its time, and the digest it took of the record it changed
     * (a restored desk's events chained again above the server's; see the sync's restore catch-up).
     */
    public AuditEvent appendAsOf(String username, AuditRecord record, String rowDigest, Instant occurredAt) {
        return append(username, record, rowDigest == null ? "" : rowDigest, occurredAt);
    }

    /** A {@code null} digest is taken now, of the record as this transaction leaves it. */
    private AuditEvent append(String username, AuditRecord record, String knownDigest, Instant at) {
        String site = clock.require().site();
        return tx.withSession(session -> {
            HeldHeads held = tx.transactionState(HeldHeads.class, HeldHeads::new);
            AuditRecord bounded = new AuditRecord(record.action(), truncate(record.entityType(), 40),
                    truncate(record.entityId(), 100), truncate(record.detail(), DETAIL_MAX));
            String rowDigest = knownDigest == null ? "" : knownDigest;
            if (knownDigest == null && record.action().changesRecord()) {
                // the change this event describes is written first, so the digest is of the record as it leaves it
                session.flush();
                rowDigest = session.doReturningWork(c -> RowDigest.of(c, bounded.entityType(), bounded.entityId()));
            }
            String user = truncate(username == null ? "" : username, USERNAME_MAX);
            java.util.UUID id = ids.newId();
            ChainHead head = held.heads.get(site);
            AuditEvent event = head == null ? null
                    : chained(session, site, head, id, at, user, bounded, rowDigest);
            if (event == null) {
                // first event of this transaction (or the head was moved by other SQL in it): lock and read it
                ChainHead locked = session.doReturningWork(c -> lockHead(c, site));
                event = chained(session, site, locked, id, at, user, bounded, rowDigest);
                if (event == null) {
                    throw new IllegalStateException("The audit chain's head of site " + site + " moved while locked.");
                }
            }
            held.heads.put(site, new ChainHead(event.sequence(), event.hash()));
            session.persist(new AuditEventEntity(event));
            return event;
        });
    }

    /**
     * The heads this transaction holds locked, as it last wrote them. The row lock taken by the first append stays
     * until the transaction ends, so no other transaction can move a head in between: later appends of the same
     * transaction skip the locking read. Each still moves the head only from the value it expects, so other SQL of
     * the same transaction that moved it is noticed (the append then locks and reads it again).
     */
    private static final class HeldHeads {
        final java.util.Map<String, ChainHead> heads = new java.util.HashMap<>();
    }

    /** The event sealed on {@code head}, with the site's head moved to it; {@code null} if the head is not that now. */
    private static AuditEvent chained(org.hibernate.Session session, String site, ChainHead head, java.util.UUID id,
                                      Instant at, String user, AuditRecord record, String rowDigest) {
        AuditEvent event = AuditChain.seal(id, site, head.sequence() + 1, at, user, record, rowDigest, head.hash());
        return session.doReturningWork(c -> moveHead(c, site, head, event)) ? event : null;
    }

    /** Sets the site's head to {@code event} if it still is {@code from}; whether it was. */
    private static boolean moveHead(java.sql.Connection c, String site, ChainHead from, AuditEvent event)
            throws java.sql.SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(
                "UPDATE audit_head SET sequence = ?, hash = ? WHERE site = ? AND sequence = ? AND hash = ?")) {
            ps.setLong(1, event.sequence());
            ps.setString(2, event.hash());
            ps.setString(3, site);
            ps.setLong(4, from.sequence());
            ps.setString(5, from.hash());
            return ps.executeUpdate() == 1;
        }
    }

    /** Creates the site's head row (sequence 0, genesis hash) if it is missing; run in its own transaction. */
    public void ensureHead(String site) {
        tx.withSession(session -> session.createNativeMutationQuery("INSERT INTO audit_head (site, sequence, hash) "
                        + "SELECT :site, 0, :genesis WHERE NOT EXISTS (SELECT 1 FROM audit_head WHERE site = :site)")
                .setParameter("site", site)
                .setParameter("genesis", AuditChain.GENESIS)
                .executeUpdate());
    }

    /** Reads the site's head and locks its row ({@code FOR UPDATE}) until the transaction ends. */
    private static ChainHead lockHead(java.sql.Connection c, String site) throws java.sql.SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT sequence, hash FROM audit_head WHERE site = ? FOR UPDATE")) {
            ps.setString(1, site);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The audit chain of site " + site + " has no head row; the store "
                            + "was not initialised properly.");
                }
                return new ChainHead(rs.getLong(1), rs.getString(2));
            }
        }
    }

    @Override
    public List<AuditEvent> chainOf(String site) {
        return tx.withSession(session -> session.createSelectionQuery(
                        "from AuditEventEntity where site = :site order by sequence", AuditEventEntity.class)
                .setParameter("site", site)
                .getResultStream().map(AuditEventEntity::toEvent).toList());
    }

    @Override
    public List<String> sites() {
        return tx.withSession(session -> session.createNativeQuery(
                "SELECT site FROM audit_head UNION SELECT DISTINCT site FROM audit_event ORDER BY 1", String.class)
                .getResultList());
    }

    @Override
    public List<AuditEvent> find(AuditFilter filter) {
        StringBuilder hql = new StringBuilder("from AuditEventEntity e where 1 = 1");
        filter.patientUhid().ifPresent(u -> hql.append(" and (e.detail = :uhid or e.detail like :uhidFirst)"));
        filter.username().ifPresent(u -> hql.append(" and lower(e.username) = lower(:username)"));
        filter.action().ifPresent(a -> hql.append(" and e.action = :action"));
        filter.from().ifPresent(f -> hql.append(" and e.occurredAt >= :from"));
        filter.until().ifPresent(u -> hql.append(" and e.occurredAt < :until"));
        hql.append(" order by e.occurredAt desc, e.sequence desc");
        return tx.withSession(session -> {
            var query = session.createSelectionQuery(hql.toString(), AuditEventEntity.class);
            // A UHID is letters, digits and '-', so it needs no escaping inside LIKE.
            filter.patientUhid().ifPresent(u -> query.setParameter("uhid", u).setParameter("uhidFirst", u + " %"));
            filter.username().ifPresent(u -> query.setParameter("username", u));
            filter.action().ifPresent(a -> query.setParameter("action", a.name()));
            filter.from().ifPresent(f -> query.setParameter("from", f));
            filter.until().ifPresent(u -> query.setParameter("until", u));
            return query.setMaxResults(filter.limit()).getResultStream().map(AuditEventEntity::toEvent).toList();
        });
    }

    @Override
    public Optional<ChainHead> head(String site) {
        return tx.withSession(session -> session.createNativeQuery(
                        "SELECT sequence, hash FROM audit_head WHERE site = :site", Object[].class)
                .setParameter("site", site)
                .getResultStream()
                .findFirst()
                .map(row -> new ChainHead(((Number) row[0]).longValue(), (String) row[1])));
    }

    private static String truncate(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max);
    }
}
