package org.clinicdesk.core.flags;

import java.util.Optional;
import org.clinicdesk.core.site.ClinicSetting;
import org.clinicdesk.core.site.ClinicSettingsRepository;

/**
 * The clinic's interactions CSV kept in the synced clinic settings (issue 12): an import on one desk reaches every
 * desk with the next sync, so all desks of a clinic raise the same flags. Reads come from the settings' memory copy,
 * which sync refreshes.
 */
public final class ClinicKnowledgeSetting implements ClinicKnowledgeStore {
    /** The audit event of an import names the setting row it wrote, so {@code audit verify} can vouch for it. */
    public static final String ENTITY_TYPE = "clinic_setting";
    public static final String KEY = ClinicSetting.CLINIC_INTERACTIONS.key();
    private final ClinicSettingsRepository settings;

    public ClinicKnowledgeSetting(ClinicSettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public Optional<String> interactions() {
        return Optional.ofNullable(settings.all().get(KEY)).filter(csv -> !csv.isBlank());
    }

    @Override
    public void saveInteractions(String csv) {
        settings.put(KEY, csv);
    }
}
