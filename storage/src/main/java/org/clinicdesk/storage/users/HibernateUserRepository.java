package org.clinicdesk.storage.users;

import java.util.List;
import java.util.Optional;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.users.User;
import org.clinicdesk.core.users.UserRepository;
import org.clinicdesk.storage.db.HibernateUnitOfWork;

/** Users in {@code app_user}; look-ups by id and by user name are served from the second-level cache. */
public final class HibernateUserRepository implements UserRepository {
    public static final List<Class<?>> ENTITIES = List.of(UserEntity.class, SignInLockoutEntity.class);
    private final HibernateUnitOfWork tx;

    public HibernateUserRepository(HibernateUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public void save(User user) {
        tx.withSession(session -> {
            UserEntity entity = session.get(UserEntity.class, user.id());
            if (entity == null) {
                entity = new UserEntity(user.id(), user.username());
                entity.copyFrom(user);
                session.persist(entity);
            } else if (!entity.toUser().username().equals(user.username())) {
                throw new ValidationException("username", "a user's name cannot change (" + entity.toUser().username()
                        + " -> " + user.username() + ")");
            } else {
                entity.copyFrom(user);
            }
            return null;
        });
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return tx.withSession(session -> session.bySimpleNaturalId(UserEntity.class).loadOptional(username)
                .filter(e -> !e.isDeleted())
                .map(UserEntity::toUser));
    }

    @Override
    public List<User> all() {
        return tx.withSession(session -> session.createSelectionQuery(
                        "from UserEntity where deleted = false order by username", UserEntity.class)
                .getResultList().stream().map(UserEntity::toUser).toList());
    }

    @Override
    public long count() {
        return tx.withSession(session -> session.createSelectionQuery(
                "select count(*) from UserEntity where deleted = false", Long.class).getSingleResult());
    }
}
