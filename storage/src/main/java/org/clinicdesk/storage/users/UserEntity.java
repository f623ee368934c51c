package org.clinicdesk.storage.users;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.users.User;
import org.clinicdesk.storage.db.SignedEntity;
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
class UserEntity extends SyncedEntity implements SignedEntity {
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
    /** This desk's Ed25519 signature of the change (set by the outbox listener); other desks refuse a user without one. */
    @Column(name = "signature", length = 200)
    private String signature;

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

    @Override
    public java.util.Map<String, Object> signedColumns() {
        java.util.Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("id", getId());
        columns.put("version", getVersion());
        columns.put("deleted", isDeleted());
        columns.put("username", username);
        columns.put("display_name", displayName);
        columns.put("role", role);
        columns.put("password_hash", passwordHash);
        columns.put("active", active);
        columns.put("must_change_password", mustChangePassword);
        return columns;
    }
}
