package org.clinicdesk.storage.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Whether the store's schema already has every migration this program carries, read from Flyway's own history in
 * one query: then opening skips Flyway (its start-up, scan and validation cost most of a second on every command).
 * Anything unexpected (a migration not yet applied, a failed one, a repeatable one, no history, migrations this check
 * cannot list) means "not known to be current", and Flyway runs as before: a migration added later is always applied.
 */
final class MigrationCheck {
    private static final Pattern VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__.+\\.sql");

    private MigrationCheck() {
    }

    static boolean schemaCurrent(DataSource dataSource, String location) {
        Optional<Set<String>> carried = carriedVersions(location);
        if (carried.isEmpty() || carried.get().isEmpty()) {
            return false;
        }
        Set<String> applied = new HashSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                     + "WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rs.next()) {
                applied.add(rs.getString(1));
            }
        } catch (SQLException noHistoryYet) {
            return false;
        }
        return applied.containsAll(carried.get());
    }

    /** The versions of the migrations under {@code location} (classpath:...), empty when they cannot be listed. */
    static Optional<Set<String>> carriedVersions(String location) {
        String folder = location.substring(location.indexOf(':') + 1);
        Set<String> versions = new HashSet<>();
        try {
            // every copy of the folder on the class path, as Flyway's own scan sees them
            for (URL url : java.util.Collections.list(MigrationCheck.class.getClassLoader().getResources(folder))) {
                if (!addVersions(url, folder, versions)) {
                    return Optional.empty();
                }
            }
        } catch (IOException | URISyntaxException | UncheckedIOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        return Optional.of(versions);
    }

    private static boolean addVersions(URL url, String folder, Set<String> versions) throws IOException,
            URISyntaxException {
        try (Stream<String> names = names(url, folder)) {
            for (String name : (Iterable<String>) names::iterator) {
                if (name.endsWith(".sql") || name.endsWith(".java") || name.endsWith(".class")) {
                    Matcher m = VERSIONED.matcher(name);
                    if (!m.matches()) {
                        return false; // a repeatable or unusual migration: let Flyway decide
                    }
                    versions.add(m.group(1).replace('_', '.'));
                }
            }
        }
        return true;
    }

    private static Stream<String> names(URL url, String folder) throws IOException, URISyntaxException {
        if ("file".equals(url.getProtocol())) {
            return Files.list(Path.of(url.toURI())).map(p -> p.getFileName().toString());
        }
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            JarFile jar = connection.getJarFile();
            String prefix = folder.endsWith("/") ? folder : folder + "/";
            return jar.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith(prefix) && n.length() > prefix.length()
                            && n.indexOf('/', prefix.length()) < 0)
                    .map(n -> n.substring(prefix.length()))
                    .onClose(() -> close(jar));
        }
        throw new UnsupportedOperationException(url.getProtocol());
    }

    private static void close(JarFile jar) {
        try {
            jar.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
