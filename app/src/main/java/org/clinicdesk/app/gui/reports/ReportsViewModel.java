package org.clinicdesk.app.gui.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.app.reports.RegisterCsv;
import org.clinicdesk.app.reports.ReportFormat;
import org.clinicdesk.app.reports.ReportText;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.patient.DateOfBirthFormat;
import org.clinicdesk.core.reports.ClinicReport;
import org.clinicdesk.core.reports.DailyRegister;
import org.clinicdesk.core.reports.ReportPeriod;

/**
 * The Reports dialog's state: which day or month, the figures as a preview, and saving them as PDF or XLSX; or a
 * day's daily register (OPD register) as a table, saved as CSV. The figures are prepared and the files written off
 * the FX thread.
 */
public final class ReportsViewModel {
    private final Session session;
    private final TaskExecutor executor;
    private final ObjectProperty<ReportPeriod.Kind> kind = new SimpleObjectProperty<>(ReportPeriod.Kind.DAY);
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final StringProperty month = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(Messages.get("reports.nothingYet"));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ClinicReport> report = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty registerChosen = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<DailyRegister> register = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DailyRegister.Line> registerLines = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<DateOrder> dateOrder = new ReadOnlyObjectWrapper<>(DateOrder.DAY_FIRST);

    public ReportsViewModel(Session session, TaskExecutor executor, LocalDate today) {
        this.session = session;
        this.executor = executor;
        // the clinic's setting is read off the FX thread; the picker shows day first until it arrives
        BackgroundTask.wrap(() -> session.services().dateOrder())
                .onSuccess(dateOrder::set)
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
        day.set(today);
        month.set(YearMonth.from(today).toString());
        // a changed choice makes the shown figures stale: nothing is saved that is not on the screen
        kind.addListener((o, a, b) -> forgetShown());
        day.addListener((o, a, b) -> forgetShown());
        month.addListener((o, a, b) -> forgetShown());
        registerChosen.addListener((o, a, b) -> forgetShown());
    }

    private void forgetShown() {
        report.set(null);
        register.set(null);
        registerLines.clear();
    }

    /** Prepares the chosen day's or month's figures, or the chosen day's register, and shows them. */
    public void show() {
        if (registerChosen.get()) {
            showRegister();
            return;
        }
        ReportPeriod period;
        try {
            period = kind.get() == ReportPeriod.Kind.DAY ? ReportPeriod.day(Optional.ofNullable(day.get())
                    .orElseThrow(() -> new org.clinicdesk.core.common.ValidationException("date", "choose a day")))
                    : ReportPeriod.month(ReportPeriod.parseMonth(month.get()));
        } catch (RuntimeException e) {
            message.set(ErrorText.of(e));
            return;
        }
        var actor = session.actor();
        message.set("");
        BackgroundTask.wrap(() -> session.services().reports().prepare(actor, period))
                .showingProgressIn(busy)
                .onSuccess(prepared -> {
                    report.set(prepared);
                    preview.set(ReportText.plain(prepared));
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    private void showRegister() {
        LocalDate chosen = day.get();
        if (chosen == null) {
            message.set(ErrorText.of(new org.clinicdesk.core.common.ValidationException("date", "choose a day")));
            return;
        }
        var actor = session.actor();
        message.set("");
        BackgroundTask.wrap(() -> session.services().reports().register(actor, chosen))
                .showingProgressIn(busy)
                .onSuccess(shown -> {
                    register.set(shown);
                    registerLines.setAll(shown.lines());
                    message.set(Messages.get("reports.registerShown", shown.lines().size(), dayText(shown.day())));
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    /** Saves the register on the screen as CSV to {@code file} (owner-only, as it names patients). */
    public void saveRegisterCsv(Path file) {
        DailyRegister shown = register.get();
        if (shown == null) {
            message.set(Messages.get("reports.nothingYet"));
            return;
        }
        BackgroundTask.wrap(() -> {
                    ReportFormat.write(file, RegisterCsv.render(shown));
                    return file;
                })
                .showingProgressIn(busy)
                .onSuccess(done -> message.set(Messages.get("reports.saved", file)))
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    /** A register line's status in words, in the chosen language. */
    public static String statusText(DailyRegister.Line line) {
        return Messages.get("status." + line.status().name());
    }

    /** Saves the figures on the screen to {@code file}. */
    public void save(ReportFormat format, Path file) {
        ClinicReport shown = report.get();
        if (shown == null) {
            message.set(Messages.get("reports.nothingYet"));
            return;
        }
        BackgroundTask.wrap(() -> format.write(shown, file))
                .showingProgressIn(busy)
                .onSuccess(done -> message.set(Messages.get("reports.saved", file)))
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    /** The file name offered for the register's CSV. */
    public String suggestedRegisterFileName() {
        return register.get() == null ? "register.csv" : RegisterCsv.fileName(register.get());
    }

    /** The file name offered in the save dialog. */
    public String suggestedFileName(ReportFormat format) {
        return report.get() == null ? "report." + format.extension() : format.fileName(report.get());
    }

    /** The day as the clinic writes dates: 30/11/2026 or 11/30/2026. */
    public String dayText(LocalDate date) {
        return date == null ? "" : DateOfBirthFormat.of(dateOrder.get()).date(date);
    }

    /** A typed day in the clinic's order (or ISO); a bad one is shown as the message and leaves the day as it was. */
    public LocalDate readDay(String text) {
        try {
            return text == null || text.isBlank() ? null : ReportPeriod.parseDay(text, dateOrder.get());
        } catch (RuntimeException e) {
            message.set(ErrorText.of(e));
            return day.get();
        }
    }

    /** How the clinic writes dates; day first until the setting has been read. */
    public ReadOnlyObjectProperty<DateOrder> dateOrderProperty() {
        return dateOrder.getReadOnlyProperty();
    }

    public ObjectProperty<ReportPeriod.Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public StringProperty monthProperty() {
        return month;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ClinicReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The daily register is chosen instead of a day sheet or month summary. */
    public BooleanProperty registerChosenProperty() {
        return registerChosen;
    }

    public ReadOnlyObjectProperty<DailyRegister> registerProperty() {
        return register.getReadOnlyProperty();
    }

    public ObservableList<DailyRegister.Line> registerLines() {
        return registerLines;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
