package org.clinicdesk.app.gui.shell;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.language.Language;
import org.clinicdesk.app.gui.common.Views;
import org.clinicdesk.app.gui.queue.QueueAction;
import org.clinicdesk.app.gui.queue.QueueBoardView;
import org.clinicdesk.app.gui.queue.QueueBoardViewModel;
import org.clinicdesk.app.gui.reception.ReceptionView;
import org.clinicdesk.app.gui.reception.ReceptionViewModel;

/**
 * The signed-in window: menus carrying every action with its shortcut, the reception and queue tabs, and the
 * status bar. Menu items a role may not use are not added at all.
 */
public final class ShellView {
    private final ShellViewModel model;
    private final ReceptionView reception;
    private final ReceptionViewModel receptionModel;
    private final QueueBoardView board;
    private final QueueBoardViewModel boardModel;
    private final ShellActions shellActions;
    private final Parent root;
    @FXML private Menu fileMenu;
    @FXML private Menu patientMenu;
    @FXML private Menu queueMenu;
    @FXML private Menu viewMenu;
    @FXML private TabPane tabs;
    @FXML private Tab receptionTab;
    @FXML private Tab queueTab;
    @FXML private Label user;
    @FXML private Label site;
    @FXML private Label storeHealth;
    @FXML private Label sync;
    @FXML private Label backup;

    /** What the frame asks of whoever runs the window. */
    public interface ShellActions {
        void lock();

        void signOut();

        void quit();
    }

    public ShellView(ShellViewModel model, ReceptionView reception, ReceptionViewModel receptionModel,
                     QueueBoardView board, QueueBoardViewModel boardModel, ShellActions shellActions) {
        this.model = model;
        this.reception = reception;
        this.receptionModel = receptionModel;
        this.board = board;
        this.boardModel = boardModel;
        this.shellActions = shellActions;
        this.root = Views.load(this);
    }

    @FXML
    private void initialize() {
        user.setId("statusUser");
        site.setId("statusSite");
        storeHealth.setId("statusStore");
        sync.setId("statusSync");
        backup.setId("statusBackup");
        tabs.setId("mainTabs");
        receptionTab.setContent(reception.root());
        queueTab.setContent(board.root());
        user.textProperty().bind(model.userProperty());
        site.textProperty().bind(model.siteProperty());
        storeHealth.textProperty().bind(model.storeHealthProperty());
        sync.textProperty().bind(model.syncProperty());
        backup.textProperty().bind(model.backupProperty());

        fileMenu.getItems().addAll(
                item("menu-lock", "menu.lock", "Shortcut+L", shellActions::lock),
                item("menu-signOut", "menu.signOut", "Shortcut+Shift+Q", shellActions::signOut),
                new SeparatorMenuItem(),
                item("menu-quit", "menu.quit", "Shortcut+Q", shellActions::quit));

        patientMenu.getItems().add(item("menu-find", "reception.search", "Shortcut+F", () -> {
            tabs.getSelectionModel().select(receptionTab);
            reception.focusSearch();
        }));
        if (receptionModel.mayRegisterProperty().get()) {
            patientMenu.getItems().add(item("menu-register", "reception.register", "Shortcut+N", () -> {
                tabs.getSelectionModel().select(receptionTab);
                reception.register();
            }));
        }
        if (receptionModel.mayEditProperty().get()) {
            MenuItem edit = item("menu-edit", "reception.edit", "Shortcut+E", () -> {
                tabs.getSelectionModel().select(receptionTab);
                reception.edit();
            });
            edit.disableProperty().bind(receptionModel.selectedProperty().isNull());
            patientMenu.getItems().add(edit);
        }
        if (receptionModel.mayQueueProperty().get()) {
            MenuItem add = item("menu-addToQueue", "reception.addToQueue", "Shortcut+Enter", reception::addToQueue);
            add.disableProperty().bind(receptionModel.selectedProperty().isNull());
            patientMenu.getItems().add(add);
        }

        for (QueueAction action : QueueAction.values()) {
            if (!boardModel.offers(action)) {
                continue;
            }
            MenuItem mi = item("menu-" + action.name(), action.labelKey(), null, () -> {
                tabs.getSelectionModel().select(queueTab);
                boardModel.perform(action);
            });
            mi.setAccelerator(action.shortcut());
            mi.disableProperty().bind(boardModel.enabled(action).not());
            queueMenu.getItems().add(mi);
        }

        viewMenu.getItems().addAll(
                item("menu-viewReception", "menu.viewReception", "Shortcut+1", () -> {
                    tabs.getSelectionModel().select(receptionTab);
                    reception.focusSearch();
                }),
                item("menu-viewQueue", "menu.viewQueue", "Shortcut+2", () -> {
                    tabs.getSelectionModel().select(queueTab);
                    board.focusBoard();
                }),
                item("menu-refresh", "menu.refresh", "F5", boardModel::refresh),
                item("menu-tokenDisplay", "menu.tokenDisplay", null,
                        () -> org.clinicdesk.app.gui.queue.TokenDisplay.open(boardModel, root.getScene().getWindow())));
    }

    /** A Language sub-menu at the end of the View menu, each language named in itself, {@code current} ticked. */
    public void addLanguageMenu(Language current, Consumer<Language> choose) {
        Menu languages = new Menu(Messages.get("menu.language"));
        languages.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(language.ownName());
            item.setId("menu-language-" + language.tag());
            item.setToggleGroup(group);
            item.setSelected(language == current);
            item.setOnAction(e -> choose.accept(language));
            languages.getItems().add(item);
        }
        viewMenu.getItems().addAll(new SeparatorMenuItem(), languages);
    }

    /** Adds an action to the File menu above Lock screen (sync actions live there). */
    public void addFileAction(String id, String labelKey, String shortcut, Runnable action) {
        fileMenu.getItems().add(0, item(id, labelKey, shortcut, action));
    }

    private static MenuItem item(String id, String labelKey, String shortcut, Runnable action) {
        MenuItem mi = new MenuItem(Messages.get(labelKey));
        mi.setId(id);
        mi.setMnemonicParsing(true);
        if (shortcut != null) {
            mi.setAccelerator(KeyCombination.valueOf(shortcut));
        }
        mi.setOnAction(e -> action.run());
        return mi;
    }

    /** Where charts, vitals forms and note editors open as tabs beside reception and the queue. */
    public TabPane tabPane() {
        return tabs;
    }

    public void showQueue() {
        tabs.getSelectionModel().select(queueTab);
    }

    public Parent root() {
        return root;
    }
}
