package org.clinicdesk.app.gui;

import java.io.IOException;
import java.time.Duration;
import org.clinicdesk.core.site.ClinicSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.FxTaskExecutor;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.common.StoreOpener;
import org.clinicdesk.storage.keys.KeyFolder;
import org.clinicdesk.storage.keys.StoreAccess;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.setup.DemoSetup;
import org.clinicdesk.app.gui.shell.Workstation;

/** The JavaFX application: reads the options, applies the theme and hands the stage to {@link Workstation}. */
public final class WorkstationApp extends Application {
    private Workstation workstation;
    private FxTaskExecutor executor;

    @Override
    public void start(Stage stage) throws IOException {
        WorkstationOptions options;
        try {
            options = WorkstationOptions.parse(getParameters().getRaw(), System.getenv());
            // Said where the user started the program: the window has no place for it before sign-in.
            options.notices().forEach(System.err::println);
            Files.createDirectories(options.dataDir());
        } catch (RuntimeException | IOException e) {
            new Alert(Alert.AlertType.ERROR, ErrorText.of(e)).showAndWait();
            Platform.exit();
            return;
        }
        executor = new FxTaskExecutor();
        Consumer<Workstore> prepare = options.demo() == WorkstationOptions.DemoMode.ON
                ? DemoSetup::prepareWithDayInBackground
                : store -> { };
        // the demo's store is throwaway, and so is its desk key: never in this user's key folder
        StoreOpener opener = options.demo() == WorkstationOptions.DemoMode.ON
                ? LocalWorkstore.opener(Clock.systemUTC(), StoreAccess.with(new KeyFolder(
                        options.dataDir().resolveSibling(options.dataDir().getFileName() + "-keys"))))
                : EarlyStore.or(LocalWorkstore.opener(Clock.systemUTC())); // opening since the program started
        workstation = new Workstation(stage, options.dataDir(), opener, prepare,
                executor, Clock.systemDefaultZone(), Duration.ofMinutes(ClinicSettings.DEFAULT_IDLE_MINUTES));
        workstation.lockAfterTheClinicsIdleTime();
        if (options.demo() != WorkstationOptions.DemoMode.ON) {
            workstation.backUpAutomatically(KeyFolder.defaultHere()); // the demo's store is throwaway
        }
        if (options.demo() == WorkstationOptions.DemoMode.ON) {
            workstation.signInWhileOpening(); // the demo makes its clinic: no first-start choice to wait for
        }
        workstation.prefillUser(options.user());
        workstation.openDocumentsWith(file -> getHostServices().showDocument(file.toUri().toString()));
        stage.setOnHidden(e -> Platform.exit());
        workstation.start();
    }

    @Override
    public void stop() {
        if (workstation != null) {
            workstation.shutdown();
        }
        if (executor != null) {
            executor.shutdown();
        }
    }

}
