package org.clinicdesk.core.patient;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.clinicdesk.core.common.ValidationException;

/**
 * A date of birth, or an estimate from an age given at the desk; the estimate is marked so that nobody mistakes
 * 1 July for a real birthday and so the chart can say "about 45 years".
 */
public record DateOfBirth(LocalDate date, boolean estimated) {
    private static final int OLDEST_YEARS = 130;

    public static DateOfBirth parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("dob", "is missing (YYYY-MM-DD)");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException("dob", "'" + text + "' is not a date (YYYY-MM-DD)");
        }
        return exact(date, today);
    }

    public static DateOfBirth exact(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new ValidationException("dob", date + " is in the future");
        }
        if (date.isBefore(today.minusYears(OLDEST_YEARS))) {
            throw new ValidationException("dob", date + " is more than " + OLDEST_YEARS + " years ago");
        }
        return new DateOfBirth(date, false);
    }

    /** An estimate from an age in whole years: mid-year of the likely birth year. */
    public static DateOfBirth fromAge(int years, LocalDate today) {
        if (years < 0 || years > OLDEST_YEARS) {
            throw new ValidationException("age", years + " is not an age between 0 and " + OLDEST_YEARS);
        }
        return new DateOfBirth(LocalDate.of(today.getYear() - years, 7, 1).isAfter(today)
                ? LocalDate.of(today.getYear() - years - 1, 7, 1) : LocalDate.of(today.getYear() - years, 7, 1), true);
    }

    public int ageOn(LocalDate day) {
        return Period.between(date, day).getYears();
    }

    /** Age as shown on the board: "34 y", "about 45 y", "8 m" for infants. */
    public String ageLabel(LocalDate day) {
        Period p = Period.between(date, day);
        String label = p.getYears() >= 2 ? p.getYears() + " y" : (p.getYears() * 12 + p.getMonths()) + " m";
        return estimated ? "about " + label : label;
    }
}
