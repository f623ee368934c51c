package org.clinicdesk.core.site;

import java.util.Locale;
import java.util.Optional;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.common.DateOrder;

/**
 * The names under which clinic settings are stored, and how each value is checked. A token prefix is stored once per
 * desk, under {@code token.prefix.<SITE>}.
 */
public enum ClinicSetting {
    CLINIC_NAME("clinic.name"),
    DATE_ORDER("date.order"),
    IDLE_LOCK_MINUTES("idle.lock.minutes"),
    PHONE_REGION("phone.region"),
    TOKEN_PREFIX("token.prefix"),
    CLINIC_ADDRESS("clinic.address"),
    CLINIC_PHONE("clinic.phone"),
    /** The clinic's own interactions CSV (see {@code FlagService#importInteractions}), the same on every desk. */
    CLINIC_INTERACTIONS("clinic.interactions");

    /** Doctors' printed details are stored as {@code doctor.<user id>.<part>} (see {@link DoctorDetails}). */
    public static final String DOCTOR_PREFIX = "doctor.";

    public static final int MIN_IDLE_MINUTES = 1;
    public static final int MAX_IDLE_MINUTES = 60;
    private final String key;

    ClinicSetting(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The stored name of a user's language, which follows them to every desk of the clinic. */
    public static String languageKey(String username) {
        return "user." + username + ".language";
    }

    /** A language tag as the desks know them ("en", "hi"): two or three lowercase letters. */
    public static String parseLanguage(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (!t.matches("[a-z]{2,3}")) {
            throw new ValidationException("language", CoreMessages.text("site.notLanguage", text));
        }
        return t;
    }

    /** The stored name of a desk's token prefix. */
    public static String tokenPrefixKey(SiteCode desk) {
        return TOKEN_PREFIX.key + "." + desk.value();
    }

    static Optional<SiteCode> tokenPrefixSite(String key) {
        return key.startsWith(TOKEN_PREFIX.key + ".") ? siteCode(key.substring(TOKEN_PREFIX.key.length() + 1))
                : Optional.empty();
    }

    static Optional<DateOrder> dateOrder(String value) {
        try {
            return Optional.of(parseDateOrder(value));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** A region code libphonenumber knows ({@code IN}, {@code NP}, ...): where numbers without a country code are. */
    public static String parsePhoneRegion(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (!com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance().getSupportedRegions().contains(t)) {
            throw new ValidationException("phone-region", CoreMessages.text("site.notCountryCode", text));
        }
        return t;
    }

    static Optional<String> phoneRegion(String value) {
        try {
            return Optional.of(parsePhoneRegion(value));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    static Optional<Integer> idleMinutes(String value) {
        try {
            return Optional.of(parseIdleMinutes(value));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    static Optional<SiteCode> siteCode(String value) {
        try {
            return Optional.of(SiteCode.of(value));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** {@code day-first}/{@code DMY} or {@code month-first}/{@code MDY} (and the enum's own names). */
    public static DateOrder parseDateOrder(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return switch (t) {
            case "DAY_FIRST", "DMY", "DD/MM/YYYY" -> DateOrder.DAY_FIRST;
            case "MONTH_FIRST", "MDY", "MM/DD/YYYY" -> DateOrder.MONTH_FIRST;
            default -> throw new ValidationException("date-order", CoreMessages.text("site.notDateOrder", text));
        };
    }

    public static int parseIdleMinutes(String text) {
        try {
            int minutes = Integer.parseInt(text == null ? "" : text.trim());
            if (minutes >= MIN_IDLE_MINUTES && minutes <= MAX_IDLE_MINUTES) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // refused below with the range
        }
        throw new ValidationException("idle-minutes", CoreMessages.text("site.notWholeNumber",
                text, String.valueOf(MIN_IDLE_MINUTES), String.valueOf(MAX_IDLE_MINUTES)));
    }
}
