package org.clinicdesk.storage.keys;

import java.util.Optional;

/**
 * How a program may open a store: the key folder of this computer, the recovery key if a person typed one, whether
 * an old plain store may be encrypted now (only where the new recovery key can be shown: {@code init} and the window),
 * and where a new desk key goes ({@link DeskKeyPlace}).
 */
public record StoreAccess(KeyFolder keyFolder, Optional<RecoveryKey> recoveryKey, PlainStore plainStore,
                          DeskKeyPlace newDeskKeys) {
    /** What to do with a store made before stores were encrypted. */
    public enum PlainStore { ENCRYPT_NOW, REFUSE }

    /** This computer's keystore or key folder, no recovery key, and an old plain store encrypted at once. */
    public static StoreAccess thisComputer() {
        return new StoreAccess(KeyFolder.defaultHere(), Optional.empty(), PlainStore.ENCRYPT_NOW,
                DeskKeyPlace.defaultHere());
    }

    /** New desk keys as files in {@code folder} (a folder given by name means key files). */
    public static StoreAccess with(KeyFolder folder) {
        return with(folder, DeskKeyPlace.KEY_FILE);
    }

    public static StoreAccess with(KeyFolder folder, DeskKeyPlace newDeskKeys) {
        return new StoreAccess(folder, Optional.empty(), PlainStore.ENCRYPT_NOW, newDeskKeys);
    }

    public StoreAccess withRecoveryKey(RecoveryKey key) {
        return new StoreAccess(keyFolder, Optional.of(key), plainStore, newDeskKeys);
    }

    public StoreAccess refusingPlainStores() {
        return new StoreAccess(keyFolder, recoveryKey, PlainStore.REFUSE, newDeskKeys);
    }

    /** Where a desk key made now goes. */
    public DeskKeyStore placeForNewDeskKey() {
        return newDeskKeys.resolve(keyFolder);
    }
}
