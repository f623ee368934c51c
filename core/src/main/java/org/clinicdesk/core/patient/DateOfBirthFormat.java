package org.clinicdesk.core.patient;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.clinicdesk.core.common.DateOrder;

/**
 * Prints a date of birth the one way the whole program shows it, in the clinic's date order: {@code 14/08/1985}
 * (day first) or {@code 08/14/1985} (month first). An estimate is never printed as if it were a birthday: it reads
 * {@code ~1985 (estimated)}, or for a child under two, whose month matters, {@code ~14/12/2025 (estimated)}.
 * Machine-readable output (JSON, FHIR) keeps ISO dates and does not use this.
 */
public final class DateOfBirthFormat {
    private static final int YEARS_SHOWN_AS_YEAR = 2;

    private final DateTimeFormatter dates;

    private DateOfBirthFormat(DateOrder order) {
        this.dates = DateTimeFormatter.ofPattern(order == DateOrder.DAY_FIRST ? "dd/MM/uuuu" : "MM/dd/uuuu");
    }

    public static DateOfBirthFormat of(DateOrder order) {
        return new DateOfBirthFormat(Objects.requireNonNull(order, "order"));
    }

    /** A calendar date in the clinic's order: {@code 14/08/1985}. */
    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** The date of birth as people read it, an estimate marked as one (see the class comment). */
    public String format(DateOfBirth dob, LocalDate today) {
        if (!dob.estimated()) {
            return date(dob.date());
        }
        String approximate = dob.ageOn(today) >= YEARS_SHOWN_AS_YEAR ? String.valueOf(dob.date().getYear())
                : date(dob.date());
        return "~" + approximate + " (estimated)";
    }
}
