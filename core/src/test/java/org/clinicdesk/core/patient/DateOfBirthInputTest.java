package org.clinicdesk.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the desk may type for a date of birth, in both date orders, and why the rest is refused. */
class DateOfBirthInputTest {
    /** Before 1 July, so an age in years must not land on this year's mid-year. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @ParameterizedTest(name = "{0}: ''{1}'' is {2} (estimated: {3})")
    @CsvSource(delimiter = '|', textBlock = """
            DAY_FIRST   | 14/08/1985     | 1985-08-14 | false
            DAY_FIRST   | 14-08-1985     | 1985-08-14 | false
            DAY_FIRST   | 14.08.1985     | 1985-08-14 | false
            DAY_FIRST   | '  14/08/1985 '| 1985-08-14 | false
            DAY_FIRST   | 1/2/1990       | 1990-02-01 | false
            DAY_FIRST   | 03/04/2020     | 2020-04-03 | false
            DAY_FIRST   | 1985-08-14     | 1985-08-14 | false
            DAY_FIRST   | 29/02/2024     | 2024-02-29 | false
            DAY_FIRST   | 10/03/2026     | 2026-03-10 | false
            MONTH_FIRST | 08/14/1985     | 1985-08-14 | false
            MONTH_FIRST | 08-14-1985     | 1985-08-14 | false
            MONTH_FIRST | 08.14.1985     | 1985-08-14 | false
            MONTH_FIRST | 03/04/2020     | 2020-03-04 | false
            MONTH_FIRST | 1985-08-14     | 1985-08-14 | false
            MONTH_FIRST | 02/29/2024     | 2024-02-29 | false
            DAY_FIRST   | 35 y           | 1990-07-01 | true
            DAY_FIRST   | 35y            | 1990-07-01 | true
            MONTH_FIRST | 35 years       | 1990-07-01 | true
            MONTH_FIRST | 35 Y           | 1990-07-01 | true
            DAY_FIRST   | 1 year         | 2024-07-01 | true
            DAY_FIRST   | 8 m            | 2025-07-10 | true
            MONTH_FIRST | 8 months       | 2025-07-10 | true
            DAY_FIRST   | 3 w            | 2026-02-17 | true
            DAY_FIRST   | 10 d           | 2026-02-28 | true
            MONTH_FIRST | 0 d            | 2026-03-10 | true
            DAY_FIRST   | 130 y          | 1895-07-01 | true
            MONTH_FIRST | 130 y          | 1895-07-01 | true
            """)
    void accepted(DateOrder order, String typed, LocalDate expected, boolean estimated) {
        DateOfBirth dob = DateOfBirth.parse(typed, order, TODAY);

        assertThat(dob.date()).isEqualTo(expected);
        assertThat(dob.estimated()).isEqualTo(estimated);
    }

    @ParameterizedTest(name = "{0}: ''{1}'' is refused: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DAY_FIRST   | 29/02/2023  | 2023 is not a leap year
            MONTH_FIRST | 02/29/2023  | 2023 is not a leap year
            DAY_FIRST   | 2023-02-29  | 2023 is not a leap year
            DAY_FIRST   | 31/04/1985  | April has only 30 days
            MONTH_FIRST | 04/31/1985  | April has only 30 days
            DAY_FIRST   | 30/02/1985  | February has only 28 days
            DAY_FIRST   | 14/13/1985  | has no month 13 (DD/MM/YYYY)
            MONTH_FIRST | 13/14/1985  | has no month 13 (MM/DD/YYYY)
            DAY_FIRST   | 08/14/1985  | has no month 14
            MONTH_FIRST | 14/08/1985  | has no month 14
            DAY_FIRST   | 00/08/1985  | has no day 0
            MONTH_FIRST | 08/00/1985  | has no day 0
            DAY_FIRST   | 14/08/85    | two-digit year, which could be 1985 or 2085
            MONTH_FIRST | 08/14/85    | two-digit year, which could be 1985 or 2085
            DAY_FIRST   | 14/08/198   | the year needs four digits
            DAY_FIRST   | 11/03/2026  | is in the future
            MONTH_FIRST | 03/11/2026  | is in the future
            DAY_FIRST   | 2030-01-01  | is in the future
            DAY_FIRST   | 131 y       | is over 130 years
            MONTH_FIRST | 131 years   | is over 130 years
            DAY_FIRST   | 1600 m      | is over 130 years
            DAY_FIRST   | -3 y        | an age cannot be negative
            DAY_FIRST   | 0 y         | is under a year: give the age in months, weeks or days
            DAY_FIRST   | 0 m         | is under a month
            DAY_FIRST   | 0 w         | is under a week
            DAY_FIRST   | ''          | is missing: type DD/MM/YYYY, YYYY-MM-DD or an age
            MONTH_FIRST | '   '       | is missing: type MM/DD/YYYY, YYYY-MM-DD or an age
            DAY_FIRST   | soon        | 'soon' is not a date or an age
            DAY_FIRST   | 14/08       | is not a date or an age
            DAY_FIRST   | 35 yrs old  | is not a date or an age
            DAY_FIRST   | 14/08-1985  | is not a date or an age
            """)
    void refused(DateOrder order, String typed, String reason) {
        assertThatThrownBy(() -> DateOfBirth.parse(typed, order, TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("dob");
                    assertThat(e.reason()).contains(reason);
                });
    }

    @ParameterizedTest(name = "{0} is refused as missing")
    @org.junit.jupiter.params.provider.NullSource
    void nothingTypedIsMissing(String typed) {
        assertThatThrownBy(() -> DateOfBirth.parse(typed, DateOrder.DAY_FIRST, TODAY))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("dob: is missing");
    }

    @ParameterizedTest(name = "{0} years on {1}")
    @CsvSource({"35, 2026-03-10", "35, 2026-07-01", "35, 2026-12-31", "1, 2026-01-01", "130, 2026-06-30"})
    void anAgeInYearsIsThatAgeToday(int years, LocalDate today) {
        DateOfBirth dob = DateOfBirth.parse(years + " y", DateOrder.DAY_FIRST, today);

        assertThat(dob.ageOn(today)).isEqualTo(years);
        assertThat(dob.date().getDayOfMonth()).isEqualTo(1);
        assertThat(dob.date().getMonthValue()).isEqualTo(7);
    }
}
