package org.clinicdesk.app.gui.shell;

import org.clinicdesk.app.gui.chart.ChartTabs;
import org.clinicdesk.app.gui.documents.ScanInboxView;
import org.clinicdesk.app.gui.documents.ScanInboxViewModel;
import org.clinicdesk.core.users.Permission;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.imports.ImportWizardDialog;
import org.clinicdesk.app.gui.imports.ImportWizardViewModel;
import org.clinicdesk.app.gui.settings.ClinicSettingsDialog;
import org.clinicdesk.app.gui.settings.DoctorDetailsDialog;
import org.clinicdesk.app.gui.settings.DoctorDetailsViewModel;
import org.clinicdesk.app.gui.settings.ClinicSettingsViewModel;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.FxDialogService;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.StoreOpener;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.queue.ChangeWatcher;
import org.clinicdesk.app.gui.queue.QueueBoardView;
import org.clinicdesk.app.gui.queue.QueueBoardViewModel;
import org.clinicdesk.app.gui.reception.ReceptionView;
import org.clinicdesk.app.gui.reception.ReceptionViewModel;
import org.clinicdesk.app.gui.setup.FirstStart;
import org.clinicdesk.app.gui.signin.LockView;
import org.clinicdesk.app.gui.signin.LockViewModel;
import org.clinicdesk.app.gui.signin.PasswordChangeView;
import org.clinicdesk.app.gui.signin.PasswordChangeViewModel;
import org.clinicdesk.app.gui.signin.PendingPasswordChange;
import org.clinicdesk.app.gui.signin.SignInView;
import org.clinicdesk.app.gui.signin.SignInViewModel;
import org.clinicdesk.app.gui.sync.BackgroundSync;
import org.clinicdesk.app.gui.backup.BackgroundBackups;
import org.clinicdesk.storage.keys.KeyFolder;
import org.clinicdesk.app.gui.backup.BackupsView;
import org.clinicdesk.app.gui.backup.BackupsViewModel;
import org.clinicdesk.storage.backup.BackupFolder;
import org.clinicdesk.storage.backup.BackupManifest;
import org.clinicdesk.storage.backup.StoreBackups;
import org.clinicdesk.storage.backup.StoreRestore;
import org.clinicdesk.app.gui.audit.AuditLogView;
import org.clinicdesk.app.gui.audit.AuditLogViewModel;
import org.clinicdesk.app.gui.common.SaveFileChooser;
import org.clinicdesk.app.gui.print.PdfPrinting;
import org.clinicdesk.app.gui.print.Printers;
import org.clinicdesk.app.gui.common.ScriptFonts;
import org.clinicdesk.app.language.Language;
import org.clinicdesk.app.language.UserLanguages;
import org.clinicdesk.app.gui.staff.StaffView;
import org.clinicdesk.app.gui.staff.StaffViewModel;
import org.clinicdesk.app.gui.sync.SyncDialogs;
import org.clinicdesk.core.site.SiteSettings;

/**
 * The window's life: open the store in the background (the sign-in form is up meanwhile), set up an empty store
 * (a new clinic, or a join of a clinic's central server), sign in, work, lock when idle, unlock or sign out. Each
 * screen replaces the previous one in a single scene.
 */
public final class Workstation {
    private final Stage stage;
    private final Path dataDir;
    private final StoreOpener opener;
    private final Consumer<Workstore> prepare;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Duration idleTime;
    private boolean idleTimeFromClinic;
    private final StackPane frame = new StackPane();
    private final Scene scene;
    private final SignInViewModel signIn;
    private final SignInView signInView;
    private Workstore store;
    private SiteSettings site;
    private Session session;
    private Parent shell;
    private ShellView shellView;
    private IdleWatch idle;
    private ChangeWatcher watcher;
    private java.util.function.Consumer<java.nio.file.Path> openDocument = file -> { };
    private ChartTabs charts;
    private ScanInboxViewModel scans;
    private Duration syncInterval = Duration.ofSeconds(30);
    private BackgroundSync sync;
    private KeyFolder backupKeys;
    private BackgroundBackups backups;
    private boolean closing;
    private boolean signInWhileOpening;
    private SaveFileChooser saveChooser = SaveFileChooser.system();
    private Printers printers = Printers.system();
    private ShellViewModel shellModel;
    private BackupsView.FolderChooser folderChooser = BackupsView.FolderChooser.system();

