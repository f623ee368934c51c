package org.clinicdesk.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Where each operating system keeps an application's own data, as DESIGN.md fixes it for ClinicDesk. */
final class DataDirectory {
    private DataDirectory() {
    }

    static Path defaultFor(String osName, Path home, Optional<String> appData) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return appData.map(Path::of).orElse(home.resolve("AppData").resolve("Roaming")).resolve("ClinicDesk");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("ClinicDesk");
        }
        return home.resolve(".local").resolve("share").resolve("clinicdesk");
    }
}
