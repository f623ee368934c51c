package org.clinicdesk.core.reports;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.ValidationException;

/**
 * The days a report covers: one day (a day sheet) or one calendar month (a month summary), from {@code first} to
 * {@code last} inclusive, in the clinic's calendar.
 */
public record ReportPeriod(Kind kind, LocalDate first, LocalDate last) {
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC_DAY = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

    /** A day sheet or a month summary. */
    public enum Kind { DAY, MONTH }

    public ReportPeriod {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a report period ends before it starts: " + first + " to " + last);
        }
    }

    public static ReportPeriod day(LocalDate day) {
        return new ReportPeriod(Kind.DAY, day, day);
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** The first instant of the period in {@code zone}. */
    public Instant start(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period in {@code zone}. */
    public Instant end(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * Reads a {@code --date}: the clinic's order ({@code DD/MM/YYYY} or {@code MM/DD/YYYY}) or ISO {@code YYYY-MM-DD}.
     * A refusal names the field {@code date} and says what was wrong.
     */
    public static LocalDate parseDay(String text, DateOrder order) {
        String typed = text == null ? "" : text.strip();
        Matcher iso = ISO_DAY.matcher(typed);
        Matcher numeric = NUMERIC_DAY.matcher(typed);
        int year;
        int month;
        int day;
        if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else if (numeric.matches()) {
            int a = Integer.parseInt(numeric.group(1));
            int b = Integer.parseInt(numeric.group(3));
            year = Integer.parseInt(numeric.group(4));
            day = order == DateOrder.DAY_FIRST ? a : b;
            month = order == DateOrder.DAY_FIRST ? b : a;
        } else {
            throw new ValidationException("date", CoreMessages.text("reports.notDateType", typed, order.pattern()));
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new ValidationException("date",
                    CoreMessages.text("reports.notDayCalendar", typed, order.pattern(), e.getMessage()));
        }
    }

    /** Reads a {@code --month}: {@code YYYY-MM}. A refusal names the field {@code month}. */
    public static YearMonth parseMonth(String text) {
        String typed = text == null ? "" : text.strip();
        Matcher m = MONTH.matcher(typed);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return YearMonth.of(Integer.parseInt(m.group(1)), month);
            }
        }
        throw new ValidationException("month", CoreMessages.text("reports.notMonthType", typed));
    }
}
