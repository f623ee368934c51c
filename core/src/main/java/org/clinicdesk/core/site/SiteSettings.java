package org.clinicdesk.core.site;

import java.util.Objects;
import java.util.UUID;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;

/** This desktop's identity: its site code, the clinic it belongs to, and that clinic's id (shared by its desktops). */
public record SiteSettings(SiteCode site, String clinicName, UUID clinicId) {
    public SiteSettings {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(clinicId, "clinicId");
        if (clinicName == null || clinicName.isBlank()) {
            throw new ValidationException("clinic", CoreMessages.text("site.clinicsNameMissing"));
        }
        clinicName = clinicName.strip();
        if (clinicName.length() > 120) {
            throw new ValidationException("clinic", CoreMessages.text("site.clinicsNameLonger"));
        }
    }
}
