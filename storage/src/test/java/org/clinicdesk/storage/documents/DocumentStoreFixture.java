package org.clinicdesk.storage.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.HybridClock;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.UuidV7Generator;
import org.clinicdesk.core.documents.DocumentService;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientStatus;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.storage.ocr.PageRenderer;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** A real H2 file database migrated by Flyway in a temp folder, with the blob store beside it. */
final class DocumentStoreFixture {
    static final SiteCode SITE = SiteCode.of("MAIN");
    final Path dataDir;
    final JdbcDataSource dataSource = new JdbcDataSource();
    final JdbcTransactions tx;
    final RecordingAuditLog audit = new RecordingAuditLog();
    final DiskBlobStore blobs;
    final JdbcDocumentRepository documents;
    final DocumentService service;
    private final AtomicLong serials = new AtomicLong();

    DocumentStoreFixture(Path dataDir, FileLimits limits) {
        this.dataDir = dataDir;
        dataSource.setURL("jdbc:h2:file:" + dataDir.resolve("clinicdesk").toAbsolutePath() + ";DB_CLOSE_DELAY=0");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/local").load().migrate();
        Clock clock = Clock.systemUTC();
        UuidV7Generator ids = new UuidV7Generator(clock);
        tx = new JdbcTransactions(dataSource);
        blobs = new DiskBlobStore(dataDir);
        documents = new JdbcDocumentRepository(tx, new HybridClock(clock, SITE.value(), Duration.ofMinutes(5)), ids);
        ClinicContext ctx = new ClinicContext(tx, audit, clock, ids, counter -> serials.incrementAndGet());
        service = new DocumentService(ctx, documents, blobs, new PageRenderer(limits), limits);
    }

    static Actor nurse() {
        return new Actor(UUID.randomUUID(), "nurse.asha", Role.NURSE, SITE);
    }

    Patient patient(String given) {
        LocalDate today = LocalDate.now();
        return new Patient(UUID.randomUUID(), new Uhid(SITE, 100000 + serials.incrementAndGet()),
                new PersonName(given, "Rao"), DateOfBirth.exact(today.minusYears(40), today), Sex.F, null, "",
                List.of(), PatientStatus.ACTIVE);
    }

    long count(String table) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file under blobs/, temp files included: nothing may be left behind by a refused import. */
    long blobFiles() throws java.io.IOException {
        Path root = dataDir.resolve("blobs");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
