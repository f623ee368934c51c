package org.clinicdesk.storage.keys;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.clinicdesk.storage.files.OwnerOnly;

/**
 * {@code <dataDir>/store.keys}: the store's key id, its data key wrapped twice (AES-GCM), once by the desk key
 * and once by the recovery key, and where the desk key is kept ({@code desk-key-in}: {@code os} or {@code file}; a
 * file without the entry predates the choice and means {@code file}). Useless without one of the keys; owner-only
 * all the same, and replaced atomically.
 */
record StoreKeyFile(String keyId, byte[] deskWrapped, byte[] recoveryWrapped, DeskKeyStore.Kind deskKeyIn) {
    static final String NAME = "store.keys";
    private static final String FORMAT = "1";

    static Path pathIn(Path dataDir) {
        return dataDir.resolve(NAME);
    }

    static String newKeyId() {
        return UUID.randomUUID().toString();
    }

    static Optional<StoreKeyFile> read(Path dataDir) {
        Path file = pathIn(dataDir);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1)));
        } catch (IOException e) {
            throw new UncheckedIOException("The store's key file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new IllegalStateException("The store's key file " + file + " has format '" + p.getProperty("format")
                    + "'; this ClinicDesk reads format " + FORMAT + " (a newer ClinicDesk wrote it?)");
        }
        try {
            String keyId = UUID.fromString(p.getProperty("key-id", "")).toString();
            return Optional.of(new StoreKeyFile(keyId, decode(p, "desk"), decode(p, "recovery"), deskKeyIn(p)));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The store's key file " + file + " is damaged (" + e.getMessage() + ")", e);
        }
    }

    private static DeskKeyStore.Kind deskKeyIn(Properties p) {
        String value = p.getProperty("desk-key-in", DeskKeyStore.Kind.KEY_FILE.setting());
        for (DeskKeyStore.Kind kind : DeskKeyStore.Kind.values()) {
            if (kind.setting().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("'desk-key-in' is '" + value + "', neither os nor file");
    }

    private static byte[] decode(Properties p, String name) {
        String value = p.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException("no '" + name + "' entry");
        }
        return Base64.getDecoder().decode(value);
    }

    void write(Path dataDir) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("key-id", keyId);
        p.setProperty("desk", Base64.getEncoder().encodeToString(deskWrapped));
        p.setProperty("recovery", Base64.getEncoder().encodeToString(recoveryWrapped));
        p.setProperty("desk-key-in", deskKeyIn.setting());
        StringWriter text = new StringWriter();
        Path file = pathIn(dataDir);
        try {
            p.store(text, "ClinicDesk store keys: the data key, wrapped by this computer's desk key and by the recovery "
                    + "key on paper. Keep this file with the store.");
            OwnerOnly.writeAtomically(file, text.toString().getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("The store's key file " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    StoreKeyFile withDesk(byte[] wrapped, DeskKeyStore.Kind in) {
        return new StoreKeyFile(keyId, wrapped, recoveryWrapped, in);
    }

    StoreKeyFile withRecovery(byte[] wrapped) {
        return new StoreKeyFile(keyId, deskWrapped, wrapped, deskKeyIn);
    }

    /** What each wrapped copy is bound to, so a copy cannot be moved to another store or to the other slot. */
    String boundTo(String slot) {
        return "clinicdesk store.keys " + keyId + " " + slot;
    }
}
