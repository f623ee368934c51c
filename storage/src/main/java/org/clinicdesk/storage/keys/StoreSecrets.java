package org.clinicdesk.storage.keys;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Small secrets that belong with one store but live in a plain file of its data folder (the central login's
 * password in {@code central.properties}), sealed with a key derived from the store's data key and bound to the store
 * and the secret's name. A copy of the data folder without this computer's desk key or the recovery key reads nothing;
 * a sealed value moved to another store or another name fails its tag. The data key survives desk-key moves and
 * recovery, so the secret does too.
 */
public final class StoreSecrets {
    private final Gcm cipher;
    private final String keyId;

    StoreSecrets(DataKey key, String keyId) {
        this.cipher = key.secretsCipher();
        this.keyId = keyId;
    }

    /** Thrown when a sealed value does not open: damaged, or sealed by another store (a copied file). */
    public static final class SealBrokenException extends IllegalStateException {
        SealBrokenException(String message) {
            super(message);
        }
    }

    /** {@code value} sealed for this store under {@code name}, as Base64 text. */
    public String seal(String name, String value) {
        return Base64.getEncoder().encodeToString(cipher.seal(value.getBytes(StandardCharsets.UTF_8), boundTo(name)));
    }

    /** The value sealed under {@code name} by this store. */
    public String open(String name, String sealed) {
        try {
            return new String(cipher.open(Base64.getDecoder().decode(sealed.strip()), boundTo(name)),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | Gcm.TagMismatchException e) {
            throw new SealBrokenException("the sealed " + name + " does not open with this store's key (damaged, or "
                    + "copied from another store's data folder)");
        }
    }

    private String boundTo(String name) {
        return "clinicdesk store " + keyId + " secret " + name;
    }
}
