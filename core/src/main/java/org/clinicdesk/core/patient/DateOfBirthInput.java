package org.clinicdesk.core.patient;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.ValidationException;

/**
 * Reads what the desk typed for a date of birth: a date in the clinic's order, ISO, or an age. Every refusal says
 * what was wrong with the text (a two-digit year, 31 April, 29 February of a common year, a future date) rather than
 * only "invalid".
 */
final class DateOfBirthInput {
    private static final String FIELD = "dob";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d+)");
    private static final Pattern AGE = Pattern.compile(
            "([-+]?\\d{1,6})\\s*(y|yr|yrs|years?|m|mo|mos|months?|w|wk|wks|weeks?|d|days?)\\.?",
            Pattern.CASE_INSENSITIVE);

    private DateOfBirthInput() {
    }

    static DateOfBirth read(String text, DateOrder order, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw refused("is missing: " + hint(order));
        }
        String typed = text.strip();
        Matcher iso = ISO.matcher(typed);
        if (iso.matches()) {
            return exact(typed, order, today, number(iso.group(1)), number(iso.group(2)), number(iso.group(3)));
        }
        Matcher numeric = NUMERIC.matcher(typed);
        if (numeric.matches()) {
            return numeric(typed, numeric, order, today);
        }
        Matcher age = AGE.matcher(typed);
        if (age.matches()) {
            return AgeUnit.of(age.group(2)).estimate(typed, Integer.parseInt(age.group(1)), today);
        }
        throw refused("'" + typed + "' is not a date or an age: " + hint(order));
    }

    private static DateOfBirth numeric(String typed, Matcher m, DateOrder order, LocalDate today) {
        String yearText = m.group(4);
        if (yearText.length() == 2) {
            throw refused("'" + typed + "' has a two-digit year, which could be 19" + yearText + " or 20" + yearText
                    + ": type all four digits (" + order.pattern() + ")");
        }
        if (yearText.length() != 4) {
            throw refused("'" + typed + "' is not a date: the year needs four digits (" + order.pattern() + ")");
        }
        int first = number(m.group(1));
        int second = number(m.group(3));
        int day = order == DateOrder.DAY_FIRST ? first : second;
        int month = order == DateOrder.DAY_FIRST ? second : first;
        return exact(typed, order, today, number(yearText), month, day);
    }

    private static DateOfBirth exact(String typed, DateOrder order, LocalDate today, int year, int month, int day) {
        if (month < 1 || month > 12) {
            throw refused("'" + typed + "' has no month " + month + " (" + order.pattern() + ")");
        }
        if (day < 1) {
            throw refused("'" + typed + "' has no day 0");
        }
        Month m = Month.of(month);
        int length = m.length(Year.isLeap(year));
        if (day > length) {
            String monthName = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            throw refused(m == Month.FEBRUARY && day == 29
                    ? "'" + typed + "': " + year + " is not a leap year, so February has 28 days"
                    : "'" + typed + "': " + monthName + " has only " + length + " days");
        }
        LocalDate date = LocalDate.of(year, month, day);
        if (date.isAfter(today)) {
            throw refused("'" + typed + "' is in the future");
        }
        return DateOfBirth.exact(date, today);
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    private static String hint(DateOrder order) {
        return "type " + order.pattern() + ", YYYY-MM-DD or an age such as 35 y, 8 m, 3 w or 10 d";
    }

    static ValidationException refused(String reason) {
        return new ValidationException(FIELD, reason);
    }

    /** The units an age may be given in, with the estimate each gives. */
    private enum AgeUnit {
        YEARS("under a year: give the age in months, weeks or days (8 m, 3 w, 10 d)"),
        MONTHS("under a month: give the age in weeks or days (3 w, 10 d)"),
        WEEKS("under a week: give the age in days (0 d for a baby born today)"),
        DAYS("");

        private final String whenZero;

        AgeUnit(String whenZero) {
            this.whenZero = whenZero;
        }

        static AgeUnit of(String unit) {
            switch (Character.toLowerCase(unit.charAt(0))) {
                case 'y':
                    return YEARS;
                case 'm':
                    return MONTHS;
                case 'w':
                    return WEEKS;
                default:
                    return DAYS;
            }
        }

        DateOfBirth estimate(String typed, int amount, LocalDate today) {
            if (amount < 0) {
                throw refused("'" + typed + "': an age cannot be negative");
            }
            if (amount == 0 && this != DAYS) {
                throw refused("'" + typed + "' is " + whenZero);
            }
            if (this == YEARS) {
                if (amount > DateOfBirth.OLDEST_YEARS) {
                    throw overOldest(typed);
                }
                return DateOfBirth.fromAge(amount, today);
            }
            LocalDate date = switch (this) {
                case MONTHS -> today.minusMonths(amount);
                case WEEKS -> today.minusWeeks(amount);
                default -> today.minusDays(amount);
            };
            if (date.isBefore(today.minusYears(DateOfBirth.OLDEST_YEARS))) {
                throw overOldest(typed);
            }
            return new DateOfBirth(date, true);
        }

        private static ValidationException overOldest(String typed) {
            return refused("'" + typed + "' is over " + DateOfBirth.OLDEST_YEARS + " years");
        }
    }
}
