package org.clinicdesk.core.site;

import java.util.Map;
import java.util.Optional;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.DateOrder;

/**
 * The settings every desk of a clinic shares (they travel by sync): the clinic's name, the order in which it writes
 * dates, how long an idle screen stays open, each desk's queue token prefix, and the region of phone numbers typed
 * without a country code. A setting nobody has made yet has
 * its default: the name given at init, day first, 5 minutes, the desk's own site code, India.
 */
public record ClinicSettings(String clinicName, DateOrder dateOrder, int idleLockMinutes,
                             Map<SiteCode, SiteCode> tokenPrefixes, String phoneRegion) {
    public static final int DEFAULT_IDLE_MINUTES = 5;

    public ClinicSettings {
        tokenPrefixes = Map.copyOf(tokenPrefixes);
    }

    /** The prefix of the tokens that {@code desk} issues, e.g. {@code R} for {@code R-014}. */
    public SiteCode tokenPrefix(SiteCode desk) {
        return tokenPrefixes.getOrDefault(desk, desk);
    }

    /** Reads the stored name/value pairs over the defaults; a stored value that no longer parses keeps the default. */
    public static ClinicSettings from(Map<String, String> stored, String nameAtInit) {
        String name = Optional.ofNullable(stored.get(ClinicSetting.CLINIC_NAME.key())).filter(n -> !n.isBlank())
                .orElse(nameAtInit);
        DateOrder order = Optional.ofNullable(stored.get(ClinicSetting.DATE_ORDER.key()))
                .flatMap(ClinicSetting::dateOrder).orElse(DateOrder.DAY_FIRST);
        int idle = Optional.ofNullable(stored.get(ClinicSetting.IDLE_LOCK_MINUTES.key()))
                .flatMap(ClinicSetting::idleMinutes).orElse(DEFAULT_IDLE_MINUTES);
        Map<SiteCode, SiteCode> prefixes = new java.util.HashMap<>();
        stored.forEach((key, value) -> ClinicSetting.tokenPrefixSite(key).ifPresent(site ->
                ClinicSetting.siteCode(value).ifPresent(prefix -> prefixes.put(site, prefix))));
        String region = Optional.ofNullable(stored.get(ClinicSetting.PHONE_REGION.key()))
                .flatMap(ClinicSetting::phoneRegion).orElse(org.clinicdesk.core.patient.PhoneNumber.DEFAULT_REGION);
        return new ClinicSettings(name, order, idle, prefixes, region);
    }
}
