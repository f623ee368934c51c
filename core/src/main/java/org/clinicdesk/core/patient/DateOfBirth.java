package org.clinicdesk.core.patient;

import java.time.LocalDate;
import java.time.Period;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/**
 * A date of birth, or an estimate from an age given at the desk; the estimate is marked so that nobody mistakes
 * 1 July for a real birthday and so the chart can say "about 45 years".
 */
public record DateOfBirth(LocalDate date, boolean estimated) {
    static final int OLDEST_YEARS = 130;

    /**
     * Reads a date of birth as the desk types it: a date in the clinic's order ({@code 14/08/1985}, with {@code /},
     * {@code -} or {@code .}), ISO {@code 1985-08-14}, or an age ({@code 35 y}, {@code 8 m}, {@code 3 w},
     * {@code 10 d}), which gives an estimate. Refusals name the field {@code dob} and the reason.
     */
    public static DateOfBirth parse(String text, DateOrder order, LocalDate today) {
        return DateOfBirthInput.read(text, order, today);
    }

    public static DateOfBirth exact(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new ValidationException("dob", CoreMessages.text("patient.dob.future", date.toString()));
        }
        if (date.isBefore(today.minusYears(OLDEST_YEARS))) {
            throw new ValidationException("dob", CoreMessages.text("patient.dob.tooOld", date.toString(),
                    Integer.toString(OLDEST_YEARS)));
        }
        return new DateOfBirth(date, false);
    }

    /**
     * An estimate from an age in whole years: 1 July, the middle of the year, of the birth year that makes the
     * patient exactly that old today.
     */
    public static DateOfBirth fromAge(int years, LocalDate today) {
        if (years < 0 || years > OLDEST_YEARS) {
            throw new ValidationException("age", CoreMessages.text("patient.age.range", Integer.toString(years),
                    Integer.toString(OLDEST_YEARS)));
        }
        LocalDate midYear = LocalDate.of(today.getYear() - years, 7, 1);
        return new DateOfBirth(midYear.isAfter(today.minusYears(years)) ? midYear.minusYears(1) : midYear, true);
    }

    public int ageOn(LocalDate day) {
        return Period.between(date, day).getYears();
    }

    /** Age as shown on the board: "34 y", "about 45 y", "8 m" for infants. */
    public String ageLabel(LocalDate day) {
        Period p = Period.between(date, day);
        String label = p.getYears() >= 2 ? CoreMessages.text("patient.age.years", Integer.toString(p.getYears()))
                : CoreMessages.text("patient.age.months", Integer.toString(p.getYears() * 12 + p.getMonths()));
        return estimated ? CoreMessages.text("patient.age.about", label) : label;
    }
}
