package org.clinicdesk.app.gui.testsupport;

import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.setup.DemoSetup;

/** Signed-in sessions on a test store, as the sign-in screen would make them. */
public final class Sessions {
    private Sessions() {
    }

    public static Session signIn(Workstore store, String user) {
        var site = store.siteSettings().orElseThrow();
        var actor = store.services().users().signIn(user, DemoSetup.PASSWORD.toCharArray(), site.site());
        return new Session(store, site, actor);
    }
}
