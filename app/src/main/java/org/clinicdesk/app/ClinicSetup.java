package org.clinicdesk.app;

import org.clinicdesk.core.site.ClinicSetting;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.User;

/**
 * Creating a clinic on an empty store: the site and the first administrator are recorded in one transaction, so a
 * refused administrator (a bad name, a short password) leaves no half-made clinic behind. The command line's
 * {@code init}, the window's first start and {@code --demo} all go through here.
 */
public final class ClinicSetup {
    private ClinicSetup() {
    }

    public static User createClinic(ClinicServices services, SiteSettings settings, String adminName, char[] password) {
        return services.store().context().tx().inTransaction(() -> {
            services.store().initialise(settings);
            // The name travels to every desk that joins, as a clinic setting.
            services.store().clinicSettings().put(ClinicSetting.CLINIC_NAME.key(), settings.clinicName());
            return services.users().addFirstAdmin(adminName, password, settings.site());
        });
    }
}
