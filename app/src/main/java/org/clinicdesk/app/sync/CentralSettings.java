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
import org.clinicdesk.storage.sync.CentralServer;

/**
 * Where this desktop syncs to: {@code central.properties} in the data directory (readable by its owner only),
 * written by {@code sync --url} and by the window's settings dialog. On the command line the login may also come
 * from CLINICDESK_CENTRAL_USER / CLINICDESK_CENTRAL_PASSWORD.
 */
public final class CentralSettings {
    public static final String FILE = "central.properties";

    private CentralSettings() {
    }

    public static CentralServer resolve(Path dataDir, String urlOption, Map<String, String> env) {
        Properties stored = load(dataDir);
        String url = urlOption != null ? urlOption : stored.getProperty("url");
        if (url == null || url.isBlank()) {
            throw new ValidationException("url", "no central server is set up; give --url jdbc:postgresql://host:5432/db");
        }
        String user = Optional.ofNullable(env.get("CLINICDESK_CENTRAL_USER")).orElse(stored.getProperty("user"));
        String password = Optional.ofNullable(env.get("CLINICDESK_CENTRAL_PASSWORD")).orElse(stored.getProperty("password"));
        CentralServer server = new CentralServer(url, user, password);
        if (urlOption != null) {
            save(dataDir, server);
        }
        return server;
    }

    /** The server stored in the data directory, if one was set up. */
    public static Optional<CentralServer> stored(Path dataDir) {
        Properties props = load(dataDir);
        String url = props.getProperty("url");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new CentralServer(url, props.getProperty("user"), props.getProperty("password")));
    }

    private static Properties load(Path dataDir) {
        Properties props = new Properties();
        Path file = dataDir.resolve(FILE);
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                props.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return props;
    }

    /** Writes the settings, creating the file owner-only first so the password is never readable by others. */
    public static void save(Path dataDir, CentralServer server) {
        Properties props = new Properties();
        props.setProperty("url", server.url());
        Optional.ofNullable(server.user()).ifPresent(u -> props.setProperty("user", u));
        Optional.ofNullable(server.password()).ifPresent(p -> props.setProperty("password", p));
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                Files.createFile(file);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the user's profile folder is already private
                }
            }
            try (Writer writer = Files.newBufferedWriter(file)) {
                props.store(writer, "ClinicDesk central server (written by 'clinicdesk sync --url' or the window's settings)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
