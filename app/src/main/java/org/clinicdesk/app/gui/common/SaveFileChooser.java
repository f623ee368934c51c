package org.clinicdesk.app.gui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save a file; the system's save dialog in the window, a fixed path in tests (no native dialog there). */
@FunctionalInterface
public interface SaveFileChooser {
    Optional<Path> choose(Window owner, String title, String initialName, String typeName, String pattern);

    /** The system's save dialog. */
    static SaveFileChooser system() {
        return (owner, title, initialName, typeName, pattern) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(initialName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(typeName, pattern));
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
        };
    }
}
