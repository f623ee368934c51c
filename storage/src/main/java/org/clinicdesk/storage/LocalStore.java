package org.clinicdesk.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.clinicdesk.core.audit.AuditLog;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.HlcTimestamp;
import org.clinicdesk.core.common.HybridClock;
import org.clinicdesk.core.common.UuidV7Generator;
import org.clinicdesk.core.documents.DocumentRepository;
import org.clinicdesk.core.fhir.FhirSources;
import org.clinicdesk.core.flags.FlagRepository;
import org.clinicdesk.core.history.HistoryRepository;
import org.clinicdesk.core.notes.NoteRepository;
import org.clinicdesk.core.patient.PatientRepository;
import org.clinicdesk.core.queue.QueueRepository;
import org.clinicdesk.core.site.ClinicSettingsRepository;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.transaction.Sequences;
import org.clinicdesk.core.users.SignInLockouts;
import org.clinicdesk.core.users.UserRepository;
import org.clinicdesk.core.vitals.VitalsRepository;
import org.clinicdesk.storage.audit.HibernateAuditLog;
import org.clinicdesk.storage.db.HibernateUnitOfWork;
import org.clinicdesk.storage.db.StoreClock;
import org.clinicdesk.storage.db.StoreDatabase;
import org.clinicdesk.storage.db.PlainStoreConversion;
import org.clinicdesk.storage.documents.DiskBlobStore;
import org.clinicdesk.storage.files.OwnerOnly;
import org.clinicdesk.storage.keys.RecoveryKey;
import org.clinicdesk.storage.keys.StoreAccess;
import org.clinicdesk.storage.keys.StoreKeys;
import org.clinicdesk.storage.keys.StoreLockedException;
import org.clinicdesk.storage.keys.StoreSecrets;
import org.clinicdesk.storage.documents.HibernateDocumentRepository;
import org.clinicdesk.storage.fhir.HibernateFhirSources;
import org.clinicdesk.storage.flags.HibernateFlagRepository;
import org.clinicdesk.storage.history.HibernateHistoryRepository;
import org.clinicdesk.storage.notes.HibernateNoteRepository;
import org.clinicdesk.storage.keys.DeskKeys;
import org.clinicdesk.storage.outbox.DeskSigner;
import org.clinicdesk.storage.outbox.Outbox;
import org.clinicdesk.storage.outbox.OutboxIntegrator;
import org.clinicdesk.storage.patient.HibernatePatientRepository;
import org.clinicdesk.storage.queue.HibernateQueueRepository;
import org.clinicdesk.storage.sequence.CounterSequences;
import org.clinicdesk.storage.site.HibernateClinicSettings;
import org.clinicdesk.storage.site.SiteSettingsStore;
import org.clinicdesk.storage.users.HibernateSignInLockouts;
import org.clinicdesk.storage.users.HibernateUserRepository;
import org.clinicdesk.storage.vitals.HibernateVitalsRepository;

/**
 * The desktop's embedded store in a data directory: H2 file database migrated by Flyway, Hibernate on top, and the
 * adapters for every core port. One per process; close it on exit.
 */
public final class LocalStore implements AutoCloseable {
    /** Tables whose rows sync; each has id, site, version and deleted. */
    public static final List<String> SYNCED_TABLES = List.of("app_user", "patient", "queue_entry", "queue_transition",
            "vitals", "soap_note", "note_amendment", "history_entry", "audit_event", "document", "document_page", "clinic_setting",
            "clinical_flag");

    private final Path dataDir;
    private final StoreDatabase database;
    private final StoreClock clock;
    private final HibernateUnitOfWork tx;
    private final SiteSettingsStore site;
    private final HibernatePatientRepository patients;
    private final HibernateQueueRepository queue;
    private final HibernateVitalsRepository vitals;
    private final HibernateNoteRepository notes;
    private final HibernateHistoryRepository history;
    private final HibernateFlagRepository flags;
    private final HibernateUserRepository users;
    private final HibernateSignInLockouts lockouts;
    private final HibernateAuditLog auditLog;
    private final HibernateDocumentRepository documents;
    private final DiskBlobStore blobs;
    private final CounterSequences sequences;
    private final HibernateClinicSettings clinicSettings;
    private final HibernateFhirSources fhirSources;
    private final ClinicContext context;
    private final DeskSigner signer;
    private final StoreKeys.Unlocked keys;
    private Optional<RecoveryKey> recoveryKeyToShow;

