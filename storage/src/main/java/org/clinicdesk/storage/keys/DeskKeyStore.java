package org.clinicdesk.storage.keys;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Where this computer keeps the desk keys that unwrap stores' data keys: the operating system's keystore for this
 * account ({@link OsKeystore}) or an owner-only key file outside the data folder ({@link KeyFolder}, the weaker
 * choice). Key material stays inside this package; others see only where a key is and which kind of place it is.
 */
public abstract sealed class DeskKeyStore permits KeyFolder, OsKeystore {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The two places; the name is what {@code store.keys} records and what {@code key move --to} takes. */
    public enum Kind {
        OS_KEYSTORE("os"), KEY_FILE("file");

        private final String setting;

        Kind(String setting) {
            this.setting = setting;
        }

        public String setting() {
            return setting;
        }
    }

    public abstract Kind kind();

    /** The desk key of a store, if this place has it. */
    abstract Optional<byte[]> read(String keyId);

    /** Keeps {@code key} as the store's desk key, replacing one that is there. */
    abstract void keep(String keyId, byte[] key);

    /** Forgets the store's desk key (nothing happens when there is none). */
    abstract void remove(String keyId);

    /** Where the store's desk key is, in words for a message: "the key file /home/..." or "GNOME Keyring, item ...". */
    public abstract String where(String keyId);

    /** For {@code doctor}: where the key is, and how strong that place is. */
    public abstract String describe(String keyId);

    /** Makes a new random desk key for the store and keeps it here. */
    final byte[] create(String keyId) {
        byte[] key = new byte[DataKey.BYTES];
        RANDOM.nextBytes(key);
        keep(keyId, key);
        return key;
    }
}
