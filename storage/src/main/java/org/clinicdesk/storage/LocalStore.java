package org.clinicdesk.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.clinicdesk.core.audit.AuditLog;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.history.HistoryRepository;
import org.clinicdesk.core.notes.NoteRepository;
import org.clinicdesk.core.patient.PatientRepository;
import org.clinicdesk.core.queue.QueueRepository;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.UserRepository;
import org.clinicdesk.core.vitals.VitalsRepository;

/**
 * The desktop's embedded store in a data directory: H2 file database migrated by Flyway, Hibernate on top, and the
 * adapters for every core port. One per process; close it on exit.
 */
public final class LocalStore implements AutoCloseable {

    private LocalStore() {
    }

    /** Opens (creating if needed) the store in {@code dataDir}, migrating its schema first. */
    public static LocalStore open(Path dataDir, Clock clock) {
        throw new UnsupportedOperationException("LocalStore is being built");
    }

    /** This desktop's site, once {@link #initialise} has run. */
    public Optional<SiteSettings> siteSettings() {
        throw new UnsupportedOperationException();
    }

    /** Records the site and clinic; refuses a different site code once one is set. */
    public void initialise(SiteSettings settings) {
        throw new UnsupportedOperationException();
    }

    public ClinicContext context() {
        throw new UnsupportedOperationException();
    }

    public PatientRepository patients() {
        throw new UnsupportedOperationException();
    }

    public QueueRepository queue() {
        throw new UnsupportedOperationException();
    }

    public VitalsRepository vitals() {
        throw new UnsupportedOperationException();
    }

    public NoteRepository notes() {
        throw new UnsupportedOperationException();
    }

    public HistoryRepository history() {
        throw new UnsupportedOperationException();
    }

    public UserRepository users() {
        throw new UnsupportedOperationException();
    }

    public AuditLog auditLog() {
        throw new UnsupportedOperationException();
    }

    /** For administration and tests that must reach the database with plain SQL. */
    public DataSource dataSource() {
        throw new UnsupportedOperationException();
    }

    public Path dataDir() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
}
