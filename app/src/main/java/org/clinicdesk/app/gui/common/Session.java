package org.clinicdesk.app.gui.common;

import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.Actor;

/** Who is signed in at this desktop, on which store and site. */
public record Session(Workstore store, SiteSettings site, Actor actor) {
    public ClinicServices services() {
        return store.services();
    }
}