    public Workstation(Stage stage, Path dataDir, StoreOpener opener, Consumer<Workstore> prepare,
                       TaskExecutor executor, Clock clock, Duration idleTime) {
        this.stage = stage;
        this.dataDir = dataDir;
        this.opener = opener;
        this.prepare = prepare;
        this.executor = executor;
        this.clock = clock;
        this.idleTime = idleTime;
        this.signIn = new SignInViewModel(executor, this::signedIn);
        signIn.onPasswordChangeRequired(this::changePassword);
        this.signInView = new SignInView(signIn);
        frame.getStyleClass().add("frame");
        ScriptFonts.load();
        this.scene = new Scene(frame, 1200, 760);
        scene.getStylesheets().add(Workstation.class.getResource("/org/clinicdesk/app/gui/app.css").toExternalForm());
    }

    /** How a saved visit summary is shown: the desktop's PDF viewer in the real window, nothing in tests. */
    public void openDocumentsWith(java.util.function.Consumer<java.nio.file.Path> opener) {
        this.openDocument = opener;
    }

    /** Where charts open; present while someone is signed in. */
    public Optional<ChartTabs> charts() {
        return Optional.ofNullable(charts);
    }

    /** How often the background sync runs besides change notifications and local saves (30 s unless a test says). */
    public void syncEvery(Duration interval) {
        this.syncInterval = interval;
    }

    /** The background sync, once the store is open and set up. */
    public Optional<BackgroundSync> sync() {
        return Optional.ofNullable(sync);
    }

    /**
     * Backs the store up automatically once it is open, every 4 hours of use and at close (the closing backup is
     * shown before the window goes); each backup is opened with the desk key in {@code keys} to verify it.
     */
    public void backUpAutomatically(KeyFolder keys) {
        this.backupKeys = keys;
        if (site != null) {
            startBackups();
        }
    }

    private void startBackups() {
        if (backupKeys != null && backups == null && !closing) {
            backups = new BackgroundBackups(store.services().store(), backupKeys, clock, BackgroundBackups.EVERY);
            backups.onEachBackup(taken -> {
                if (taken.manifest().verified()) {
                    Platform.runLater(() -> Optional.ofNullable(shellModel).ifPresent(m -> m.newestVerifiedBackup(
                            Optional.of(taken.manifest().takenAt()), clock.instant())));
                }
            });
            backups.start();
        }
    }

    /** The automatic backups, once the store is open and set up (and {@link #backUpAutomatically} was called). */
    public Optional<BackgroundBackups> backups() {
        return Optional.ofNullable(backups);
    }

    /** The command line's {@code --user}: the sign-in form opens with the name filled in. */
    public void prefillUser(String username) {
        signIn.usernameProperty().set(username == null ? "" : username.strip());
    }

