package org.clinicdesk.app.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.clinicdesk.core.common.RuleViolationException;

/**
 * The demo generator's own note, kept beside the store and never synced, of how many of the store's patients it
 * made. A store holding more patients than that has real ones (typed at a desk, imported or synced from another
 * desk), and demo data is refused there so it never mixes with a clinic's records.
 */
final class DemoStoreMark {
    static final String FILE = "demo-store.properties";
    private static final String PATIENTS = "demoPatients";

    private final Path file;

    DemoStoreMark(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    /** Refuses when the store has patients the generator did not make. */
    void refuseRealPatients(long patientsInStore) {
        long real = patientsInStore - demoPatients();
        if (real > 0) {
            throw new RuleViolationException("This store has " + real + (real == 1 ? " patient" : " patients")
                    + " not made by the demo generator, so it looks like a real clinic's store; demo data goes only"
                    + " into a new store or one that holds only demo data. Use another data directory (e.g."
                    + " 'clinicdesk --data-dir /tmp/clinicdesk-demo init ...' then demo-data there), or"
                    + " 'clinicdesk gui --demo', which always opens a new temporary store.");
        }
    }

    /** Notes that the store now holds {@code patientsInStore} patients, all of them the generator's. */
    void recordDemoPatients(long patientsInStore) {
        Properties p = new Properties();
        p.setProperty(PATIENTS, Long.toString(patientsInStore));
        Path partial = file.resolveSibling(FILE + ".part");
        try {
            try (Writer w = Files.newBufferedWriter(partial)) {
                p.store(w, "Patients made by 'clinicdesk demo-data' or 'gui --demo'; local to this desk, never synced");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private long demoPatients() {
        if (!Files.exists(file)) {
            return 0;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
            return Long.parseLong(p.getProperty(PATIENTS, "0").trim());
        } catch (IOException | NumberFormatException e) {
            // An unreadable mark proves nothing: count every patient as real.
            return 0;
        }
    }
}
