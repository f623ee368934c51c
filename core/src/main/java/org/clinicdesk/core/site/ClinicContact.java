package org.clinicdesk.core.site;

import java.util.Map;
import java.util.Optional;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/**
 * How the clinic is reached, as printed under its name on prescriptions, cards and token slips: its postal address
 * and its phone number(s). Either may be blank until an administrator sets it; both travel by sync as clinic settings.
 */
public record ClinicContact(String address, String phone) {
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_PHONE = 60;
    public static final ClinicContact NONE = new ClinicContact("", "");

    public ClinicContact {
        address = address == null ? "" : address.strip();
        phone = phone == null ? "" : phone.strip();
    }

    /** Reads the stored settings; a value that no longer passes its check is left out. */
    public static ClinicContact from(Map<String, String> stored) {
        String address = Optional.ofNullable(stored.get(ClinicSetting.CLINIC_ADDRESS.key()))
                .filter(a -> !a.isBlank() && a.strip().length() <= MAX_ADDRESS).orElse("");
        String phone = Optional.ofNullable(stored.get(ClinicSetting.CLINIC_PHONE.key()))
                .filter(p -> !p.isBlank() && p.strip().matches(PHONE)).orElse("");
        return new ClinicContact(address, phone);
    }

    private static final String PHONE = "[0-9+()/,. -]{3," + MAX_PHONE + "}";

    /** The address as typed: up to {@value #MAX_ADDRESS} characters, lines kept (joined by ", " where printed in one). */
    public static String parseAddress(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new ValidationException("address", CoreMessages.text("clinic.address.missing"));
        }
        if (t.length() > MAX_ADDRESS) {
            throw new ValidationException("address", CoreMessages.text("clinic.address.tooLong", MAX_ADDRESS));
        }
        return t;
    }

    /** One or more numbers as the clinic writes them ("080 2345 6789, +91 98450 12345"): digits, spaces, + ( ) - / , . */
    public static String parsePhone(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches(PHONE) || t.chars().filter(Character::isDigit).count() < 3) {
            throw new ValidationException("phone", CoreMessages.text("clinic.phone.format", text == null ? "" : text,
                    MAX_PHONE));
        }
        return t;
    }

    /** The address on one line, for the narrow headers of a card or slip. */
    public String addressOnOneLine() {
        return String.join(", ", address.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }
}
