package org.clinicdesk.storage.keys;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.KeyringStorageType;
import com.github.javakeyring.PasswordAccessException;
import java.util.Base64;
import java.util.Optional;

/**
 * Desk keys in the operating system's keystore for this account, through java-keyring: Windows Credential Manager,
 * the macOS Keychain, or the freedesktop Secret Service (GNOME Keyring, KWallet) on a Linux desktop. Each store's key
 * is one item, service {@value #SERVICE}, account {@code desk key <key id>}, its value the key in Base64. The keystore
 * is reached afresh for each use, so no connection outlives the work that needed it.
 */
public final class OsKeystore extends DeskKeyStore {
    static final String SERVICE = "ClinicDesk";
    private final KeyringStorageType type;

    private OsKeystore(KeyringStorageType type) {
        this.type = type;
    }

    /** Whether this account has a keystore that answers now, and if not, why not. */
    public record Probe(Optional<OsKeystore> keystore, String problem) {
    }

    /** Reaches the keystore of this account (on Linux: the Secret Service on the session's D-Bus). */
    public static Probe probe() {
        try (Keyring keyring = Keyring.create()) {
            return new Probe(Optional.of(new OsKeystore(keyring.getKeyringStorageType())), "");
        } catch (BackendNotSupportedException | RuntimeException e) {
            return new Probe(Optional.empty(), "no operating-system keystore answers for this account ("
                    + e.getMessage() + "; on Linux it is the Secret Service of a desktop session, e.g. GNOME Keyring)");
        } catch (Exception e) {
            return new Probe(Optional.empty(), "the operating-system keystore could not be reached: " + e.getMessage());
        }
    }

    static String account(String keyId) {
        return "desk key " + keyId;
    }

    @Override
    public Kind kind() {
        return Kind.OS_KEYSTORE;
    }

    @Override
    Optional<byte[]> read(String keyId) {
        String value;
        try (Keyring keyring = Keyring.create(type)) {
            value = keyring.getPassword(SERVICE, account(keyId));
        } catch (PasswordAccessException e) {
            return Optional.empty();
        } catch (Exception e) {
            throw new StoreLockedException("The desk key of this store is in " + name() + ", which cannot be read now ("
                    + e.getMessage() + "). Unlock the keystore of this account (log in to the desktop), or open the "
                    + "store with the clinic's recovery key: clinicdesk recover --recovery-key ...");
        }
        try {
            byte[] key = Base64.getDecoder().decode(value.strip());
            if (key.length == DataKey.BYTES) {
                return Optional.of(key);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the same message as a key of the wrong length
        }
        throw new IllegalStateException("The desk key " + where(keyId) + " is damaged (not a " + DataKey.BYTES
                + "-byte key); open the store with its recovery key");
    }

    @Override
    void keep(String keyId, byte[] key) {
        try (Keyring keyring = Keyring.create(type)) {
            keyring.setPassword(SERVICE, account(keyId), Base64.getEncoder().encodeToString(key));
        } catch (Exception e) {
            throw new IllegalStateException("The desk key could not be written to " + name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    void remove(String keyId) {
        try (Keyring keyring = Keyring.create(type)) {
            keyring.deletePassword(SERVICE, account(keyId));
        } catch (PasswordAccessException e) {
            // already gone: what remove promises
        } catch (Exception e) {
            throw new IllegalStateException("The old desk key could not be removed from " + name() + ": "
                    + e.getMessage() + "; remove the item '" + SERVICE + "' / '" + account(keyId) + "' by hand", e);
        }
    }

    /** The keystore in the clinic's words. */
    public String name() {
        switch (type) {
            case WINDOWS_CREDENTIAL_STORE:
                return "Windows Credential Manager";
            case OSX_KEYCHAIN:
            case LEGACY_OSX_KEYCHAIN:
                return "the macOS Keychain";
            case KWALLET:
                return "KWallet";
            case GNOME_KEYRING:
                return "the Secret Service (GNOME Keyring)";
            default:
                return "the operating system's keystore";
        }
    }

    @Override
    public String where(String keyId) {
        return name() + ", item '" + SERVICE + "' / '" + account(keyId) + "'";
    }

    @Override
    public String describe(String keyId) {
        return "the operating system's keystore for this account: " + where(keyId);
    }
}
