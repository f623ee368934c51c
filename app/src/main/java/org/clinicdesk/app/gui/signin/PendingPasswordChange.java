package org.clinicdesk.app.gui.signin;

import java.util.Arrays;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.core.site.SiteSettings;

/**
 * A sign-in that stopped at a password an administrator reset: who, where, and the temporary password they typed
 * (kept only until the change is made or abandoned, so they need not type it twice).
 */
public record PendingPasswordChange(Workstore store, SiteSettings site, String username, char[] temporaryPassword) {

    void forget() {
        Arrays.fill(temporaryPassword, ' ');
    }
}
