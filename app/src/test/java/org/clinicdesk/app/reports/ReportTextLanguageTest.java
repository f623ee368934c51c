package org.clinicdesk.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.core.reports.ReportPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A report's day and month names are in its reader's language, as the visit summary's are; digits as written. */
class ReportTextLanguageTest {
    private final Locale before = Messages.locale();

    @AfterEach
    void restore() {
        Messages.use(before);
    }

    @Test
    void dayAndMonthNamesFollowTheReadersLanguage() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        Messages.use(Locale.ROOT);
        assertThat(ReportText.period(ReportPeriod.day(day))).isEqualTo("Tuesday 1 December 2026");
        assertThat(ReportText.period(ReportPeriod.month(YearMonth.of(2026, 12)))).isEqualTo("December 2026");
        assertThat(ReportText.shortDay(day)).isEqualTo("Tue 1 Dec");

        Messages.use(Locale.forLanguageTag("hi"));
        assertThat(ReportText.period(ReportPeriod.day(day))).isEqualTo("मंगलवार 1 दिसंबर 2026");
        assertThat(ReportText.period(ReportPeriod.month(YearMonth.of(2026, 12)))).isEqualTo("दिसंबर 2026");
        assertThat(ReportText.shortDay(day)).isEqualTo("मंगल 1 दिस॰");
    }
}
