package org.clinicdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.clinicdesk.core.common.DateOrder;

class DateExtractionPropertyTest {
    private static final FactExtractor DAY_FIRST = new FactExtractor(DateOrder.DAY_FIRST);
    private static final FactExtractor MONTH_FIRST = new FactExtractor(DateOrder.MONTH_FIRST);

    @Property(tries = 300)
    void numericDateIsReadInTheClinicOrderAndFlaggedExactlyWhenSwappable(
            @ForAll @IntRange(min = 0, max = 54000) int daysSince1950, @ForAll boolean dayFirstClinic) {
        LocalDate date = LocalDate.of(1950, 1, 1).plusDays(daysSince1950);
        String printed = dayFirstClinic
                ? String.format(Locale.ROOT, "%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear())
                : String.format(Locale.ROOT, "%02d/%02d/%d", date.getMonthValue(), date.getDayOfMonth(), date.getYear());
        List<ClinicalFact> facts = (dayFirstClinic ? DAY_FIRST : MONTH_FIRST).extract("Date: " + printed);

        assertThat(facts).hasSize(1);
        DateFact fact = (DateFact) facts.get(0);
        assertThat(fact.date()).isEqualTo(date);
        boolean swappable = date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue();
        assertThat(fact.dayMonthAmbiguous()).isEqualTo(swappable);
        assertThat(fact.span().text()).isEqualTo(printed);
    }
}