    private LocalStore(Path dataDir, StoreDatabase database, StoreClock clock, DeskSigner signer,
                       StoreKeys.Unlocked keys) {
        this.dataDir = dataDir;
        this.keys = keys;
        this.recoveryKeyToShow = keys.issued();
        this.signer = signer;
        this.database = database;
        this.clock = clock;
        this.tx = new HibernateUnitOfWork(database.sessionFactory(), database.dataSource(), database::writeCommitted);
        UuidV7Generator ids = new UuidV7Generator(clock.wall());
        this.site = new SiteSettingsStore(tx);
        this.patients = new HibernatePatientRepository(tx);
        this.queue = new HibernateQueueRepository(tx);
        this.vitals = new HibernateVitalsRepository(tx);
        this.notes = new HibernateNoteRepository(tx);
        this.history = new HibernateHistoryRepository(tx, clock);
        this.flags = new HibernateFlagRepository(tx);
        this.users = new HibernateUserRepository(tx);
        this.lockouts = new HibernateSignInLockouts(tx);
        this.auditLog = new HibernateAuditLog(tx, clock, ids);
        this.documents = new HibernateDocumentRepository(tx, ids);
        this.blobs = new DiskBlobStore(dataDir, keys.dataKey().documentCipher());
        this.sequences = new CounterSequences(tx);
        this.clinicSettings = new HibernateClinicSettings(tx, site);
        this.fhirSources = new HibernateFhirSources(tx);
        this.context = new ClinicContext(tx, auditLog, clock.wall(), ids, sequences);
    }

    /**
     * Opens (creating if needed) the store in {@code dataDir} with this computer's desk key, migrating its schema
     * first; a store made before stores were encrypted is encrypted now.
     */
    public static LocalStore open(Path dataDir, Clock clock) {
        return open(dataDir, clock, StoreAccess.thisComputer());
    }

