package org.clinicdesk.storage.keys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.clinicdesk.core.common.ValidationException;

/**
 * Envelope encryption of one store: a random data key, kept only wrapped in {@code store.keys} by the desk key (in
 * the {@link KeyFolder}, outside the data folder) and by the recovery key (on paper). Opening unwraps it with the desk
 * key, or with a recovery key a person typed, which then writes a new desk key for this computer.
 */
public final class StoreKeys {
    public static final String FILE = StoreKeyFile.NAME;

    private StoreKeys() {
    }

    /** How this open got its data key. */
    public enum Source { NEW_STORE, DESK_KEY, RECOVERY_KEY }

    /** The store's data key for this open, and the recovery key made by it (to show once), if any. */
    public record Unlocked(DataKey dataKey, String keyId, Source source, Optional<RecoveryKey> issued) {
    }

    public static boolean present(Path dataDir) {
        return Files.exists(StoreKeyFile.pathIn(dataDir));
    }

    /** The store's key id, if it has keys. */
    public static Optional<String> keyId(Path dataDir) {
        return StoreKeyFile.read(dataDir).map(StoreKeyFile::keyId);
    }

    /** A new data key, desk key and recovery key; writes the desk key and {@code store.keys}. */
    public static Unlocked create(Path dataDir, KeyFolder folder) {
        return newKeys().keep(dataDir, folder);
    }

    /** Keys made in memory only, so a conversion can finish its copy before anything says the store is encrypted. */
    public static NewKeys newKeys() {
        return new NewKeys(DataKey.generate(), RecoveryKey.generate(), StoreKeyFile.newKeyId());
    }

    /** A store's keys before they are kept. */
    public record NewKeys(DataKey dataKey, RecoveryKey recovery, String keyId) {
        /** Writes the desk key (owner-only, in the key folder) and then {@code store.keys}. */
        public Unlocked keep(Path dataDir, KeyFolder folder) {
            refuseInside(dataDir, folder);
            byte[] desk = folder.create(keyId);
            StoreKeyFile header = new StoreKeyFile(keyId, new byte[0], new byte[0]);
            header = header.withDesk(new Gcm(desk).seal(dataKey.bytes(), header.boundTo("desk")))
                    .withRecovery(recovery.wrapping().seal(dataKey.bytes(), header.boundTo("recovery")));
            header.write(dataDir);
            return new Unlocked(dataKey, keyId, Source.NEW_STORE, Optional.of(recovery));
        }
    }

    /** Unwraps the data key of the store in {@code dataDir}, which has {@code store.keys}. */
    public static Unlocked unlock(Path dataDir, StoreAccess access) {
        StoreKeyFile header = StoreKeyFile.read(dataDir).orElseThrow(() -> new IllegalStateException(
                "The store in " + dataDir + " has no " + FILE));
        if (access.recoveryKey().isPresent()) {
            return recover(dataDir, header, access.recoveryKey().get(), access.keyFolder());
        }
        Path deskFile = access.keyFolder().fileOf(header.keyId());
        byte[] desk = access.keyFolder().read(header.keyId()).orElseThrow(() -> new StoreLockedException(
                "The store in " + dataDir + " is encrypted, and this computer has no desk key for it (" + deskFile
                        + " does not exist: a new computer, another user, or the key was lost). Open it once with "
                        + "the clinic's recovery key: clinicdesk --data-dir " + dataDir
                        + " recover --recovery-key 'XXXX-XXXX-...'"));
        try {
            DataKey key = new DataKey(new Gcm(desk).open(header.deskWrapped(), header.boundTo("desk")));
            return new Unlocked(key, header.keyId(), Source.DESK_KEY, Optional.empty());
        } catch (Gcm.TagMismatchException e) {
            throw new StoreLockedException("The desk key " + deskFile + " does not open the store in " + dataDir
                    + " (" + FILE + " was wrapped with another key). Open it with the clinic's recovery key: "
                    + "clinicdesk recover --recovery-key ...");
        }
    }

    /** The recovery key opens the store and, only then, a new desk key is written for this computer. */
    private static Unlocked recover(Path dataDir, StoreKeyFile header, RecoveryKey recovery, KeyFolder folder) {
        DataKey key;
        try {
            key = new DataKey(recovery.wrapping().open(header.recoveryWrapped(), header.boundTo("recovery")));
        } catch (Gcm.TagMismatchException e) {
            throw new ValidationException("recovery-key", "does not open the store in " + dataDir + " (it is this "
                    + "store's recovery key only if it was printed when this store was made); nothing was changed");
        }
        refuseInside(dataDir, folder);
        byte[] desk = folder.create(header.keyId());
        header.withDesk(new Gcm(desk).seal(key.bytes(), header.boundTo("desk"))).write(dataDir);
        return new Unlocked(key, header.keyId(), Source.RECOVERY_KEY, Optional.empty());
    }

    /** Replaces the recovery key (the old paper no longer opens the store); returns the new one to show once. */
    public static RecoveryKey reissueRecoveryKey(Path dataDir, DataKey key) {
        StoreKeyFile header = StoreKeyFile.read(dataDir).orElseThrow();
        RecoveryKey recovery = RecoveryKey.generate();
        header.withRecovery(recovery.wrapping().seal(key.bytes(), header.boundTo("recovery"))).write(dataDir);
        return recovery;
    }

    /** A desk key kept in the data folder would travel with every copy of it. */
    private static void refuseInside(Path dataDir, KeyFolder folder) {
        if (folder.dir().startsWith(dataDir.toAbsolutePath().normalize())) {
            throw new ValidationException("key-dir", folder.dir() + " is inside the data folder " + dataDir
                    + "; desk keys must live outside it (set CLINICDESK_KEY_DIR elsewhere)");
        }
    }
}
