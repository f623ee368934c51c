package org.clinicdesk.storage.keys;

import java.util.Optional;

/**
 * How a program may open a store: the key folder of this computer, the recovery key if a person typed one, and
 * whether an old plain store may be encrypted now (only where the new recovery key can be shown: {@code init} and
 * the window).
 */
public record StoreAccess(KeyFolder keyFolder, Optional<RecoveryKey> recoveryKey, PlainStore plainStore) {
    /** What to do with a store made before stores were encrypted. */
    public enum PlainStore { ENCRYPT_NOW, REFUSE }

    /** This computer's key folder, no recovery key, and an old plain store encrypted at once. */
    public static StoreAccess thisComputer() {
        return new StoreAccess(KeyFolder.defaultHere(), Optional.empty(), PlainStore.ENCRYPT_NOW);
    }

    public static StoreAccess with(KeyFolder folder) {
        return new StoreAccess(folder, Optional.empty(), PlainStore.ENCRYPT_NOW);
    }

    public StoreAccess withRecoveryKey(RecoveryKey key) {
        return new StoreAccess(keyFolder, Optional.of(key), plainStore);
    }

    public StoreAccess refusingPlainStores() {
        return new StoreAccess(keyFolder, recoveryKey, PlainStore.REFUSE);
    }
}
