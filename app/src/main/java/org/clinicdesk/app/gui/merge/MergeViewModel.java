package org.clinicdesk.app.gui.merge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.core.chart.MergeSide;
import org.clinicdesk.core.patient.DateOfBirthFormat;
import org.clinicdesk.core.patient.Patient;

/**
 * The merge screen: two patients side by side (name, date of birth and age, sex, phone, UHID, relative, village,
 * visits, last visit), which UHID to keep, why, and the merge itself; every read and the merge run off the FX thread.
 */
public final class MergeViewModel {
    /** One row of the comparison: what it is, and each patient's value. */
    public record Row(String label, String first, String second) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty firstUhid = new SimpleStringProperty("");
    private final StringProperty secondUhid = new SimpleStringProperty("");
    /** 0: keep the first patient's UHID; 1: keep the second's. */
    private final IntegerProperty kept = new SimpleIntegerProperty(0);
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty merged = new SimpleBooleanProperty();
    private final Session session;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Consumer<String> onMerged;

    /** {@code onMerged} gets the kept UHID once the merge is stored (the chart reloads as that patient). */
    public MergeViewModel(Session session, TaskExecutor executor, Clock clock, String first, String second,
                          Consumer<String> onMerged) {
        this.session = session;
        this.executor = executor;
        this.clock = clock;
        this.onMerged = onMerged;
        firstUhid.set(first);
        secondUhid.set(second);
        kept.addListener((o, was, now) -> summary.set(summaryText()));
        summary.set(summaryText());
    }

    public void load() {
        String first = firstUhid.get();
        String second = secondUhid.get();
        BackgroundTask.wrap(() -> session.services().merge().preview(session.actor(), first, second))
                .showingProgressIn(busy)
                .onSuccess(sides -> {
                    rows.setAll(rowsOf(sides.get(0), sides.get(1)));
                    loaded.set(true);
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    /** Merges the patient not kept into the one kept; refuses without a reason (the audit keeps it). */
    public void merge() {
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty()) {
            message.set(Messages.get("merge.reasonMissing"));
            return;
        }
        String keep = keptUhid();
        String alias = aliasUhid();
        BackgroundTask.wrap(() -> session.services().merge().merge(session.actor(), keep, alias, why))
                .showingProgressIn(busy)
                .onSuccess(done -> {
                    merged.set(true);
                    message.set(Messages.get("merge.done", alias, keep));
                    onMerged.accept(keep);
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    private List<Row> rowsOf(MergeSide a, MergeSide b) {
        LocalDate today = LocalDate.now(clock);
        DateOfBirthFormat format = DateOfBirthFormat.of(session.services().dateOrder());
        Patient p = a.patient();
        Patient q = b.patient();
        return List.of(
                new Row(Messages.get("merge.row.uhid"), p.uhid().value(), q.uhid().value()),
                new Row(Messages.get("merge.row.name"), p.name().full(), q.name().full()),
                new Row(Messages.get("merge.row.born"), format.format(p.dateOfBirth(), today) + ", " + p.ageLabel(today),
                        format.format(q.dateOfBirth(), today) + ", " + q.ageLabel(today)),
                new Row(Messages.get("merge.row.sex"), p.sex().name(), q.sex().name()),
                new Row(Messages.get("merge.row.phone"), phone(p), phone(q)),
                new Row(Messages.get("merge.row.relative"), relative(p), relative(q)),
                new Row(Messages.get("merge.row.village"), p.particulars().village(), q.particulars().village()),
                new Row(Messages.get("merge.row.visits"), Integer.toString(a.visits()), Integer.toString(b.visits())),
                new Row(Messages.get("merge.row.lastVisit"), lastVisit(a), lastVisit(b)));
    }

    private static String phone(Patient p) {
        return p.phoneNumber().map(Object::toString).orElse("");
    }

    private static String relative(Patient p) {
        return p.particulars().relativeOf().map(Object::toString).orElse("");
    }

    private static String lastVisit(MergeSide side) {
        return side.lastVisit().map(LocalDate::toString).orElse(Messages.get("merge.noVisit"));
    }

    private String keptUhid() {
        return kept.get() == 0 ? firstUhid.get() : secondUhid.get();
    }

    private String aliasUhid() {
        return kept.get() == 0 ? secondUhid.get() : firstUhid.get();
    }

    private String summaryText() {
        return Messages.get("merge.summary", aliasUhid(), keptUhid());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public IntegerProperty keptProperty() {
        return kept;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public ReadOnlyBooleanProperty mergedProperty() {
        return merged;
    }

    public StringProperty firstUhidProperty() {
        return firstUhid;
    }

    public StringProperty secondUhidProperty() {
        return secondUhid;
    }
}
