package org.clinicdesk.core.queue;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;

/**
 * The number a patient holds in the waiting room, e.g. {@code A-014}: the issuing desk's code and a serial that
 * restarts every day. Unique per desk per day, so desks issuing offline never collide.
 */
public record Token(SiteCode desk, int number) {
    private static final Pattern FORMAT = Pattern.compile("([A-Z][A-Z0-9]{0,3})-(\\d{1,5})");

    public Token {
        if (number < 1 || number > 99_999) {
            throw new ValidationException("token", CoreMessages.text("queue.token.range", String.valueOf(number)));
        }
    }

    public String value() {
        return desk.value() + "-" + String.format("%03d", number);
    }

    public static Token parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("token", CoreMessages.text("common.missing"));
        }
        Matcher m = FORMAT.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ValidationException("token", CoreMessages.text("queue.token.format", text));
        }
        return new Token(new SiteCode(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public String toString() {
        return value();
    }
}
