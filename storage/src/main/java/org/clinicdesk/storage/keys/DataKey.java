package org.clinicdesk.storage.keys;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The store's random 256-bit data key. It is never written anywhere as it is: the store keeps it wrapped by the desk
 * key and by the recovery key ({@link StoreKeyFile}). Everything that locks the store's data is derived from it with
 * its own label, so no derived key reveals another.
 */
public final class DataKey {
    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] bytes;

    DataKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a data key has " + BYTES + " bytes, not " + bytes.length);
        }
        this.bytes = bytes.clone();
    }

    static DataKey generate() {
        byte[] b = new byte[BYTES];
        RANDOM.nextBytes(b);
        return new DataKey(b);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** H2's password for an encrypted file: "file password, a space, user password". */
    public String databasePassword() {
        HexFormat hex = HexFormat.of();
        return hex.formatHex(Hkdf.derive(bytes, "h2 file password", 32)) + " "
                + hex.formatHex(Hkdf.derive(bytes, "h2 user password", 32));
    }

    /** The user password alone (to set it on a converted store, whose user had none). */
    public String userPassword() {
        return databasePassword().substring(databasePassword().indexOf(' ') + 1);
    }

    /** The key that seals document files under {@code blobs/}. */
    public Gcm documentCipher() {
        return new Gcm(Hkdf.derive(bytes, "document files", 32));
    }

    /** The key that seals small secrets kept in the data folder's plain files ({@link StoreSecrets}). */
    Gcm secretsCipher() {
        return new Gcm(Hkdf.derive(bytes, "store secrets", 32));
    }

    /** A password for a transient encrypted script (store conversion); never kept. */
    public String conversionScriptPassword() {
        return HexFormat.of().formatHex(Hkdf.derive(bytes, "conversion script", 32));
    }
}
