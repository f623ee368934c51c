package org.clinicdesk.core.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.clinicdesk.core.common.DateOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A date of birth prints in the clinic's order, and an estimate never looks like a birthday. */
class DateOfBirthFormatTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @ParameterizedTest(name = "{0}: {1} (estimated {2}) prints as {3}")
    @CsvSource(delimiter = '|', textBlock = """
            DAY_FIRST   | 1985-08-14 | false | 14/08/1985
            MONTH_FIRST | 1985-08-14 | false | 08/14/1985
            DAY_FIRST   | 2024-02-29 | false | 29/02/2024
            DAY_FIRST   | 1990-07-01 | true  | ~1990 (estimated)
            MONTH_FIRST | 1990-07-01 | true  | ~1990 (estimated)
            DAY_FIRST   | 2025-07-10 | true  | ~10/07/2025 (estimated)
            MONTH_FIRST | 2025-07-10 | true  | ~07/10/2025 (estimated)
            """)
    void printsInTheClinicsOrder(DateOrder order, LocalDate date, boolean estimated, String printed) {
        assertThat(DateOfBirthFormat.of(order).format(new DateOfBirth(date, estimated), TODAY)).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0}: ''{1}'' reads back as it prints")
    @CsvSource({"DAY_FIRST, 14/08/1985", "MONTH_FIRST, 08/14/1985", "DAY_FIRST, 01/02/2003"})
    void whatIsPrintedReadsBackTheSame(DateOrder order, String printed) {
        DateOfBirth dob = DateOfBirth.parse(printed, order, TODAY);

        assertThat(DateOfBirthFormat.of(order).format(dob, TODAY)).isEqualTo(printed);
    }
}
