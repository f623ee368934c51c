package org.clinicdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.testing.Gen;
import org.clinicdesk.core.testing.SeededProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractionPropertyTest {
    private static final FactExtractor DAY_FIRST = new FactExtractor(DateOrder.DAY_FIRST);
    private static final FactExtractor MONTH_FIRST = new FactExtractor(DateOrder.MONTH_FIRST);
    private static final LocalDate FIRST = LocalDate.of(1950, 1, 1);

    @SeededProperty(tries = 300)
    void numericDateIsReadInTheClinicOrderAndFlaggedExactlyWhenSwappable(Gen gen) {
        readsBack(FIRST.plusDays(gen.ints(0, 54_000)), gen.bool());
    }

    @ParameterizedTest(name = "{0}, day first {1}")
    @CsvSource({"1950-01-01,true", "1950-01-01,false", "2097-11-05,true", "2097-11-05,false", "2000-02-29,true",
            "2024-02-29,false", "2023-12-31,true", "2023-12-12,false", "2023-12-13,true", "2023-11-12,false",
            "2023-12-11,true", "2023-01-13,false"})
    void numericDateAtTheEdgesIsReadTheSameWay(LocalDate date, boolean dayFirstClinic) {
        assertThat(ChronoUnit.DAYS.between(FIRST, date)).isBetween(0L, 54_000L);
        readsBack(date, dayFirstClinic);
    }

    private static void readsBack(LocalDate date, boolean dayFirstClinic) {
        String printed = dayFirstClinic
                ? String.format(Locale.ROOT, "%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear())
                : String.format(Locale.ROOT, "%02d/%02d/%d", date.getMonthValue(), date.getDayOfMonth(), date.getYear());
        List<ClinicalFact> facts = (dayFirstClinic ? DAY_FIRST : MONTH_FIRST).extract("Date: " + printed);

        assertThat(facts).as(printed).hasSize(1);
        DateFact fact = (DateFact) facts.get(0);
        assertThat(fact.date()).as(printed).isEqualTo(date);
        boolean swappable = date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue();
        assertThat(fact.dayMonthAmbiguous()).as("%s swappable", printed).isEqualTo(swappable);
        assertThat(fact.span().text()).isEqualTo(printed);
    }
}
