package org.clinicdesk.storage.users;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.users.User;
import org.clinicdesk.storage.db.StoreCaches;
import org.clinicdesk.storage.db.SyncedEntity;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;

/** A row of the synced {@code app_user} table; the sign-in lock lives apart, in {@link SignInLockoutEntity}. */
@Entity
@Table(name = "app_user")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = StoreCaches.USERS)
@NaturalIdCache(region = StoreCaches.USERS_BY_NAME)
class UserEntity extends SyncedEntity {
    @NaturalId
    @Column(name = "username", nullable = false, length = 32)
    private String username;
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;
    @Column(name = "role", nullable = false, length = 20)
    private String role;
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;
    @Column(name = "active", nullable = false)
    private boolean active;
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    protected UserEntity() {
    }

    UserEntity(UUID id, String username) {
        super(id);
        this.username = username;
    }

    void copyFrom(User user) {
        displayName = user.displayName();
        role = user.role().name();
        passwordHash = user.passwordHash();
        active = user.active();
        mustChangePassword = user.mustChangePassword();
    }

    User toUser() {
        return new User(getId(), username, displayName, Role.valueOf(role), passwordHash, active, mustChangePassword);
    }
}
