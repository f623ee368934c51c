package org.clinicdesk.core.site;

import java.util.Map;
import java.util.Set;
import org.clinicdesk.core.common.SiteCode;

/** Port: the clinic's shared settings as stored name/value pairs, and the desks this store has heard of. */
public interface ClinicSettingsRepository {
    /** Every stored setting; cheap enough to call from a screen (adapters keep them in memory). */
    Map<String, String> all();

    /** Writes one setting (creating or replacing its row); runs inside the caller's transaction. */
    void put(String name, String value);

    /** Site codes of every desk whose records this store holds, its own included. */
    Set<SiteCode> knownSites();
}
