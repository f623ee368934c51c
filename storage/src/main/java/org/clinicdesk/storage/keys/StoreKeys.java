package org.clinicdesk.storage.keys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.ValidationException;

/**
 * Envelope encryption of one store: a random data key, kept only wrapped in {@code store.keys} by the desk key (in
 * the operating system's keystore, or a {@link KeyFolder} file outside the data folder: {@link DeskKeyStore}) and by
 * the recovery key (on paper). Opening unwraps it with the desk key, or with a recovery key a person typed, which then
 * writes a new desk key for this computer.
 */
public final class StoreKeys {
    public static final String FILE = StoreKeyFile.NAME;

    private StoreKeys() {
    }

    /** How this open got its data key. */
    public enum Source { NEW_STORE, DESK_KEY, RECOVERY_KEY }

    /**
     * The store's data key for this open, where its desk key is now, and the recovery key made by this open (to show
     * once), if any.
     */
    public record Unlocked(DataKey dataKey, String keyId, Source source, Optional<RecoveryKey> issued,
                           DeskKeyStore deskKeys) {
        /** Seals and opens this store's small secrets kept in plain files of its data folder. */
        public StoreSecrets secrets() {
            return new StoreSecrets(dataKey, keyId);
        }
    }

    public static boolean present(Path dataDir) {
        return Files.exists(StoreKeyFile.pathIn(dataDir));
    }

    /** The store's key id, if it has keys. */
    public static Optional<String> keyId(Path dataDir) {
        return StoreKeyFile.read(dataDir).map(StoreKeyFile::keyId);
    }

    /** A new data key, desk key and recovery key; writes the desk key (where {@code access} says) and {@code store.keys}. */
    public static Unlocked create(Path dataDir, StoreAccess access) {
        return newKeys().keep(dataDir, access.placeForNewDeskKey());
    }

    /** Keys made in memory only, so a conversion can finish its copy before anything says the store is encrypted. */
    public static NewKeys newKeys() {
        return new NewKeys(DataKey.generate(), RecoveryKey.generate(), StoreKeyFile.newKeyId());
    }

    /** A store's keys before they are kept. */
    public record NewKeys(DataKey dataKey, RecoveryKey recovery, String keyId) {
        /** Writes the desk key (in the keystore, or owner-only in the key folder) and then {@code store.keys}. */
        public Unlocked keep(Path dataDir, DeskKeyStore deskKeys) {
            refuseInside(dataDir, deskKeys);
            byte[] desk = deskKeys.create(keyId);
            StoreKeyFile header = new StoreKeyFile(keyId, new byte[0], new byte[0], deskKeys.kind());
            header = header.withDesk(new Gcm(desk).seal(dataKey.bytes(), header.boundTo("desk")), deskKeys.kind())
                    .withRecovery(recovery.wrapping().seal(dataKey.bytes(), header.boundTo("recovery")));
            header.write(dataDir);
            return new Unlocked(dataKey, keyId, Source.NEW_STORE, Optional.of(recovery), deskKeys);
        }
    }

    /** Unwraps the data key of the store in {@code dataDir}, which has {@code store.keys}. */
    public static Unlocked unlock(Path dataDir, StoreAccess access) {
        StoreKeyFile header = StoreKeyFile.read(dataDir).orElseThrow(() -> new IllegalStateException(
                "The store in " + dataDir + " has no " + FILE));
        if (access.recoveryKey().isPresent()) {
            return recover(dataDir, header, access.recoveryKey().get(), access);
        }
        DeskKeyStore deskKeys = deskKeysOf(dataDir, header, access);
        String where = deskKeys.where(header.keyId());
        byte[] desk = deskKeys.read(header.keyId()).orElseThrow(() -> new StoreLockedException(
                "The store in " + dataDir + " is encrypted, and this computer has no desk key for it (" + where
                        + " does not exist: a new computer, another user, or the key was lost). Open it once with "
                        + "the clinic's recovery key: clinicdesk --data-dir " + dataDir
                        + " recover --recovery-key 'XXXX-XXXX-...'"));
        try {
            DataKey key = new DataKey(new Gcm(desk).open(header.deskWrapped(), header.boundTo("desk")));
            return new Unlocked(key, header.keyId(), Source.DESK_KEY, Optional.empty(), deskKeys);
        } catch (Gcm.TagMismatchException e) {
            throw new StoreLockedException("The desk key in " + where + " does not open the store in " + dataDir
                    + " (" + FILE + " was wrapped with another key). Open it with the clinic's recovery key: "
                    + "clinicdesk recover --recovery-key ...");
        }
    }

