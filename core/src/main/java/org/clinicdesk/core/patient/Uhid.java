package org.clinicdesk.core.patient;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;

/**
 * Unique health identifier, e.g. {@code A-000123-K}: the issuing site's code, a per-site serial number and a
 * check character (Luhn mod 36 over site and serial) that catches any single mistyped character and most swaps
 * of neighbours. The site prefix keeps identifiers issued offline on different desktops apart.
 */
public record Uhid(SiteCode site, long serial) {
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("([A-Z][A-Z0-9]{0,3})-(\\d{6,9})-([0-9A-Z])");

    public Uhid {
        if (serial < 1 || serial > 999_999_999L) {
            throw new ValidationException("uhid",
                    CoreMessages.text("patient.uhid.serialRange", String.valueOf(serial)));
        }
    }

    public char checkCharacter() {
        return checkCharacterFor(site.value() + serialDigits());
    }

    public String value() {
        return site.value() + "-" + serialDigits() + "-" + checkCharacter();
    }

    /** The serial with at least six digits, as {@code %06d} writes it; without a Formatter: every row a search maps. */
    private String serialDigits() {
        String digits = Long.toString(serial);
        return digits.length() >= 6 ? digits : "000000".substring(digits.length()) + digits;
    }

    /** Parses a typed UHID, accepting lower case and surrounding spaces; refuses a wrong check character. */
    public static Uhid parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("uhid", CoreMessages.text("patient.uhid.missing"));
        }
        Matcher m = FORMAT.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ValidationException("uhid", CoreMessages.text("patient.uhid.format", text));
        }
        Uhid uhid = new Uhid(new SiteCode(m.group(1)), Long.parseLong(m.group(2)));
        if (uhid.checkCharacter() != m.group(3).charAt(0)) {
            throw new ValidationException("uhid", CoreMessages.text("patient.uhid.checkCharacter", text));
        }
        return uhid;
    }

    public static boolean looksLikeUhid(String text) {
        return text != null && FORMAT.matcher(text.trim().toUpperCase(Locale.ROOT)).matches();
    }

    static char checkCharacterFor(String payload) {
        int n = ALPHABET.length();
        int factor = 2;
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int code = ALPHABET.indexOf(payload.charAt(i));
            int addend = factor * code;
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }
        int check = (n - sum % n) % n;
        return ALPHABET.charAt(check);
    }

    @Override
    public String toString() {
        return value();
    }
}
