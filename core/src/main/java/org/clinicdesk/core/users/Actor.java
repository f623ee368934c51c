package org.clinicdesk.core.users;

import java.util.Objects;
import java.util.UUID;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.common.SiteCode;

/** The signed-in user on behalf of whom a use case runs, and the desktop they sit at. */
public record Actor(UUID userId, String username, Role role, SiteCode site) {
    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(site, "site");
    }

    /** Refuses the use case unless the role allows it; every use case calls this first. */
    public void require(Permission permission) {
        if (!role.may(permission)) {
            throw new PermissionDeniedException(CoreMessages.text("users.permissionDenied",
                    role.label().toLowerCase(java.util.Locale.ROOT), permission.description(), username));
        }
    }

    public boolean may(Permission permission) {
        return role.may(permission);
    }
}
