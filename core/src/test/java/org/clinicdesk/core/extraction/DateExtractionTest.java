package org.clinicdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.clinicdesk.core.common.DateOrder;
import org.junit.jupiter.api.Test;

class DateExtractionTest {

    private static List<DateFact> dates(DateOrder order, String text) {
        return new FactExtractor(order).extract(text).stream().filter(DateFact.class::isInstance)
                .map(DateFact.class::cast).toList();
    }

    @Test
    void swappableDayAndMonthFollowTheClinicSettingAndAreFlagged() {
        DateFact dayFirst = dates(DateOrder.DAY_FIRST, "Date: 03/04/2024").get(0);
        DateFact monthFirst = dates(DateOrder.MONTH_FIRST, "Date: 03/04/2024").get(0);
        assertThat(dayFirst.date()).isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(dayFirst.alternative()).contains(LocalDate.of(2024, 3, 4));
        assertThat(dayFirst.dayMonthAmbiguous()).isTrue();
        assertThat(monthFirst.date()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(monthFirst.alternative()).contains(LocalDate.of(2024, 4, 3));
    }

    @Test
    void dayAbove12IsNotAmbiguous() {
        DateFact d = dates(DateOrder.MONTH_FIRST, "Date: 25/12/2023").get(0);
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 12, 25));
        assertThat(d.dayMonthAmbiguous()).isFalse();
        assertThat(d.confidence()).isLessThan(0.9);
    }

    @Test
    void sameDayAndMonthIsNotAmbiguous() {
        assertThat(dates(DateOrder.DAY_FIRST, "on 05.05.2024").get(0).dayMonthAmbiguous()).isFalse();
    }

    @Test
    void isoAndMonthNameDatesAreUnambiguous() {
        assertThat(dates(DateOrder.DAY_FIRST, "Reported 2024-03-05, admitted 5th Mar 2024, seen March 7, 2024"))
                .extracting(DateFact::date, DateFact::dayMonthAmbiguous)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 5), false),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 5), false),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 7), false));
    }

    @Test
    void roleComesFromTheLabelBeforeTheDate() {
        assertThat(dates(DateOrder.DAY_FIRST, "DOB: 12/08/1961\nDate of admission: 14/02/2024\nDischarge date: 20/02/2024"))
                .extracting(DateFact::role)
                .containsExactly(DateRole.BIRTH, DateRole.ADMISSION, DateRole.DISCHARGE);
    }

    @Test
    void nearestLabelGivesTheRoleWhenTwoDatesShareALine() {
        assertThat(dates(DateOrder.DAY_FIRST, "Date of admission: 14/02/2024  Date of discharge: 20/02/2024"))
                .extracting(DateFact::role).containsExactly(DateRole.ADMISSION, DateRole.DISCHARGE);
    }

    @Test
    void bloodPressureAndDosingScheduleAreNotDates() {
        assertThat(dates(DateOrder.DAY_FIRST, "BP 120/80 Metformin 1-0-1 5/7 Hb 13.0-17.0")).isEmpty();
    }

    @Test
    void impossibleDatesAreNotSuggested() {
        assertThat(dates(DateOrder.DAY_FIRST, "31/02/2024 and 45/13/2024")).isEmpty();
    }
}
