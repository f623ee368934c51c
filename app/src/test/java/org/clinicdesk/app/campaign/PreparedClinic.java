package org.clinicdesk.app.campaign;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.clinicdesk.app.gui.testsupport.CentralTestDatabase;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.sync.CentralServer;
import org.clinicdesk.app.sync.CentralSettings;
import org.clinicdesk.storage.keys.KeyFolder;

/**
 * The day campaign's clinic kept between runs of {@code scripts/campaign day}: preparing a 100,000-patient register
 * (fill, push of every row, two desks pulling them, three compactions) takes about ten minutes on two shared cores,
 * longer than the day it is the stage of. Kept in a folder: the three desks' stores ({@code desk-A|B|C}), their keys,
 * and {@code clinic.properties} naming the server database that holds the clinic (kept on the test server with its
 * site roles) and a fingerprint: the register's size and the local and central migrations. A run copies the stores
 * and keys and makes a fresh server database from the kept one ({@code CREATE DATABASE ... TEMPLATE}), so every day
 * starts from the same clinic and none sees another's patients. When the fingerprint differs or the server database
 * is gone, the clinic is prepared again. Delete the folder to force that.
 */
final class PreparedClinic {
    private static final String FILE = "clinic.properties";
    private static final List<String> DESKS = List.of("desk-A", "desk-B", "desk-C");
    private final Path folder;
    private final int storePatients;
    private final PrintWriter log;

    PreparedClinic(Path folder, int storePatients, PrintWriter log) {
        this.folder = folder;
        this.storePatients = storePatients;
        this.log = log;
    }

    /**
     * The kept clinic copied into {@code dir} (the desks' stores, with their central settings pointed at the copy's
     * database, and their keys into this process's key folder); {@code prepare} makes it first when needed.
     */
    CentralTestDatabase copyTo(Path dir, BiConsumer<CentralTestDatabase, Path> prepare) throws IOException {
        String database = keptDatabase(prepare);
        long t = System.nanoTime();
        CentralTestDatabase copy = CentralTestDatabase.copyOf(database);
        try {
            Path keys = KeyFolder.defaultHere().dir();
            Files.createDirectories(keys);
            copyTree(folder.resolve("keys"), keys);
            for (String desk : DESKS) {
                copyTree(folder.resolve(desk), dir.resolve(desk));
                try (Workstore store = LocalWorkstore.opener(Clock.systemUTC()).open(dir.resolve(desk))) {
                    LocalStore local = store.services().store();
                    CentralServer kept = CentralSettings.stored(local).orElseThrow(() ->
                            new IllegalStateException("no central settings in the kept " + folder.resolve(desk)));
                    CentralSettings.save(local, new CentralServer(copy.url(), kept.user(), kept.password(),
                            kept.transport()));
                }
            }
        } catch (IOException | RuntimeException e) {
            copy.close();
            throw e;
        }
        log.printf("kept clinic %s (server database %s) copied in %d s%n", folder, database,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t));
        return copy;
    }

    private String keptDatabase(BiConsumer<CentralTestDatabase, Path> prepare) throws IOException {
        Properties props = new Properties();
        Path file = folder.resolve(FILE);
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file)) {
                props.load(r);
            }
        }
        String database = props.getProperty("database");
        String fingerprint = fingerprint();
        if (database != null && fingerprint.equals(props.getProperty("fingerprint"))
                && CentralTestDatabase.exists(database)) {
            return database;
        }
        log.printf("preparing the clinic in %s (%s): %s%n", folder, fingerprint, database == null ? "none kept"
                : "the kept one is stale or its server database " + database + " is gone");
        if (database != null && CentralTestDatabase.exists(database)) {
            CentralTestDatabase.drop(database);
        }
        DayCampaign.deleteTree(folder);
        Files.createDirectories(folder);
        Path keys = KeyFolder.defaultHere().dir();
        try (CentralTestDatabase central = CentralTestDatabase.create()) {
            prepare.accept(central, folder);
            copyTree(keys, folder.resolve("keys"));
            props.setProperty("database", central.keep());
        }
        props.setProperty("fingerprint", fingerprint);
        // written last: a clinic whose preparation was cut short has no properties and is prepared again
        try (Writer w = Files.newBufferedWriter(file)) {
            props.store(w, "the day campaign's prepared clinic (scripts/campaign day); delete this folder to prepare it again");
        }
        return props.getProperty("database");
    }

    /** The register's size and the names of the local and central migrations the stores and database were made with. */
    private String fingerprint() {
        StringBuilder s = new StringBuilder("store=" + storePatients);
        for (String dir : List.of("db/migration/local", "db/migration/central")) {
            URL url = PreparedClinic.class.getClassLoader().getResource(dir);
            if (url == null) {
                throw new IllegalStateException("no " + dir + " on the class path");
            }
            if (!"file".equals(url.getProtocol())) {
                s.append(' ').append(url); // a jar: its name carries the build
                continue;
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString()).sorted().toList());
                s.append(' ').append(dir).append('=').append(names.size()).append(':')
                        .append(Integer.toHexString(names.hashCode()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return s.toString();
    }

    /** Copies a folder's tree into another, keeping permissions (the keys and stores are owner-only). */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
