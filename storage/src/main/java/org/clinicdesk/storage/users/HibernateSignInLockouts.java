package org.clinicdesk.storage.users;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.users.SignInLockout;
import org.clinicdesk.core.users.SignInLockouts;
import org.clinicdesk.storage.db.HibernateUnitOfWork;

/** This desk's sign-in lockouts in the local-only {@code sign_in_lockout} table (never in the outbox). */
public final class HibernateSignInLockouts implements SignInLockouts {
    private final HibernateUnitOfWork tx;

    public HibernateSignInLockouts(HibernateUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public Optional<SignInLockout> find(UUID userId) {
        return tx.withSession(session -> Optional.ofNullable(session.get(SignInLockoutEntity.class, userId))
                .map(SignInLockoutEntity::toLockout));
    }

    @Override
    public List<SignInLockout> all() {
        return tx.withSession(session -> session.createSelectionQuery("from SignInLockoutEntity", SignInLockoutEntity.class)
                .getResultList().stream().map(SignInLockoutEntity::toLockout).toList());
    }

    @Override
    public void save(SignInLockout lockout) {
        tx.withSession(session -> {
            SignInLockoutEntity entity = session.get(SignInLockoutEntity.class, lockout.userId());
            if (entity == null) {
                entity = new SignInLockoutEntity(lockout.userId());
                entity.copyFrom(lockout);
                session.persist(entity);
            } else {
                entity.copyFrom(lockout);
            }
            return null;
        });
    }

    @Override
    public void clear(UUID userId) {
        tx.withSession(session -> {
            SignInLockoutEntity entity = session.get(SignInLockoutEntity.class, userId);
            if (entity != null) {
                session.remove(entity);
            }
            return null;
        });
    }
}
