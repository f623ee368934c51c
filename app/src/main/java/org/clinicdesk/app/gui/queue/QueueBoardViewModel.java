package org.clinicdesk.app.gui.queue;

import org.clinicdesk.core.vitals.News2Score;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.DialogService;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.core.queue.BoardRow;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueService;
import org.clinicdesk.core.queue.QueueStatus;

/**
 * Today's queue board in core's order (priority, then arrival), the actions the signed-in role may take on the
 * selected entry, and the refresh when the store changes underneath (another window, another desk).
 */
public final class QueueBoardViewModel {
    private final ObservableList<BoardItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<BoardFilter> filter = new SimpleObjectProperty<>(BoardFilter.ACTIVE);
    private final javafx.collections.transformation.FilteredList<BoardItem> shown = new javafx.collections.transformation.FilteredList<>(items);
    private java.util.function.Consumer<org.clinicdesk.core.patient.Patient> onCalled = p -> { };
    private final ObjectProperty<BoardItem> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final Map<QueueAction, BooleanBinding> enabled = new EnumMap<>(QueueAction.class);
    private final Session session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;
    private List<BoardRow> rows = List.of();
    private volatile Map<java.util.UUID, News2Score> news2 = Map.of();
    private volatile Map<java.util.UUID, Integer> highFlags = Map.of();
    private volatile Map<String, String> rooms = Map.of();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final BooleanProperty pastDay = new SimpleBooleanProperty();
    private long lastMarker = Long.MIN_VALUE;
    private String selectAfterRefresh;

