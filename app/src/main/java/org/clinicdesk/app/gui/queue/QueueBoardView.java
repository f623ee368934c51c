package org.clinicdesk.app.gui.queue;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.clinicdesk.app.gui.common.Icons;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Views;

/** Today's queue board; logic in {@link QueueBoardViewModel}. */
public final class QueueBoardView {
    private final QueueBoardViewModel model;
    private final Parent root;
    @FXML private FlowPane actions;
    @FXML private javafx.scene.layout.HBox filters;
    @FXML private javafx.scene.layout.HBox dayBox;
    @FXML private TableColumn<BoardItem, String> seenByColumn;
    @FXML private TableColumn<BoardItem, String> followUpColumn;
    @FXML private TableView<BoardItem> board;
    @FXML private TableColumn<BoardItem, String> tokenColumn;
    @FXML private TableColumn<BoardItem, String> nameColumn;
    @FXML private TableColumn<BoardItem, String> ageSexColumn;
    @FXML private TableColumn<BoardItem, BoardItem> priorityColumn;
    @FXML private TableColumn<BoardItem, String> statusColumn;
    @FXML private TableColumn<BoardItem, String> waitingColumn;
    @FXML private TableColumn<BoardItem, Boolean> vitalsColumn;
    @FXML private TableColumn<BoardItem, BoardItem> news2Column;
    @FXML private TableColumn<BoardItem, Integer> flagsColumn;
    @FXML private Label message;

    public QueueBoardView(QueueBoardViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    @FXML
    private void initialize() {
        board.setId("queueBoard");
        message.setId("queueMessage");
        tokenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().token()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        ageSexColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().ageSex()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().statusText()));
        waitingColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().waiting()));
        seenByColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().seenBy()));
        followUpColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().followUp()));
        addFilters();
        addDayPicker();
        priorityColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        priorityColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(BoardItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith("priority-"));
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(item.priorityText());
                    setGraphic(Icons.priority(item.priority()));
                    getStyleClass().add("priority-" + item.priority().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        vitalsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().hasVitals()));
        vitalsColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Boolean taken, boolean empty) {
                super.updateItem(taken, empty);
                boolean show = !empty && Boolean.TRUE.equals(taken);
                setText(show ? Messages.get("queue.vitalsTaken") : null);
                setGraphic(show ? Icons.check() : null);
            }
        });
        news2Column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        news2Column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(BoardItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith("news2-"));
                if (empty || item == null || item.news2().isEmpty()) {
                    setText(null);
                    return;
                }
                var score = item.news2().get();
                setText(Messages.get(score.redFlag() ? "queue.news2RedFlag" : "queue.news2", score.total()));
                getStyleClass().add("news2-" + score.response().name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        flagsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().unansweredHighFlags()));
        flagsColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Integer count, boolean empty) {
                super.updateItem(count, empty);
                getStyleClass().remove("flag-badge");
                if (empty || count == null || count == 0) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(Messages.get("queue.flagBadge", count));
                setTooltip(new Tooltip(Messages.get("queue.flagBadge.tooltip", count)));
                getStyleClass().add("flag-badge");
            }
        });
        board.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BoardItem item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("closed"),
                        !empty && item != null && !item.status().isOpen());
            }
        });
        board.setItems(model.shown());
        // the follow-up column takes room only on a day that has a booked follow-up with a reason
        followUpColumn.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.shown().stream().anyMatch(i -> !i.followUp().isEmpty()), model.shown()));
        board.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null) {
                model.selectedProperty().set(item);
            }
        });
        model.selectedProperty().addListener((o, old, item) -> {
            if (item != null && board.getSelectionModel().getSelectedItem() != item) {
                board.getSelectionModel().select(item);
            }
        });
        for (QueueAction action : QueueAction.values()) {
            if (!model.offers(action)) {
                continue;
            }
            Button button = new Button(Messages.get(action.labelKey()));
            button.setMnemonicParsing(true);
            button.setId("action-" + action.name());
            button.setTooltip(new Tooltip(action.shortcut().getDisplayText()));
            button.disableProperty().bind(model.enabled(action).not());
            button.setOnAction(e -> model.perform(action));
            if (action == QueueAction.CALL_NEXT) {
                button.getStyleClass().add("accent");
            }
            actions.getChildren().add(button);
        }
        if (model.offersPriorityChange()) {
            addPriorityChange();
        }
        message.textProperty().bind(model.messageProperty());
    }

    /** Waiting / With nurse / With doctor / Done today as toggles over the board; Active (every open visit) first. */
    private void addFilters() {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (BoardFilter f : BoardFilter.values()) {
            javafx.scene.control.ToggleButton toggle = new javafx.scene.control.ToggleButton(Messages.get(f.labelKey()));
            toggle.setId("filter-" + f.name());
            toggle.setToggleGroup(group);
            toggle.setUserData(f);
            toggle.setSelected(model.filterProperty().get() == f);
            filters.getChildren().add(toggle);
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.filterProperty().set((BoardFilter) now.getUserData());
            }
        });
    }

    /** The day shown: today by default; an earlier day's list is shown read-only, with a note saying so. */
    private void addDayPicker() {
        javafx.scene.control.DatePicker picker = new javafx.scene.control.DatePicker(model.dayProperty().get());
        picker.setId("queue-day");
        picker.setEditable(false);
        picker.setTooltip(new Tooltip(Messages.get("queue.day.tooltip")));
        picker.valueProperty().bindBidirectional(model.dayProperty());
        Button today = new Button(Messages.get("queue.day.today"));
        today.setId("queue-today");
        today.disableProperty().bind(model.pastDayProperty().not());
        today.setOnAction(e -> model.showToday());
        Label readOnly = new Label(Messages.get("queue.day.readOnly"));
        readOnly.setId("queue-readOnly");
        readOnly.visibleProperty().bind(model.pastDayProperty());
        readOnly.managedProperty().bind(model.pastDayProperty());
        Label dayLabel = new Label(Messages.get("queue.day.label"));
        dayLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        today.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dayBox.getChildren().addAll(readOnly, dayLabel, picker, today);
    }

    private void addPriorityChange() {
        javafx.scene.control.MenuButton change = new javafx.scene.control.MenuButton(Messages.get("queue.changePriority"));
        change.setId("queue-changePriority");
        for (org.clinicdesk.core.queue.Priority p : org.clinicdesk.core.queue.Priority.values()) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(Messages.get("priority." + p.name()));
            item.setId("priority-" + p.name());
            item.setOnAction(e -> model.changePriority(p));
            change.getItems().add(item);
        }
        change.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.selectedProperty().get() == null || !model.selectedProperty().get().status().isOpen()
                        || model.loadingProperty().get() || model.pastDayProperty().get(), model.selectedProperty(),
                model.loadingProperty(), model.pastDayProperty()));
        actions.getChildren().add(change);
    }

    /**
     * A button acting on the selected entry's patient (open the chart, record vitals), enabled while one is
     * selected; the caller adds it only for roles that may use it.
     */
    public void addPatientAction(String id, String labelKey, java.util.function.Consumer<org.clinicdesk.core.patient.Patient> action) {
        Button button = new Button(Messages.get(labelKey));
        button.setMnemonicParsing(true);
        button.setId(id);
        button.disableProperty().bind(model.selectedProperty().isNull().or(model.pastDayProperty()));
        button.setOnAction(e -> java.util.Optional.ofNullable(model.selectedProperty().get())
                .ifPresent(item -> action.accept(item.row().patient())));
        actions.getChildren().add(button);
    }

    public void focusBoard() {
        board.requestFocus();
    }

    public Parent root() {
        return root;
    }
}
