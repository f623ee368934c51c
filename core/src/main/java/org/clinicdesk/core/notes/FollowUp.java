package org.clinicdesk.core.notes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/**
 * The follow-up day a note asks for, typed as a date (2026-12-07) or as a span from today as doctors write it on a
 * slip: 3d, 1w, 2w, 1m. A day in the past is refused: the booking would land on a list nobody will see again.
 */
public final class FollowUp {
    private static final Pattern SPAN = Pattern.compile("(\\d{1,3})\\s*([dwm])");

    private FollowUp() {
    }

    public static LocalDate parse(String typed, LocalDate today) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            throw new ValidationException("follow-up", CoreMessages.text("followUp.missing"));
        }
        Matcher span = SPAN.matcher(text);
        LocalDate day;
        if (span.matches()) {
            int n = Integer.parseInt(span.group(1));
            day = switch (span.group(2)) {
                case "d" -> today.plusDays(n);
                case "w" -> today.plusWeeks(n);
                default -> today.plusMonths(n);
            };
        } else {
            try {
                day = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new ValidationException("follow-up", CoreMessages.text("followUp.unreadable", typed.strip()));
            }
        }
        return requireNotPast(day, today);
    }

    /** The day itself, if it is today or later. */
    public static LocalDate requireNotPast(LocalDate day, LocalDate today) {
        if (day.isBefore(today)) {
            throw new ValidationException("follow-up", CoreMessages.text("followUp.past", day.toString()));
        }
        return day;
    }
}
