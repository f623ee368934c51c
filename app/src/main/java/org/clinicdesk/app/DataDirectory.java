package org.clinicdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where each operating system keeps an application's own data, as DESIGN.md fixes it for ClinicDesk; the window and
 * the command line both start from here.
 */
public final class DataDirectory {
    private DataDirectory() {
    }

    /** The default for this machine: the running OS, the user's home and the process environment. */
    public static Path defaultHere(Map<String, String> env) {
        return defaultFor(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")), env);
    }

    /** ~/.local/share/clinicdesk (or $XDG_DATA_HOME/clinicdesk), %APPDATA%\ClinicDesk, ~/Library/Application Support/ClinicDesk. */
    public static Path defaultFor(String osName, Path home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("ClinicDesk");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("ClinicDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("clinicdesk");
    }
}
