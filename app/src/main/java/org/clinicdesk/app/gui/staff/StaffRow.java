package org.clinicdesk.app.gui.staff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.core.users.StaffMember;
import org.clinicdesk.core.users.User;

/** One line of the staff table: a user, their state and any lock on this desk, as the administrator reads it. */
public record StaffRow(String username, String displayName, String role, boolean active, boolean mustChangePassword,
                       Optional<Instant> lockedHereUntil) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    static StaffRow of(StaffMember member) {
        User u = member.user();
        return new StaffRow(u.username(), u.displayName(), u.role().label(), u.active(), u.mustChangePassword(),
                member.lockedHereUntil());
    }

    public String stateText() {
        return Messages.get(active ? "staff.active" : "staff.disabled");
    }

    public String mustChangeText() {
        return mustChangePassword ? Messages.get("staff.mustChange") : "";
    }

    public String lockText() {
        return lockedHereUntil.map(t -> Messages.get("staff.lockedUntil", TIME.format(t))).orElse("");
    }

    public boolean lockedHere() {
        return lockedHereUntil.isPresent();
    }
}