    /** Where {@code store.keys} says the desk key is; a keystore that does not answer locks the store. */
    private static DeskKeyStore deskKeysOf(Path dataDir, StoreKeyFile header, StoreAccess access) {
        if (header.deskKeyIn() == DeskKeyStore.Kind.KEY_FILE) {
            return access.keyFolder();
        }
        OsKeystore.Probe probe = OsKeystore.probe();
        return probe.keystore().orElseThrow(() -> new StoreLockedException("The desk key of the store in " + dataDir
                + " is kept in the operating system's keystore, but " + probe.problem() + ". Open it from this "
                + "account's desktop session, or once with the clinic's recovery key: clinicdesk --data-dir "
                + dataDir + " recover --recovery-key 'XXXX-XXXX-...'"));
    }

    /** The recovery key opens the store and, only then, a new desk key is written for this computer. */
    private static Unlocked recover(Path dataDir, StoreKeyFile header, RecoveryKey recovery, StoreAccess access) {
        DataKey key;
        try {
            key = new DataKey(recovery.wrapping().open(header.recoveryWrapped(), header.boundTo("recovery")));
        } catch (Gcm.TagMismatchException e) {
            throw new ValidationException("recovery-key", "does not open the store in " + dataDir + " (it is this "
                    + "store's recovery key only if it was printed when this store was made); nothing was changed");
        }
        DeskKeyStore deskKeys = access.placeForNewDeskKey();
        refuseInside(dataDir, deskKeys);
        byte[] desk = deskKeys.create(header.keyId());
        header.withDesk(new Gcm(desk).seal(key.bytes(), header.boundTo("desk")), deskKeys.kind()).write(dataDir);
        return new Unlocked(key, header.keyId(), Source.RECOVERY_KEY, Optional.empty(), deskKeys);
    }

    /** A desk key written to its new place and kept there by {@code store.keys}; the old copy stays until removed. */
    public record DeskKeyMove(String keyId, DeskKeyStore from, DeskKeyStore to) {
        /** The last step of a move, once the store has opened with the new key. */
        public void removeOld() {
            from.remove(keyId);
        }
    }

    /**
     * Moves the store's desk key to the other place without ever leaving the store without a working one: the new
     * key is written and read back, {@code store.keys} is rewrapped for it, and the store must unlock with it to the
     * same data key; otherwise the old {@code store.keys} is put back and the new key removed.
     */
    public static DeskKeyMove moveDeskKey(Path dataDir, StoreAccess access, DeskKeyStore.Kind to) {
        Unlocked now = unlock(dataDir, access);
        if (now.deskKeys().kind() == to) {
            throw new RuleViolationException("The desk key of the store in " + dataDir + " is already in "
                    + now.deskKeys().where(now.keyId()) + "; nothing was changed");
        }
        DeskKeyStore target = (to == DeskKeyStore.Kind.KEY_FILE ? DeskKeyPlace.KEY_FILE : DeskKeyPlace.OS_KEYSTORE)
                .resolve(access.keyFolder());
        refuseInside(dataDir, target);
        StoreKeyFile before = StoreKeyFile.read(dataDir).orElseThrow();
        target.create(now.keyId());
        byte[] desk = target.read(now.keyId()).orElseThrow(() -> new IllegalStateException("The new desk key could not "
                + "be read back from " + target.where(now.keyId()) + "; the store keeps its old desk key"));
        before.withDesk(new Gcm(desk).seal(now.dataKey().bytes(), before.boundTo("desk")), to).write(dataDir);
        try {
            Unlocked again = unlock(dataDir, access);
            if (!Arrays.equals(again.dataKey().bytes(), now.dataKey().bytes()) || again.deskKeys().kind() != to) {
                throw new IllegalStateException("the new desk key unwraps another data key");
            }
        } catch (RuntimeException e) {
            before.write(dataDir);
            target.remove(now.keyId());
            throw new IllegalStateException("The desk key could not be moved to " + target.where(now.keyId()) + " ("
                    + e.getMessage() + "); the store keeps its old desk key in " + now.deskKeys().where(now.keyId()), e);
        }
        return new DeskKeyMove(now.keyId(), now.deskKeys(), target);
    }

    /** Replaces the recovery key (the old paper no longer opens the store); returns the new one to show once. */
    public static RecoveryKey reissueRecoveryKey(Path dataDir, DataKey key) {
        StoreKeyFile header = StoreKeyFile.read(dataDir).orElseThrow();
        RecoveryKey recovery = RecoveryKey.generate();
        header.withRecovery(recovery.wrapping().seal(key.bytes(), header.boundTo("recovery"))).write(dataDir);
        return recovery;
    }

    /** A desk key kept in the data folder would travel with every copy of it. */
    private static void refuseInside(Path dataDir, DeskKeyStore deskKeys) {
        if (deskKeys instanceof KeyFolder folder && folder.dir().startsWith(dataDir.toAbsolutePath().normalize())) {
            throw new ValidationException("key-dir", folder.dir() + " is inside the data folder " + dataDir
                    + "; desk keys must live outside it (set CLINICDESK_KEY_DIR elsewhere)");
        }
    }
}
