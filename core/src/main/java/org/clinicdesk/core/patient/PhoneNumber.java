package org.clinicdesk.core.patient;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/**
 * A phone number in E.164 ({@code +919845012345}), so "+91 98450 12345", "098450 12345" and "9845012345" are one
 * number. A number without a country code is read in the clinic's default region (India unless the clinic says
 * otherwise). Numbers stored by older releases as bare digits are read back as they were.
 */
public record PhoneNumber(String value) {
    /** The region a number without a country code belongs to when the clinic has not said otherwise. */
    public static final String DEFAULT_REGION = "IN";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** Reads a number typed at an Indian desk. */
    public static PhoneNumber parse(String text) {
        return parse(text, DEFAULT_REGION);
    }

    /** Reads a typed number; one without a country code is in {@code region} (ISO 3166 code such as {@code IN}). */
    public static PhoneNumber parse(String text, String region) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("phone", CoreMessages.text("patient.phone.empty"));
        }
        String trimmed = text.trim();
        if (!trimmed.matches("\\+?[0-9 ()\\-.]+")) {
            throw new ValidationException("phone", CoreMessages.text("patient.phone.characters", text));
        }
        String digits = trimmed.replaceAll("[^0-9]", "");
        if (digits.length() < 6 || digits.length() > 15) {
            throw new ValidationException("phone", CoreMessages.text("patient.phone.digits", text));
        }
        return e164(trimmed, region).map(PhoneNumber::new).orElseThrow(() -> new ValidationException("phone",
                CoreMessages.text("patient.phone.region", text, String.valueOf(region))));
    }

    private static Optional<String> e164(String text, String region) {
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(text, region);
            if (!UTIL.isPossibleNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The E.164 digits of a number however it was stored or typed (older stores kept bare national digits), or empty
     * when it is not a number of that region: what duplicate checks compare.
     */
    public static Optional<String> canonicalDigits(String text, String region) {
        if (text == null || text.isBlank() || !text.trim().matches("\\+?[0-9 ()\\-.]+")) {
            return Optional.empty();
        }
        return e164(text.trim(), region).map(e -> e.substring(1));
    }

    /**
     * Other spellings of a searched (part of a) number, so every spelling meets every stored form: "98450" and
     * "098450" typed without the country code also look for "9198450" (stored +9198450...), and "+91 98450" also
     * looks for "98450" (stored by older releases without it). Empty when the text is not digits.
     */
    public static java.util.List<String> searchVariants(String text, String region) {
        String t = text == null ? "" : text.strip();
        int code = UTIL.getCountryCodeForRegion(region);
        if (!t.matches("\\+?[0-9 ()\\-.]+") || code == 0) {
            return java.util.List.of();
        }
        String digits = t.replaceAll("[^0-9]", "");
        if (t.startsWith("+")) {
            String prefix = String.valueOf(code);
            return digits.startsWith(prefix) && digits.length() > prefix.length() + 2
                    ? java.util.List.of(digits.substring(prefix.length())) : java.util.List.of();
        }
        String national = digits.replaceFirst("^0+", "");
        return national.length() < 3 ? java.util.List.of() : java.util.List.of(code + national);
    }

    /** The national part of E.164 digits of {@code region} ("919845012345" gives "9845012345"), if it is one. */
    public static Optional<String> nationalDigits(String e164Digits, String region) {
        String code = String.valueOf(UTIL.getCountryCodeForRegion(region));
        return e164Digits != null && e164Digits.startsWith(code) && e164Digits.length() > code.length()
                ? Optional.of(e164Digits.substring(code.length())) : Optional.empty();
    }

    /** Digits only, for searching and duplicate checks. */
    public String digits() {
        return value.replace("+", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
