package org.clinicdesk.storage.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.clinicdesk.core.audit.AuditEvent;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.documents.DocumentRepository;
import org.clinicdesk.core.documents.DocumentService;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientStatus;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.transaction.UnitOfWork;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.clinicdesk.storage.ocr.PageRenderer;

/** The real LocalStore (H2 file, Hibernate, outbox, audit chain) in a temp folder, with its blob store beside it. */
final class DocumentStoreFixture implements AutoCloseable {
    static final SiteCode SITE = TestStores.SITE;
    final Path dataDir;
    final LocalStore localStore;
    final UnitOfWork tx;
    final DiskBlobStore blobs;
    final DocumentRepository documents;
    final DocumentService service;
    private final AtomicLong serials = new AtomicLong();

    DocumentStoreFixture(Path dataDir, FileLimits limits) {
        this.dataDir = dataDir;
        localStore = TestStores.openInitialised(dataDir);
        tx = localStore.unitOfWork();
        blobs = localStore.blobs();
        documents = localStore.documents();
        service = new DocumentService(localStore.context(), documents, blobs, new PageRenderer(limits), limits,
                localStore.patients());
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
        return TestStores.count(localStore, "SELECT COUNT(*) FROM " + table);
    }

    /** Audit events this site has written (the real hash-chained log). */
    List<AuditEvent> auditEvents() {
        return localStore.auditLog().chainOf(SITE.value());
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

    @Override
    public void close() {
        localStore.close();
    }
}
