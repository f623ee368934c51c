package org.clinicdesk.app.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.clinicdesk.app.gui.testsupport.CentralTestDatabase;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.app.sync.CentralSettings;
import org.clinicdesk.storage.keys.KeyFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day campaign's kept clinic: prepared once, then every run gets its own copy (stores, keys, a server database
 * made from the kept one, the desks pointed at it) without preparing again; a different register size prepares anew.
 * The preparation here is a stand-in (three desk folders with their central settings and one site registered), the
 * real one takes minutes; what is under test is the keeping and copying.
 */
class PreparedClinicTest {
    @TempDir
    Path dir;
    private final List<String> kept = new ArrayList<>();
    private String keyDir;

    @BeforeEach
    void ownKeyFolder() {
        keyDir = System.getProperty(KeyFolder.PROPERTY);
        System.setProperty(KeyFolder.PROPERTY, dir.resolve("keys").toString());
    }

    @AfterEach
    void dropKept() {
        if (keyDir == null) {
            System.clearProperty(KeyFolder.PROPERTY);
        } else {
            System.setProperty(KeyFolder.PROPERTY, keyDir);
        }
        kept.stream().filter(CentralTestDatabase::exists).forEach(CentralTestDatabase::drop);
    }

    @Test
    void preparesOnceAndGivesEachRunItsOwnCopy() throws Exception {
        Path folder = dir.resolve("clinic");
        List<Path> prepared = new ArrayList<>();
        BiConsumer<CentralTestDatabase, Path> prepare = (central, where) -> {
            prepared.add(where);
            UUID clinic = UUID.randomUUID();
            for (String site : List.of("A", "B", "C")) {
                try (Workstore desk = TestStores.open(where.resolve("desk-" + site))) {
                    CentralSettings.save(desk.services().store(), central.site(clinic, site, central.url()));
                }
            }
            write(KeyFolder.defaultHere().dir().resolve("k.key"), "key of run " + prepared.size());
        };
        StringWriter log = new StringWriter();
        Path keys = KeyFolder.defaultHere().dir();

        String first;
        try (CentralTestDatabase copy = new PreparedClinic(folder, 10, new PrintWriter(log, true))
                .copyTo(dir.resolve("run1"), prepare)) {
            first = copy.url();
            kept.add(keptDatabase(folder));
            assertThat(sites(copy)).as("the copy holds the kept clinic's sites").isEqualTo(3);
            assertThat(storedUrl(dir.resolve("run1/desk-B"))).isEqualTo(copy.url());
        }
        assertThat(prepared).as("prepared in the kept folder").containsExactly(folder);
        Files.delete(keys.resolve("k.key"));

        try (CentralTestDatabase copy = new PreparedClinic(folder, 10, new PrintWriter(log, true))
                .copyTo(dir.resolve("run2"), prepare)) {
            assertThat(prepared).as("the second run copies, without preparing again").hasSize(1);
            assertThat(copy.url()).as("a database of its own").isNotEqualTo(first);
            assertThat(sites(copy)).isEqualTo(3);
            assertThat(storedUrl(dir.resolve("run2/desk-C"))).isEqualTo(copy.url());
            assertThat(Files.readString(keys.resolve("k.key"))).as("keys copied back").isEqualTo("key of run 1");
        }
        assertThat(CentralTestDatabase.exists(kept.get(0))).as("the kept database outlives the copies").isTrue();

        try (CentralTestDatabase copy = new PreparedClinic(folder, 20, new PrintWriter(log, true))
                .copyTo(dir.resolve("run3"), prepare)) {
            kept.add(keptDatabase(folder));
            assertThat(prepared).as("another register size prepares anew").hasSize(2);
        }
        assertThat(CentralTestDatabase.exists(kept.get(0))).as("the stale kept database is dropped").isFalse();
    }

    private static String keptDatabase(Path folder) throws Exception {
        Properties props = new Properties();
        try (var r = Files.newBufferedReader(folder.resolve("clinic.properties"))) {
            props.load(r);
        }
        return props.getProperty("database");
    }

    private static int sites(CentralTestDatabase db) throws Exception {
        try (Connection c = db.admin().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM site_registry")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The server a desk's settings point at, read from the file (its password stays sealed). */
    private static String storedUrl(Path dataDir) throws java.io.IOException {
        Properties props = new Properties();
        try (var reader = Files.newBufferedReader(dataDir.resolve(CentralSettings.FILE))) {
            props.load(reader);
        }
        return props.getProperty("url");
    }
}
