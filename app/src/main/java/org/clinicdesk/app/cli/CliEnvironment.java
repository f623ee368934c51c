package org.clinicdesk.app.cli;

import org.clinicdesk.app.DataDirectory;
import org.clinicdesk.storage.keys.DeskKeyPlace;
import org.clinicdesk.storage.keys.KeyFolder;
import org.clinicdesk.storage.keys.StoreAccess;

import java.io.Console;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * What the command line takes from the world around it: environment variables, a terminal to ask for passwords,
 * the clock and the user's home. Tests give their own, so they never need a terminal or a real environment.
 */
public interface CliEnvironment {
    String DATA_DIR = "CLINICDESK_DATA_DIR";
    String USER = "CLINICDESK_USER";
    String PASSWORD = "CLINICDESK_PASSWORD";
    String NEW_PASSWORD = "CLINICDESK_NEW_PASSWORD";

    Optional<String> variable(String name);

    /** Asks for a secret on the terminal; empty when there is no terminal (a script, a pipe). */
    Optional<char[]> askSecret(String prompt);

    Clock clock();

    /** The data directory when neither {@code --data-dir} nor CLINICDESK_DATA_DIR says otherwise. */
    Path defaultDataDir();

    /** Where this computer keeps desk key files: CLINICDESK_KEY_DIR, else the per-user default (see {@link KeyFolder}). */
    KeyFolder keyFolder();

    /** Where a new desk key goes: CLINICDESK_DESK_KEY, else the key file when CLINICDESK_KEY_DIR is set, else auto. */
    DeskKeyPlace deskKeyPlace();

    /** How this command line opens stores and where it puts a new desk key. */
    default StoreAccess storeAccess() {
        return StoreAccess.with(keyFolder(), deskKeyPlace());
    }

    static CliEnvironment system() {
        return new CliEnvironment() {
            @Override
            public Optional<String> variable(String name) {
                return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isEmpty());
            }

            @Override
            public Optional<char[]> askSecret(String prompt) {
                Console console = System.console();
                return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", prompt));
            }

            @Override
            public Clock clock() {
                return Clock.systemDefaultZone();
            }

            @Override
            public Path defaultDataDir() {
                return DataDirectory.defaultHere(System.getenv());
            }

            @Override
            public KeyFolder keyFolder() {
                return KeyFolder.from(System.getenv(), System.getProperty("os.name", ""),
                        Path.of(System.getProperty("user.home")));
            }

            @Override
            public DeskKeyPlace deskKeyPlace() {
                return DeskKeyPlace.from(System.getenv());
            }
        };
    }

    /** Fixed variables and no terminal: how scripts and tests run. */
    static CliEnvironment of(Map<String, String> variables, Clock clock, Path home) {
        Map<String, String> copy = Map.copyOf(variables);
        return new CliEnvironment() {
            @Override
            public Optional<String> variable(String name) {
                return Optional.ofNullable(copy.get(name)).filter(v -> !v.isEmpty());
            }

            @Override
            public Optional<char[]> askSecret(String prompt) {
                return Optional.empty();
            }

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public Path defaultDataDir() {
                return DataDirectory.defaultFor("Linux", home, copy);
            }

            @Override
            public KeyFolder keyFolder() {
                return KeyFolder.from(copy, "Linux", home);
            }

            @Override
            public DeskKeyPlace deskKeyPlace() {
                return DeskKeyPlace.from(copy);
            }
        };
    }
}
