package org.clinicdesk.storage.keys;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.core.common.ValidationException;

/**
 * Where a new desk key goes (at init, at a recovery, at the encryption of an old plain store): the operating system's
 * keystore when one answers, else the key file ({@link #AUTO}); or one of them by force. Set by {@value #VARIABLE}
 * (or the system property {@value #PROPERTY}) to {@code os}, {@code file} or {@code auto}. A key folder given by
 * {@link KeyFolder#VARIABLE} or {@link KeyFolder#PROPERTY} with no such setting means the key file: that is how tests
 * and headless servers have always chosen their keys. Opening an existing store never needs this: its
 * {@code store.keys} says where its desk key is.
 */
public enum DeskKeyPlace {
    AUTO, OS_KEYSTORE, KEY_FILE;

    public static final String VARIABLE = "CLINICDESK_DESK_KEY";
    public static final String PROPERTY = "clinicdesk.deskKey";

    /** This process: its environment and system properties. */
    public static DeskKeyPlace defaultHere() {
        return from(System.getenv());
    }

    /** From an environment (the command line's, which tests supply), falling back to the system properties. */
    public static DeskKeyPlace from(Map<String, String> env) {
        Optional<String> setting = nonBlank(env.get(VARIABLE)).or(() -> nonBlank(System.getProperty(PROPERTY)));
        if (setting.isPresent()) {
            switch (setting.get().strip().toLowerCase(Locale.ROOT)) {
                case "os":
                    return OS_KEYSTORE;
                case "file":
                    return KEY_FILE;
                case "auto":
                    return AUTO;
                default:
                    throw new ValidationException(VARIABLE, "is '" + setting.get() + "'; use os (the operating "
                            + "system's keystore), file (a key file outside the data folder) or auto");
            }
        }
        if (nonBlank(env.get(KeyFolder.VARIABLE)).or(() -> nonBlank(System.getProperty(KeyFolder.PROPERTY))).isPresent()) {
            return KEY_FILE;
        }
        return AUTO;
    }

    /** The place for a new desk key now; refuses a forced keystore that does not answer. */
    DeskKeyStore resolve(KeyFolder folder) {
        if (this == KEY_FILE) {
            return folder;
        }
        OsKeystore.Probe probe = OsKeystore.probe();
        if (this == AUTO) {
            return probe.keystore().<DeskKeyStore>map(k -> k).orElse(folder);
        }
        return probe.keystore().orElseThrow(() -> new ValidationException(VARIABLE, "asks for the operating system's "
                + "keystore, but " + probe.problem() + "; set " + VARIABLE + "=file to use a key file instead"));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