    public void start() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (backups != null && !closing) {
                e.consume();
                requestClose();
            }
        });
        if (signInWhileOpening || looksInitialised(dataDir)) {
            showSignIn();
        } else {
            show(splash(Messages.get("app.opening")));
        }
        stage.show();
        BackgroundTask.wrap(() -> {
                    Workstore opened = opener.open(dataDir);
                    prepare.accept(opened);
                    return opened;
                })
                .onSuccess(this::opened)
                .onFailure(e -> {
                    Parent failed = splash(Messages.get("app.openFailed", dataDir, ErrorText.of(e)));
                    failed.lookupAll(".progress-indicator").forEach(n -> n.setVisible(false));
                    show(failed);
                })
                .executeWith(executor);
    }

    private void opened(Workstore opened) {
        this.store = opened;
        continueOpening(opened);
    }

    private void continueOpening(Workstore opened) {
        Optional<SiteSettings> settings = opened.siteSettings();
        if (settings.isEmpty()) {
            new FirstStart(opened, executor, Platform::runLater, clock, this::show, this::setUp).showChoice();
            return;
        }
        setUp(settings.get());
    }

    /** Once the store is a site (made, joined or opened), a recovery key not yet shown comes before sign-in. */
    private void setUp(SiteSettings settings) {
        Optional<String> recoveryKey = store.recoveryKeyToShow();
        if (recoveryKey.isPresent()) {
            show(RecoveryKeyView.of(recoveryKey.get(), () -> {
                store.recoveryKeyShown();
                signInTo(settings);
            }));
            return;
        }
        signInTo(settings);
    }

    private void signInTo(SiteSettings settings) {
        this.site = settings;
        stage.setTitle(Messages.get("app.titleWithClinic", settings.clinicName()));
        signIn.storeOpened(store, settings);
        if (!frame.getChildren().contains(signInView.root())) {
            showSignIn(); // already on screen while the store opened: what was typed there stays
        }
        startSync();
        startBackups();
    }

    /**
     * Closes the window; with automatic backups the closing backup runs first on its own thread while the window
     * says so (the FX thread never waits for it).
     */
    public void requestClose() {
        if (backups == null || closing) {
            stage.close();
            return;
        }
        closing = true;
        stopWatching();
        show(splash(Messages.get("app.backingUp")));
        backups.backUpNow().whenComplete((taken, failure) -> Platform.runLater(stage::close));
    }

    /** Sync runs whoever is signed in (or nobody): the doctor's board fills while the desk is locked too. */
    private void startSync() {
        if (sync == null) {
            sync = new BackgroundSync(store.services().store(), syncInterval, Platform::runLater,
                    ZoneId.systemDefault());
            signIn.followSync(sync.statusProperty(), sync.textProperty(), sync::syncNow);
            sync.start();
        }
    }

    private void addSyncActions(ShellView view, ShellViewModel shellModel, Session signedIn) {
        if (sync == null) {
            return;
        }
        shellModel.followSync(sync.textProperty());
        view.addFileAction("menu-syncNow", "menu.syncNow", "F9", sync::syncNow);
        if (signedIn.actor().may(Permission.REVIEW_SYNC_CONFLICTS)) {
            view.addFileAction("menu-conflicts", "menu.conflicts", null, this::openConflicts);
        }
        if (signedIn.actor().may(Permission.ADMINISTER_STORE)) {
            view.addFileAction("menu-centralSettings", "menu.centralSettings", null, this::openCentralSettings);
        }
    }

    /** Conflicts sync left for a person, read from the central server in the settings. */
    public void openConflicts() {
        if (session != null && sync != null) {
            new SyncDialogs(stage, executor, sync).conflicts(session);
        }
    }

    /** The administrator's clinic settings; a new idle time applies at once on this desk. */
    public void openClinicSettings() {
        if (session == null) {
            return;
        }
        IdleWatch watching = idle;
        var model = new ClinicSettingsViewModel(session, executor, saved -> {
            if (watching != null && idleTimeFromClinic) {
                watching.idleTime(Duration.ofMinutes(saved.idleLockMinutes()));
            }
        });
        new ClinicSettingsDialog(model, stage).show();
    }

    /** A doctor's printed details: their own, or an administrator's pick of the doctors. */
    public DoctorDetailsDialog openDoctorDetails() {
        if (session == null || !DoctorDetailsViewModel.mayEdit(session)) {
            return null;
        }
        DoctorDetailsDialog dialog = new DoctorDetailsDialog(new DoctorDetailsViewModel(session, executor), stage);
        dialog.show();
        return dialog;
    }

    /** The administrator's import wizard: FHIR or the previous system's export, a dry run first. */
    public ImportWizardDialog openImport() {
        if (session == null || !session.actor().may(Permission.IMPORT_RECORDS)) {
            return null;
        }
        ImportWizardDialog wizard = new ImportWizardDialog(new ImportWizardViewModel(session, executor,
                Platform::runLater), stage);
        wizard.show();
        return wizard;
    }

    /** The administrator's central server dialog; saving restarts the background sync. */
    public void openCentralSettings() {
        if (session != null && sync != null) {
            new SyncDialogs(stage, executor, sync).centralSettings(session);
        }
    }

    private void showSignIn() {
        signIn.passwordProperty().set("");
        show(signInView.root());
    }

    /** A password an administrator reset: the change form comes before the workstation. */
    private void changePassword(PendingPasswordChange pending) {
        show(new PasswordChangeView(new PasswordChangeViewModel(pending, executor, this::signedIn, this::showSignIn)).root());
    }

    /** Where files the window saves go: the system's save dialog, or a fixed path in tests (no native dialog there). */
    public void chooseSaveFilesWith(SaveFileChooser chooser) {
        this.saveChooser = chooser;
    }

    /** Where the window prints: the system's printers, or a stand-in printer in tests (none on a test machine). */
    public void printWith(Printers stand) {
        this.printers = stand;
    }

    /** Where folders the window asks for come from: the system's dialog, or a fixed folder in tests. */
    public void chooseFoldersWith(BackupsView.FolderChooser chooser) {
        this.folderChooser = chooser;
    }

    /** The administrators' Backups tab (opened once, then brought to the front). */
    public void openBackups() {
        if (session == null || shellView == null || !session.actor().may(Permission.ADMINISTER_STORE)) {
            return;
        }
        javafx.scene.control.TabPane tabs = shellView.tabPane();
        KeyFolder keys = backupKeys != null ? backupKeys : KeyFolder.defaultHere();
        javafx.scene.control.Tab tab = tabs.getTabs().stream().filter(t -> "backupsTab".equals(t.getId())).findFirst()
                .orElseGet(() -> {
                    // Through the automatic backups' worker when they run, so two backups never overlap.
                    BackupsViewModel model = new BackupsViewModel(session, executor, dataDir, keys, clock,
                            () -> backups != null ? backups.backUpNow().join()
                                    : new StoreBackups(store.services().store(), keys, clock)
                                            .take(BackupManifest.Kind.SCHEDULED));
                    javafx.scene.control.Tab created = new javafx.scene.control.Tab(Messages.get("backups.tab"),
                            new BackupsView(model, (owner, title) -> folderChooser.choose(owner, title)).root());
                    model.restoresInPlaceWith(this::replaceStore);
                    created.setId("backupsTab");
                    tabs.getTabs().add(created);
                    model.refresh();
                    return created;
                });
        tabs.getSelectionModel().select(tab);
    }

    /** The administrators' Audit log tab (opened once, then brought to the front). */
    public void openAuditLog() {
        if (session == null || shellView == null || !session.actor().may(Permission.REVIEW_AUDIT)) {
            return;
        }
        javafx.scene.control.TabPane tabs = shellView.tabPane();
        javafx.scene.control.Tab audit = tabs.getTabs().stream().filter(t -> "auditTab".equals(t.getId())).findFirst()
                .orElseGet(() -> {
                    AuditLogViewModel model = new AuditLogViewModel(session, executor, clock.getZone());
                    javafx.scene.control.Tab tab = new javafx.scene.control.Tab(Messages.get("audit.tab"),
                            new AuditLogView(model, (owner, title, name, type, pattern) ->
                                    saveChooser.choose(owner, title, name, type, pattern)).root());
                    tab.setId("auditTab");
                    tabs.getTabs().add(tab);
                    model.search();
                    return tab;
                });
        tabs.getSelectionModel().select(audit);
    }

    /** File > Reports (doctors and administrators): a day sheet or month summary, previewed and saved. */
    public void openReports() {
        if (session == null || !session.actor().may(Permission.VIEW_REPORTS)) {
            return;
        }
        var model = new org.clinicdesk.app.gui.reports.ReportsViewModel(session, executor, LocalDate.now(clock));
        new org.clinicdesk.app.gui.reports.ReportsDialog(model, stage, (owner, title, name, type, pattern) ->
                saveChooser.choose(owner, title, name, type, pattern)).show();
    }

    /** The administrator's staff tab (opened once, then brought to the front). */
    public void openStaff() {
        if (session == null || shellView == null || !session.actor().may(Permission.MANAGE_USERS)) {
            return;
        }
        javafx.scene.control.TabPane tabs = shellView.tabPane();
        javafx.scene.control.Tab staff = tabs.getTabs().stream().filter(t -> "staffTab".equals(t.getId())).findFirst()
                .orElseGet(() -> {
                    StaffViewModel model = new StaffViewModel(session, executor);
                    javafx.scene.control.Tab tab = new javafx.scene.control.Tab(Messages.get("staff.tab"),
                            new StaffView(model).root());
                    tab.setId("staffTab");
                    tabs.getTabs().add(tab);
                    model.refresh();
                    return tab;
                });
        tabs.getSelectionModel().select(staff);
    }

    private void signedIn(Session signedIn) {
        this.session = signedIn;
        Language language = new UserLanguages(dataDir).of(signedIn.actor().username()).orElse(Language.ENGLISH);
        Messages.use(language.locale());
        ReceptionViewModel receptionModel = new ReceptionViewModel(signedIn, executor);
        QueueBoardViewModel boardModel = new QueueBoardViewModel(signedIn, executor,
                new FxDialogService(stage), clock);
        ShellViewModel shellModel = new ShellViewModel(signedIn);
        ReceptionView receptionView = new ReceptionView(receptionModel, executor);
        PdfPrinting pdfPrinting = new PdfPrinting(executor, printers, saveChooser);
        receptionView.enablePrinting(pdfPrinting);
        QueueBoardView boardView = new QueueBoardView(boardModel);
        ShellView view = new ShellView(shellModel, receptionView, receptionModel,
                boardView, boardModel, new ShellView.ShellActions() {
                    @Override
                    public void lock() {
                        Workstation.this.lock();
                    }

                    @Override
                    public void signOut() {
                        Workstation.this.signOut();
                    }

                    @Override
                    public void quit() {
                        requestClose();
                    }
                });
        charts = new ChartTabs(view.tabPane(), signedIn, executor, new FxDialogService(stage), clock, openDocument);
        charts.enablePrinting(pdfPrinting);
        boardModel.onCalled(charts::openChartAndNote);
        if (signedIn.actor().may(Permission.RECORD_VITALS)) {
            boardView.addPatientAction("queue-recordVitals", "queue.recordVitals", charts::recordVitals);
        }
        if (signedIn.actor().may(Permission.READ_CHART)) {
            boardView.addPatientAction("queue-openChart", "queue.openChart", charts::openChart);
            receptionView.addPatientAction("reception-openChart", "reception.openChart", charts::openChart);
            receptionView.onEnter(charts::openChart);
        } else {
            // Break-glass for roles that may not read charts: a reason first, then one EMERGENCY_ACCESS event.
            receptionView.addPatientAction("reception-emergencyChart", "reception.emergencyChart",
                    charts::openChartInEmergency);
        }
        if (signedIn.actor().may(Permission.ADD_DOCUMENTS) && signedIn.actor().may(Permission.READ_CHART)) {
            ChartTabs opened = charts;
            scans = new ScanInboxViewModel(signedIn, executor, opened::importDocument);
            javafx.scene.control.Tab scanTab = new javafx.scene.control.Tab(
                    org.clinicdesk.app.gui.common.Messages.get("scans.tab"), new ScanInboxView(scans).root());
            scanTab.setId("scansTab");
            scanTab.setClosable(false);
            view.tabPane().getTabs().add(scanTab);
        }
        addSyncActions(view, shellModel, signedIn);
        if (signedIn.actor().may(Permission.MANAGE_USERS)) {
            view.addFileAction("menu-staff", "menu.staff", null, this::openStaff);
        }
        if (signedIn.actor().may(Permission.ADMINISTER_STORE)) {
            view.addFileAction("menu-backups", "menu.backups", null, this::openBackups);
        }
        if (signedIn.actor().may(Permission.REVIEW_AUDIT)) {
            view.addFileAction("menu-auditLog", "menu.auditLog", null, this::openAuditLog);
        }
        if (signedIn.actor().may(Permission.ADMINISTER_STORE)) {
            view.addFileAction("menu-clinicSettings", "menu.clinicSettings", null, this::openClinicSettings);
        }
        if (DoctorDetailsViewModel.mayEdit(signedIn)) {
            view.addFileAction("menu-doctorDetails", "menu.doctorDetails", null, this::openDoctorDetails);
        }
        if (signedIn.actor().may(Permission.IMPORT_RECORDS)) {
            view.addFileAction("menu-import", "menu.import", null, this::openImport);
        }
        if (signedIn.actor().may(Permission.VIEW_REPORTS)) {
            view.addFileAction("menu-reports", "menu.reports", null, this::openReports);
        }
        view.addLanguageMenu(language, chosen -> chooseLanguage(signedIn, chosen));
        shellView = view;
        shell = view.root();
        show(shell);
        // Nurses and doctors work from the board; reception starts on the search.
        if (signedIn.actor().may(Permission.QUEUE_TRIAGE) || signedIn.actor().may(Permission.QUEUE_CONSULT)) {
            view.showQueue();
        }
        boardModel.refresh();
        this.shellModel = shellModel;
        BackgroundTask.wrap(() -> BackupFolder.of(dataDir).newestVerified().map(BackupFolder.Status::takenAt))
                .onSuccess(newest -> shellModel.newestVerifiedBackup(newest, clock.instant()))
                .executeWith(executor);
        watcher = new ChangeWatcher(store, javafx.util.Duration.seconds(1), boardModel::storeMarker, health -> {
            shellModel.health(health);
            shellModel.backupAge(clock.instant());
        });
        watcher.start();
        idle = new IdleWatch(scene, idleTime, this::lock);
        idle.start();
        if (idleTimeFromClinic) {
            IdleWatch watching = idle;
            BackgroundTask.wrap(() -> signedIn.services().settings().current().idleLockMinutes())
                    .onSuccess(minutes -> watching.idleTime(Duration.ofMinutes(minutes)))
                    .executeWith(executor);
        }
    }

    /**
     * Remembers the user's language on this desk at once and, in the background, as their clinic setting, which takes
     * it to every desk by sync; it applies at sign-in, so the user may sign out now to see it.
     */
    private void chooseLanguage(Session signedIn, Language chosen) {
        new UserLanguages(dataDir).set(signedIn.actor().username(), chosen);
        BackgroundTask.wrap(() -> signedIn.services().settings().setOwnLanguage(signedIn.actor(), chosen.tag()))
                .executeWith(executor);
        Messages.use(chosen.locale());
        if (new FxDialogService(stage).confirm(Messages.get("language.title"), Messages.get("language.changed"))) {
            signOut();
        }
    }

    /**
     * The screen locks after the clinic's idle time (an administrator's setting that every desk shares) instead of the
     * time given to the constructor, which then only applies until the setting has been read after sign-in.
     */
    public void lockAfterTheClinicsIdleTime() {
        idleTimeFromClinic = true;
    }

    /** Hides the work at once; the audit event is written in the background. */
    public void lock() {
        if (session == null || idle == null) {
            return;
        }
        idle.stop();
        Session locked = session;
        BackgroundTask.wrap(() -> locked.services().users().screenLocked(locked.actor())).executeWith(executor);
        show(new LockView(new LockViewModel(locked, executor, this::unlocked), this::signOut).root());
    }

    private void unlocked(Session again) {
        this.session = again;
        show(shell);
        idle.start();
    }

    public void signOut() {
        if (session == null) {
            return;
        }
        Session leaving = session;
        session = null;
        stopWatching();
        if (scans != null) {
            scans.close();
            scans = null;
        }
        if (charts != null) {
            charts.closeAll();
            charts = null;
        }
        BackgroundTask.wrap(() -> leaving.services().users().signOut(leaving.actor())).executeWith(executor);
        shell = null;
        shellView = null;
        signIn.usernameProperty().set("");
        showSignIn();
    }

    /**
     * An in-place restore, checked and after its verified safety backup: the session ends (not signed out: that event
     * would go into the store being replaced), the background work and the store close, the restored store takes its
     * place and opens again, off the FX thread; then the sign-in form, which waits for a catch-up sync on a desk with a
     * central server.
     */
    private void replaceStore(StoreRestore.Checked checked) {
        session = null;
        stopWatching();
        if (scans != null) {
            scans.close();
            scans = null;
        }
        if (charts != null) {
            charts.closeAll();
            charts = null;
        }
        shell = null;
        shellView = null;
        Workstore old = store;
        BackgroundSync syncing = sync;
        BackgroundBackups backingUp = backups;
        sync = null;
        backups = null;
        signIn.usernameProperty().set("");
        show(splash(Messages.get("app.restoring")));
        BackgroundTask.wrap(() -> {
                    if (syncing != null) {
                        syncing.close();
                    }
                    if (backingUp != null) {
                        backingUp.close(); // a backup under way finishes before the store closes
                    }
                    old.close();
                    checked.replace(dataDir);
                    Workstore opened = opener.open(dataDir);
                    prepare.accept(opened);
                    return opened;
                })
                .onSuccess(this::opened)
                .onFailure(e -> {
                    Parent failed = splash(Messages.get("app.restoreFailed", ErrorText.of(e)));
                    failed.lookupAll(".progress-indicator").forEach(n -> n.setVisible(false));
                    show(failed);
                })
                .executeWith(executor);
    }

    /** On window close: the session is signed out and the store closed, off the FX thread. */
    public void shutdown() {
        stopWatching();
        if (scans != null) {
            scans.close();
        }
        Session leaving = session;
        Workstore open = store;
        BackgroundSync syncing = sync;
        BackgroundBackups backingUp = backups;
        session = null;
        sync = null;
        backups = null;
        Thread closer = new Thread(() -> {
            if (syncing != null) {
                syncing.close();
            }
            if (backingUp != null) {
                backingUp.close(); // a backup under way finishes before the store closes
            }
            if (leaving != null) {
                leaving.services().users().signOut(leaving.actor());
            }
            if (open != null) {
                open.close();
            }
        }, "clinicdesk-shutdown");
        closer.start();
        try {
            closer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopWatching() {
        if (watcher != null) {
            watcher.cancel();
            watcher = null;
        }
        if (idle != null) {
            idle.stop();
            idle = null;
        }
    }

    private void show(Node content) {
        frame.getChildren().setAll(content);
    }

    private static Parent splash(String text) {
        Label label = new Label(text);
        label.setId("splashText");
        label.setWrapText(true);
        VBox box = new VBox(16, new ProgressIndicator(), label);
        box.getStyleClass().add("form-card");
        box.setMaxWidth(480);
        box.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        return box;
    }

    /**
     * Shows the sign-in form from the start even on an empty store, for a store that opening makes a site (the
     * demo): people type while it opens, and signing in waits for it as on a store set up before.
     */
    public void signInWhileOpening() {
        this.signInWhileOpening = true;
    }

    /** A store that was set up before has its database file; checking costs nothing and needs no database. */
    static boolean looksInitialised(Path dataDir) {
        try (var files = Files.list(dataDir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".mv.db"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public Optional<Session> session() {
        return Optional.ofNullable(session);
    }

    public Scene scene() {
        return scene;
    }

    public Optional<SiteSettings> site() {
        return Optional.ofNullable(site);
    }
}
