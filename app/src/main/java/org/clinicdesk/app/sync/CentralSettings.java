package org.clinicdesk.app.sync;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.keys.StoreSecrets;
import org.clinicdesk.storage.sync.CentralServer;
import org.clinicdesk.storage.sync.Transport;

/**
 * Where this desktop syncs to: {@code central.properties} in the data directory, created readable by its owner only
 * (never widened and narrowed afterwards), written only on request: {@code sync --save}, {@code init --join --save}
 * and the window's settings dialog, each after the login has proved to be a site login. The password is kept sealed
 * with a key derived from the store's data key ({@link StoreSecrets}): someone holding a copy of the data folder, but
 * not this computer's desk key (in the operating system's keystore or the key folder) or the recovery key, cannot read
 * the central login. A plain {@code password} written by an older ClinicDesk is sealed the first time it is read. On
 * the command line the login may also come from CLINICDESK_CENTRAL_USER / CLINICDESK_CENTRAL_PASSWORD.
 */
public final class CentralSettings {
    public static final String FILE = "central.properties";
    static final String SEALED = "password.sealed";
    private static final String PLAIN = "password";

    private CentralSettings() {
    }

    /**
     * The server to use now: the options and environment over what is stored. A stored password that no longer
     * opens does not stand in the way when --url and CLINICDESK_CENTRAL_PASSWORD give the login again (sync --save then
     * replaces it); an old plain password is sealed on the way.
     */
    public static CentralServer resolve(LocalStore store, String urlOption, Map<String, String> env, Transport asked) {
        Properties stored = load(store, urlOption != null && env.get("CLINICDESK_CENTRAL_PASSWORD") != null);
        String url = urlOption != null ? urlOption : stored.getProperty("url");
        if (url == null || url.isBlank()) {
            throw new ValidationException("url", "no central server is set up; give --url jdbc:postgresql://host:5432/db");
        }
        String user = Optional.ofNullable(env.get("CLINICDESK_CENTRAL_USER")).orElse(stored.getProperty("user"));
        String password = Optional.ofNullable(env.get("CLINICDESK_CENTRAL_PASSWORD")).orElse(stored.getProperty(PLAIN));
        Transport transport = asked == Transport.INSECURE_ALLOWED || urlOption == null && transportOf(stored)
                == Transport.INSECURE_ALLOWED ? Transport.INSECURE_ALLOWED : Transport.VERIFIED;
        return new CentralServer(url, user, password, transport);
    }

    private static Transport transportOf(Properties props) {
        return "true".equals(props.getProperty("insecure")) ? Transport.INSECURE_ALLOWED : Transport.VERIFIED;
    }

    /** The server stored in the data directory, if one was set up. */
    public static Optional<CentralServer> stored(LocalStore store) {
        Properties props = load(store, false);
        String url = props.getProperty("url");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new CentralServer(url, props.getProperty("user"), props.getProperty(PLAIN),
                transportOf(props)));
    }

    private static Properties raw(Path file) {
        Properties props = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                props.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return props;
    }

    /** The settings with the password opened (under {@value #PLAIN}, in memory only); an old plain one is sealed now. */
    private static Properties load(LocalStore store, boolean loginGivenAgain) {
        Properties props = raw(store.dataDir().resolve(FILE));
        String sealed = props.getProperty(SEALED);
        if (sealed != null) {
            try {
                props.setProperty(PLAIN, store.secrets().open(sealedFor(props), sealed));
            } catch (StoreSecrets.SealBrokenException e) {
                if (!loginGivenAgain) {
                    throw new ValidationException(FILE, e.getMessage() + "; set the central server up again "
                            + "(CLINICDESK_CENTRAL_USER=... CLINICDESK_CENTRAL_PASSWORD=... clinicdesk sync --url ... "
                            + "--save, or the window's Central server settings)");
                }
            }
        } else if (props.getProperty(PLAIN) != null) {
            write(store, props);
        }
        props.remove(SEALED);
        return props;
    }

    /** Keeps {@code server} as this desk's central server, its password sealed for this store. */
    public static void save(LocalStore store, CentralServer server) {
        Properties props = new Properties();
        props.setProperty("url", server.url());
        Optional.ofNullable(server.user()).ifPresent(u -> props.setProperty("user", u));
        Optional.ofNullable(server.password()).ifPresent(p -> props.setProperty(PLAIN, p));
        if (server.transport() == Transport.INSECURE_ALLOWED) {
            props.setProperty("insecure", "true");
        }
        write(store, props);
    }

    /**
     * Writes the settings, the password sealed, through a new file that is owner-only from the moment it exists, then
     * moves it over the old one.
     */
    private static void write(LocalStore store, Properties settings) {
        Properties props = new Properties();
        props.putAll(settings);
        Optional.ofNullable((String) props.remove(PLAIN)).ifPresent(p -> props.setProperty(SEALED,
                store.secrets().seal(sealedFor(props), p)));
        writeAsIs(store.dataDir(), props);
    }

    /**
     * What the sealed password is bound to besides the store: the server, the login and the transport it was given
     * for, so that pointing the file at another server (or allowing plain connections) makes it refuse to open.
     */
    private static String sealedFor(Properties props) {
        return SEALED + " for " + props.getProperty("url") + " as " + props.getProperty("user")
                + ("true".equals(props.getProperty("insecure")) ? " insecure" : "");
    }

    private static void writeAsIs(Path dataDir, Properties props) {
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            Path next;
            try {
                next = Files.createTempFile(dataDir, ".central", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                next = Files.createTempFile(dataDir, ".central", ".tmp"); // Windows: the profile folder is private
            }
            try (Writer writer = Files.newBufferedWriter(next)) {
                props.store(writer, "ClinicDesk central server (written by 'clinicdesk sync --save', 'init --join --save' "
                        + "or the window's settings; the password is sealed with this store's key)");
            }
            Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