    public QueueBoardViewModel(Session session, TaskExecutor executor, DialogService dialogs, Clock clock) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
        day.set(LocalDate.now(clock));
        pastDay.bind(Bindings.createBooleanBinding(() -> day.get() != null && !day.get().equals(LocalDate.now(clock)), day));
        day.addListener((o, old, now) -> {
            if (now == null) {
                day.set(LocalDate.now(clock));
            } else if (!now.equals(old)) {
                selected.set(null);
                refresh();
            }
        });
        shown.predicateProperty().bind(Bindings.createObjectBinding(
                () -> item -> filter.get().shows(item.status()), filter));
        for (QueueAction action : QueueAction.values()) {
            enabled.put(action, action == QueueAction.CALL_NEXT
                    ? Bindings.createBooleanBinding(() -> !loading.get() && !pastDay.get(), loading, pastDay)
                    : Bindings.createBooleanBinding(() -> selected.get() != null && !loading.get() && !pastDay.get()
                            && action.appliesTo(selected.get().status()), selected, loading, pastDay));
        }
    }

    /** Only actions the role may take are offered; core refuses the others anyway. */
    public boolean offers(QueueAction action) {
        return session.actor().may(action.permission());
    }

    public BooleanBinding enabled(QueueAction action) {
        return enabled.get(action);
    }

    /** Shows another day's list from the next refresh on (e.g. the follow-ups booked for it); today by default. */
    public void showDay(LocalDate shown) {
        day.set(shown);
    }

    public void refresh() {
        LocalDate shownDay = day.get();
        boolean today = shownDay.equals(LocalDate.now(clock));
        BackgroundTask.wrap(() -> {
                    List<BoardRow> board = session.services().queue().board(session.actor(), shownDay);
                    rooms = session.services().settings().doctorRooms();
                    Map<java.util.UUID, News2Score> scores = new java.util.HashMap<>();
                    for (BoardRow r : board) {
                        if (today && r.hasVitals()) {
                            session.services().vitals().news2Today(r.patient().id())
                                    .ifPresent(n -> scores.put(r.patient().id(), n));
                        }
                    }
                    news2 = Map.copyOf(scores);
                    // The badge reads the stored flag states (no rescan); only roles that read charts see it.
                    highFlags = today && session.actor().may(org.clinicdesk.core.users.Permission.READ_CHART)
                            ? session.services().flags().unansweredHigh(session.actor(),
                                    board.stream().map(r -> r.patient().id()).toList())
                            : Map.of();
                    return board;
                })
                .onSuccess(board -> {
                    if (shownDay.equals(day.get())) { // a late answer for a day no longer chosen is dropped
                        show(board);
                    }
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    /** Called every second with the store's change marker; reloads only when it moved. */
    public void storeMarker(long marker) {
        if (marker != lastMarker) {
            lastMarker = marker;
            refresh();
        } else {
            retime();
        }
    }

    /** The day the board shows: today (default) or an earlier day, whose list is read-only. */
    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public void showToday() {
        day.set(LocalDate.now(clock));
    }

    /** True while another day than today is shown: its list is read-only, no action is offered on it. */
    public javafx.beans.property.ReadOnlyBooleanProperty pastDayProperty() {
        return pastDay;
    }

    public void perform(QueueAction action) {
        if (!offers(action) || !enabled(action).get()) {
            return;
        }
        if (action == QueueAction.CALL_NEXT) {
            run(() -> session.services().queue().callNext(session.actor()), called -> {
                message.set(called.map(e -> Messages.get("queue.called", e.token().value(), nameOf(e)))
                        .orElse(Messages.get("queue.nobodyReady")));
                // The doctor's next step is on the called patient: the board selects them, their chart and note open.
                called.ifPresent(e -> {
                    selectAfterRefresh = e.token().value();
                    patientOf(e).ifPresent(onCalled);
                });
            });
            return;
        }
        BoardItem item = selected.get();
        QueueService queue = session.services().queue();
        if (action == QueueAction.CANCEL || action == QueueAction.NO_SHOW) {
            QueueStatus target = action.target().orElseThrow();
            Optional<String> reason = dialogs.askText(Messages.get("queue.reason.title." + action.name(), item.token(),
                    item.name()), Messages.get("queue.reason.prompt"));
            if (reason.isEmpty()) {
                message.set(Messages.get("queue.reason.needed", item.token()));
                return;
            }
            run(() -> Optional.of(queue.move(session.actor(), item.row().entry().token(), target, reason.get())),
                    done -> message.set(Messages.get("queue.moved", item.token(), Messages.get("status." + target.name()))));
            return;
        }
        if (action == QueueAction.COMPLETE) {
            complete(item);
            return;
        }
        if (action == QueueAction.REQUEUE) {
            Optional<String> reason = dialogs.askText(Messages.get("queue.requeue.title", item.token()),
                    Messages.get("queue.requeue.prompt"));
            reason.ifPresent(r -> run(() -> Optional.of(queue.requeue(session.actor(), item.row().entry().token(), r)),
                    done -> message.set(Messages.get("queue.moved", item.token(), Messages.get("status.WAITING")))));
            return;
        }
        QueueStatus target = action.target().orElseThrow();
        run(() -> Optional.of(queue.move(session.actor(), item.row().entry().token(), target, "")),
                done -> message.set(Messages.get("queue.moved", item.token(), Messages.get("status." + target.name()))));
    }

    /** A visit is completed with a note signed since the patient arrived, or with a reason why there is none. */
    private void complete(BoardItem item) {
        QueueEntry entry = item.row().entry();
        BackgroundTask.wrap(() -> session.services().notes().forPatient(session.actor(), item.row().patient()).stream()
                        .anyMatch(n -> n.isSigned() && n.signedAt() != null && !n.signedAt().isBefore(entry.arrivedAt())))
                .showingProgressIn(loading)
                .onSuccess(signed -> {
                    String reason = "";
                    if (!signed) {
                        Optional<String> given = dialogs.askText(Messages.get("queue.complete.title", item.token(),
                                item.name()), Messages.get("queue.complete.prompt"));
                        if (given.isEmpty()) {
                            message.set(Messages.get("queue.complete.needsNote", item.token()));
                            return;
                        }
                        reason = given.get();
                    }
                    String why = reason;
                    run(() -> Optional.of(session.services().queue().move(session.actor(), entry.token(),
                                    QueueStatus.COMPLETED, why)),
                            done -> message.set(Messages.get("queue.moved", item.token(), Messages.get("status.COMPLETED"))));
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    /** Changes the selected entry's priority (audited by core); the board re-orders. */
    public void changePriority(org.clinicdesk.core.queue.Priority priority) {
        BoardItem item = selected.get();
        if (item == null || loading.get() || pastDay.get() || !item.status().isOpen() || item.priority() == priority) {
            return;
        }
        run(() -> Optional.of(session.services().queue().changePriority(session.actor(), item.row().entry().token(),
                        priority, "")),
                done -> message.set(Messages.get("queue.priorityChanged", item.token(),
                        Messages.get("priority." + priority.name()))));
    }

    /** Whether this role may change priorities (reception and nurses). */
    public boolean offersPriorityChange() {
        return session.actor().may(org.clinicdesk.core.users.Permission.QUEUE_ADD)
                || session.actor().may(org.clinicdesk.core.users.Permission.QUEUE_TRIAGE);
    }

    /** What happens with the patient "call next" brought in: the shell opens their chart and note. */
    public void onCalled(java.util.function.Consumer<org.clinicdesk.core.patient.Patient> action) {
        this.onCalled = action;
    }

    private Optional<org.clinicdesk.core.patient.Patient> patientOf(QueueEntry entry) {
        return rows.stream().filter(r -> r.entry().id().equals(entry.id())).findFirst().map(BoardRow::patient);
    }

    public ObjectProperty<BoardFilter> filterProperty() {
        return filter;
    }

    /** The rows of the chosen tab. */
    public ObservableList<BoardItem> shown() {
        return shown;
    }

    private void run(java.util.concurrent.Callable<Optional<QueueEntry>> work,
                     java.util.function.Consumer<Optional<QueueEntry>> then) {
        BackgroundTask.wrap(work)
                .showingProgressIn(loading)
                .onSuccess(result -> {
                    then.accept(result);
                    refresh();
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    private String nameOf(QueueEntry entry) {
        return rows.stream().filter(r -> r.entry().id().equals(entry.id())).findFirst()
                .map(r -> r.patient().name().full()).orElse("");
    }

    private void show(List<BoardRow> fresh) {
        String keep = selectAfterRefresh != null ? selectAfterRefresh
                : selected.get() == null ? null : selected.get().token();
        selectAfterRefresh = null;
        rows = fresh;
        retime();
        if (keep != null) {
            items.stream().filter(i -> i.token().equals(keep)).findFirst().ifPresent(selected::set);
        }
    }

    /** Waiting times move with the clock even when nothing in the store changed. */
    private void retime() {
        var now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<BoardItem> fresh = new ArrayList<>(rows.size());
        for (BoardRow r : rows) {
            fresh.add(BoardItem.of(r, Optional.ofNullable(news2.get(r.patient().id())),
                    highFlags.getOrDefault(r.patient().id(), 0), now, today, rooms));
        }
        if (fresh.equals(items)) {
            return;
        }
        String keep = selected.get() == null ? null : selected.get().token();
        items.setAll(fresh);
        if (keep != null) {
            fresh.stream().filter(i -> i.token().equals(keep)).findFirst().ifPresent(selected::set);
        }
    }

    public ObservableList<BoardItem> items() {
        return items;
    }

    public ObjectProperty<BoardItem> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
