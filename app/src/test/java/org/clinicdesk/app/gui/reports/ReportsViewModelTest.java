package org.clinicdesk.app.gui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.app.reports.ReportFormat;
import org.clinicdesk.core.reports.ReportPeriod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The Reports dialog's state on a real store, without a screen: a bad month, stale figures, an empty month. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    @TempDir
    static Path dataDir;
    private Workstore store;

    @BeforeAll
    void open() {
        store = TestStores.openWithUsers(dataDir);
    }

    @AfterAll
    void close() {
        store.close();
    }

    private ReportsViewModel model() {
        return new ReportsViewModel(Sessions.signIn(store, "admin"), new SameThreadTaskExecutor(), TODAY);
    }

    @Test
    void aBadMonthIsRefusedNamingTheFieldAndNothingIsPrepared() {
        ReportsViewModel model = model();
        model.kindProperty().set(ReportPeriod.Kind.MONTH);
        model.monthProperty().set("2026-13");

        model.show();

        assertThat(model.messageProperty().get()).startsWith("month:").contains("2026-13");
        assertThat(model.reportProperty().get()).isNull();
    }

    @Test
    void anEmptyMonthIsShownAndAChangedChoiceMakesItStale() {
        ReportsViewModel model = model();
        model.kindProperty().set(ReportPeriod.Kind.MONTH);
        model.monthProperty().set("2026-02");

        model.show();

        assertThat(model.reportProperty().get().period()).isEqualTo(ReportPeriod.month(java.time.YearMonth.of(2026, 2)));
        assertThat(model.previewProperty().get()).contains("Month summary, February 2026", "No patients were queued");
        assertThat(model.suggestedFileName(ReportFormat.XLSX)).isEqualTo("month-summary-2026-02.xlsx");
        model.monthProperty().set("2026-03");
        assertThat(model.reportProperty().get()).as("figures of another month are not saved as this one").isNull();
        model.save(ReportFormat.PDF, dataDir.resolve("never.pdf"));
        assertThat(dataDir.resolve("never.pdf")).doesNotExist();
    }

    @Test
    void theDayIsWrittenAndReadInTheClinicsDateOrder() {
        ReportsViewModel model = model();

        assertThat(model.dayText(TODAY)).isEqualTo("30/11/2026");
        assertThat(model.readDay("01/02/2026")).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(model.readDay("31/02/2026")).isEqualTo(TODAY);
        assertThat(model.messageProperty().get()).startsWith("date:").contains("31/02/2026");

        var admin = Sessions.signIn(store, "admin").actor();
        store.services().settings().setDateOrder(admin, org.clinicdesk.core.common.DateOrder.MONTH_FIRST);
        try {
            ReportsViewModel monthFirst = model();
            assertThat(monthFirst.dayText(TODAY)).isEqualTo("11/30/2026");
            assertThat(monthFirst.readDay("02/01/2026")).isEqualTo(LocalDate.of(2026, 2, 1));
        } finally {
            store.services().settings().setDateOrder(admin, org.clinicdesk.core.common.DateOrder.DAY_FIRST);
        }
    }
}