    /**
     * Opens (creating if needed) the encrypted store in {@code dataDir}: its data key is unwrapped with the desk key
     * of {@code access}'s key folder, or with the recovery key it carries (which then writes a new desk key). A new
     * store gets a new data key, desk key and recovery key ({@link #recoveryKeyToShow}).
     */
    public static LocalStore open(Path dataDir, Clock clock, StoreAccess access) {
        try {
            OwnerOnly.folder(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        StoreKeys.Unlocked keys = unlock(dataDir, access);
        StoreClock storeClock = new StoreClock(clock);
        DeskSigner signer = new DeskSigner();
        StoreDatabase database = StoreDatabase.open(dataDir, keys.dataKey(), entities(),
                new OutboxIntegrator(storeClock, signer));
        LocalStore store = new LocalStore(dataDir, database, storeClock, signer, keys);
        try {
            if (keys.source() == StoreKeys.Source.NEW_STORE) {
                store.blobs.encryptPlainFiles();
            }
            store.siteSettings().ifPresent(s -> store.ensureDeskKeys());
            store.siteSettings().ifPresent(store::startClock);
            store.siteSettings().ifPresent(s -> store.clinicSettings.all()); // read once here, not by a screen
            return store;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static StoreKeys.Unlocked unlock(Path dataDir, StoreAccess access) {
        PlainStoreConversion.tidy(dataDir);
        if (StoreKeys.present(dataDir)) {
            return StoreKeys.unlock(dataDir, access);
        }
        if (PlainStoreConversion.isPlain(dataDir)) {
            if (access.plainStore() == StoreAccess.PlainStore.REFUSE) {
                throw new StoreLockedException("The store in " + dataDir + " is not encrypted yet. Run 'clinicdesk init' "
                        + "with this store's --site (and --clinic, --admin) once: it encrypts the store and prints its "
                        + "recovery key. The window does the same when it opens the store.");
            }
            return PlainStoreConversion.encrypt(dataDir, access.placeForNewDeskKey());
        }
        if (PlainStoreConversion.isEncrypted(StoreDatabase.file(dataDir))) {
            throw new StoreLockedException("The store " + StoreDatabase.file(dataDir) + " is encrypted but its key file "
                    + dataDir.resolve(StoreKeys.FILE) + " is missing; put back " + StoreKeys.FILE + " from the copy or "
                    + "backup the store came from (the recovery key opens it only together with that file)");
        }
        return StoreKeys.create(dataDir, access);
    }
    /** Every entity the store maps (the session factory's explicit list; also what schema validation checks). */
    public static List<Class<?>> entities() {
        List<Class<?>> all = new ArrayList<>();
        all.addAll(SiteSettingsStore.ENTITIES);
        all.addAll(HibernateClinicSettings.ENTITIES);
        all.addAll(HibernateUserRepository.ENTITIES);
        all.addAll(HibernatePatientRepository.ENTITIES);
        all.addAll(HibernateQueueRepository.ENTITIES);
        all.addAll(HibernateVitalsRepository.ENTITIES);
        all.addAll(HibernateNoteRepository.ENTITIES);
        all.addAll(HibernateHistoryRepository.ENTITIES);
        all.addAll(HibernateFlagRepository.ENTITIES);
        all.addAll(HibernateAuditLog.ENTITIES);
        all.addAll(HibernateDocumentRepository.ENTITIES);
        all.addAll(HibernateFhirSources.ENTITIES);
        return all;
    }

    /** This desktop's site, once {@link #initialise} has run. */
    public Optional<SiteSettings> siteSettings() {
        return site.current();
    }

    /** Records the site and clinic; refuses a different site code once one is set. */
    public void initialise(SiteSettings settings) {
        initialise(settings, java.util.UUID.randomUUID());
    }

    /** Records the site and clinic with the store id already claimed on the central server. */
    public void initialise(SiteSettings settings, java.util.UUID storeId) {
        initialise(settings, storeId, DeskKeys.generate());
    }

    /**
     * Records the site and clinic with the store id and desk keys already registered on the central server (joining a
     * clinic): the store keeps the keys it has, if it has any.
     */
    public void initialise(SiteSettings settings, java.util.UUID storeId, DeskKeys keys) {
        SiteSettings stored = site.initialise(settings, storeId);
        DeskKeys kept = tx.withSession(session -> session.doReturningWork(c -> {
            keys.store(c);
            return DeskKeys.load(c).orElse(keys);
        }));
        signer.use(kept);
        startClock(stored);
    }

    /** A store made before desks had keys gets its own now. */
    private void ensureDeskKeys() {
        DeskKeys keys = DeskKeys.load(database.dataSource()).orElseGet(() -> {
            DeskKeys made = DeskKeys.generate();
            try (Connection c = database.dataSource().getConnection()) {
                made.store(c);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not keep this desk's new keys: " + e.getMessage(), e);
            }
            return DeskKeys.load(database.dataSource()).orElse(made);
        });
        signer.use(keys);
    }

    /** This desk's signing keys; empty until the store is a site. */
    public Optional<DeskKeys> deskKeys() {
        return signer.current();
    }

    private void startClock(SiteSettings settings) {
        clock.start(settings.site().value(), highestStoredVersion());
        auditLog.ensureHead(settings.site().value());
    }

    /** The highest version in any synced table, so that the clock never issues a lower one after a restart. */
    private Optional<HlcTimestamp> highestStoredVersion() {
        StringBuilder sql = new StringBuilder("SELECT MAX(v) FROM (");
        for (int i = 0; i < SYNCED_TABLES.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT MAX(version) v FROM ").append(SYNCED_TABLES.get(i));
        }
        sql.append(" UNION ALL SELECT MAX(version) v FROM outbox)");
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql.toString())) {
            rs.next();
            return Optional.ofNullable(rs.getString(1)).map(HlcTimestamp::decode);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the newest version in the store", e);
        }
    }

    public ClinicContext context() {
        return context;
    }

    public PatientRepository patients() {
        return patients;
    }

    public QueueRepository queue() {
        return queue;
    }

    public VitalsRepository vitals() {
        return vitals;
    }

    public NoteRepository notes() {
        return notes;
    }

    public HistoryRepository history() {
        return history;
    }

    public FlagRepository flags() {
        return flags;
    }

    /** The clinic's shared settings (synced table {@code clinic_setting}). */
    public ClinicSettingsRepository clinicSettings() {
        return clinicSettings;
    }

    /** The id made when this store was created; the central server records which store holds each site. */
    public Optional<java.util.UUID> storeId() {
        return site.storeId();
    }

    public UserRepository users() {
        return users;
    }

    /** This desk's sign-in lockouts (local-only table {@code sign_in_lockout}, never synced). */
    public SignInLockouts signInLockouts() {
        return lockouts;
    }

    /** Document records and their OCR page texts (synced tables {@code document}, {@code document_page}). */
    public DocumentRepository documents() {
        return documents;
    }

    /** FHIR source records already imported at this desk (local-only table {@code fhir_import_source}). */
    /** What reports read: the period's queue, patients and signed notes in a few queries. */
    public org.clinicdesk.core.reports.ReportSource reports() {
        return new org.clinicdesk.storage.reports.HibernateReportSource(queue, patients, notes);
    }

    public FhirSources fhirSources() {
        return fhirSources;
    }

    /** Document bytes under {@code <dataDir>/blobs}, named by their SHA-256. */
    public DiskBlobStore blobs() {
        return blobs;
    }

    public HibernateAuditLog auditLog() {
        return auditLog;
    }

    public Sequences sequences() {
        return sequences;
    }

    public HibernateUnitOfWork unitOfWork() {
        return tx;
    }

    /** The store's hybrid clock; empty until the site is known. Sync merges remote versions into it. */
    public Optional<HybridClock> hybridClock() {
        return clock.current();
    }

    /** Changes captured for sync, in the order they were committed locally. */
    public Outbox outbox() {
        return new Outbox(database.dataSource());
    }

    /** Drops the second-level cache; call after writing rows with plain JDBC (sync pull, restore). */
    public void evictCaches() {
        database.sessionFactory().getCache().evictAllRegions();
        if (site.current().isPresent()) {
            clinicSettings.reload();
        }
    }

    /** How long opening took (pool, migration, session factory), in milliseconds. */
    public StoreDatabase.OpenTimings openTimings() {
        return database.timings();
    }

    /** For administration and tests that must reach the database with plain SQL. */
    public DataSource dataSource() {
        return database.dataSource();
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * The recovery key made while opening (a new store, an old store encrypted now, or {@link #reissueRecoveryKey}),
     * until {@link #recoveryKeyShown} says a person has it on paper.
     */
    public Optional<RecoveryKey> recoveryKeyToShow() {
        return recoveryKeyToShow;
    }

    public void recoveryKeyShown() {
        recoveryKeyToShow = Optional.empty();
    }

    /** A new recovery key for this store (the old one stops opening it); shown by {@link #recoveryKeyToShow}. */
    public RecoveryKey reissueRecoveryKey() {
        RecoveryKey key = StoreKeys.reissueRecoveryKey(dataDir, keys.dataKey());
        recoveryKeyToShow = Optional.of(key);
        return key;
    }

    /** Seals this store's small secrets for its data folder's plain files (the central login's password). */
    public StoreSecrets secrets() {
        return keys.secrets();
    }

    /** How this open got its data key (new store, desk key, recovery key) and the store's key id. */
    public StoreKeys.Unlocked unlockedWith() {
        return keys;
    }

    @Override
    public void close() {
        database.close();
    }
}
