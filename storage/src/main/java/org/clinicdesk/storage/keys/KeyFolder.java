package org.clinicdesk.storage.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.storage.files.OwnerOnly;

/**
 * Where this computer keeps desk keys: one owner-only file per store, {@code <folder>/<key id>.key}, in a per-user
 * folder outside every data folder, so a copy of the data folder alone opens nothing. It is the fallback where no
 * operating-system keystore is used, and {@code doctor} says so. The folder is {@code clinicdesk.keyDir} (system
 * property, tests), else {@code CLINICDESK_KEY_DIR}, else {@code $XDG_CONFIG_HOME/clinicdesk/keys}
 * ({@code ~/.config/clinicdesk/keys}), {@code %LOCALAPPDATA%\ClinicDesk\keys}, {@code ~/Library/Preferences/ClinicDesk/keys}.
 */
public final class KeyFolder extends DeskKeyStore {
    public static final String PROPERTY = "clinicdesk.keyDir";
    public static final String VARIABLE = "CLINICDESK_KEY_DIR";
    private final Path dir;

    public KeyFolder(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** This process: the system property, then the environment, then the operating system's default. */
    public static KeyFolder defaultHere() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return new KeyFolder(Path.of(property));
        }
        return from(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** From an environment (the command line's, which tests supply), falling back to the system property. */
    public static KeyFolder from(Map<String, String> env, String osName, Path home) {
        String variable = env.get(VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return new KeyFolder(Path.of(variable));
        }
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return new KeyFolder(Path.of(property));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return new KeyFolder(base.resolve("ClinicDesk").resolve("keys"));
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return new KeyFolder(home.resolve("Library").resolve("Preferences").resolve("ClinicDesk").resolve("keys"));
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
        return new KeyFolder(config.resolve("clinicdesk").resolve("keys"));
    }

    public Path dir() {
        return dir;
    }

    public Path fileOf(String keyId) {
        if (!keyId.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not a store key id: " + keyId);
        }
        return dir.resolve(keyId + ".key");
    }

    @Override
    public Kind kind() {
        return Kind.KEY_FILE;
    }

    @Override
    Optional<byte[]> read(String keyId) {
        Path file = fileOf(keyId);
        try {
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length != DataKey.BYTES) {
                throw new IllegalStateException("The desk key file " + file + " is damaged (" + key.length
                        + " bytes instead of " + DataKey.BYTES + "); open the store with its recovery key");
            }
            return Optional.of(key);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The desk key file " + file + " is damaged (not base64); open the store "
                    + "with its recovery key", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The desk key file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Owner-only from the moment the file exists; replaces a damaged one. */
    @Override
    void keep(String keyId, byte[] key) {
        Path file = fileOf(keyId);
        try {
            OwnerOnly.folder(dir);
            OwnerOnly.writeAtomically(file, (Base64.getEncoder().encodeToString(key) + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("The desk key file " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    @Override
    void remove(String keyId) {
        Path file = fileOf(keyId);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The old desk key file " + file + " cannot be removed: " + e.getMessage()
                    + "; delete it by hand", e);
        }
    }

    @Override
    public String where(String keyId) {
        return "the key file " + fileOf(keyId);
    }

    /** For {@code doctor}: where the key is, and that a file is weaker than an operating-system keystore. */
    @Override
    public String describe(String keyId) {
        return "a key file, " + fileOf(keyId) + " (owner-only; weaker than the operating system's keystore: anyone "
                + "who can read this user's files can open the store)";
    }
}
