package org.clinicdesk.storage.sync;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.history.HistoryKind;
import org.clinicdesk.core.notes.Amendment;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.NoteStatus;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientStatus;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.queue.QueueTransition;
import org.clinicdesk.core.queue.Token;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.sync.SyncReport;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.db.SyncedEntity;

/**
 * A test desktop: a real LocalStore in a temporary directory, working offline through the store's repositories
 * (so every change goes through the Hibernate outbox listener), and syncing as its own site role.
 */
final class Desktop implements AutoCloseable {
    final SiteCode site;
    final LocalStore store;
    final CentralServer central;
    private final Clock wall;
    private int serial;
    private int tokenNumber;
    private boolean auditWrites;

    Desktop(Path dir, String site, UUID clinic, CentralServer central, Clock wall) {
        this.site = SiteCode.of(site);
        this.central = central;
        this.wall = wall;
        this.store = LocalStore.open(dir, wall);
        store.siteSettings().ifPresentOrElse(s -> { }, () -> store.initialise(new SiteSettings(this.site, "Green Valley", clinic)));
    }

    SyncReport sync(SyncProgress progress) {
        return new SyncEngine(store, central, 7, wall).syncOnce(progress);
    }

    SyncReport sync() {
        return sync(SyncProgress.NONE);
    }

    Patient register(Random random) {
        Patient p = new Patient(store.context().ids().newId(), new Uhid(site, ++serial), PersonName.parse("Asha " + letters(site.value() + serial) + " Rao"),
                new DateOfBirth(LocalDate.of(1950 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)), false),
                Sex.F, PhoneNumber.parse("98450" + (10000 + random.nextInt(89999))), "1 Market Road", List.of("latex"),
                PatientStatus.ACTIVE);
        audited(AuditAction.PATIENT_REGISTERED, "patient", p.id(), () -> store.patients().save(p));
        return p;
    }

    private static String letters(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : text.toCharArray()) {
            out.append(Character.isDigit(ch) ? (char) ('a' + (ch - '0')) : Character.toLowerCase(ch));
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    /** Changes one field of a patient this desktop knows; returns the column changed. */
    String editField(UUID patientId, Random random) {
        Patient p = store.patients().findById(patientId).orElseThrow();
        int which = random.nextInt(3);
        Patient edited = switch (which) {
            case 0 -> new Patient(p.id(), p.uhid(), p.name(), p.dateOfBirth(), p.sex(),
                    PhoneNumber.parse("080" + (1000000 + random.nextInt(8999999))), p.address(), p.allergies(), p.status());
            case 1 -> new Patient(p.id(), p.uhid(), p.name(), p.dateOfBirth(), p.sex(), p.phone(),
                    random.nextInt(100) + " Lake Road (" + site + ")", p.allergies(), p.status());
            default -> new Patient(p.id(), p.uhid(), p.name(), p.dateOfBirth(), p.sex(), p.phone(), p.address(),
                    List.of("penicillin " + site + random.nextInt(100)), p.status());
        };
        audited(AuditAction.PATIENT_EDITED, "patient", patientId, () -> store.patients().save(edited));
        return List.of("phone", "address", "allergies").get(which);
    }

    String[] versionAndValue(UUID patientId, String column) {
        try (Connection c = store.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT version, " + column + " FROM patient WHERE id = ?")) {
            ps.setObject(1, patientId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    QueueEntry enqueue(UUID patientId) {
        Instant now = wall.instant();
        QueueEntry entry = new QueueEntry(store.context().ids().newId(), patientId, new Token(site, ++tokenNumber),
                LocalDate.now(wall), Priority.values()[tokenNumber % Priority.values().length], QueueStatus.WAITING, now, now, 0);
        audited(AuditAction.QUEUE_ADDED, "queue_entry", entry.id(), () -> store.queue().save(entry));
        return entry;
    }

    /** A legal forward move or a requeue of a closed entry; returns the entry after the move. */
    QueueEntry advance(UUID entryId, Random random) {
        QueueEntry entry = store.queue().findById(entryId).orElseThrow();
        Instant now = wall.instant();
        QueueEntry moved;
        if (!entry.status().isOpen()) {
            moved = entry.requeued(now);
        } else {
            List<QueueStatus> moves = new ArrayList<>(entry.status().forwardMoves());
            moves.sort(Enum::compareTo);
            moved = entry.movedTo(moves.get(random.nextInt(moves.size())), now);
        }
        audited(AuditAction.QUEUE_MOVED, "queue_entry", entryId, () -> {
            store.queue().save(moved);
            store.queue().record(new QueueTransition(store.context().ids().newId(), entryId, entry.status(), moved.status(),
                    "nurse" + site, now, ""));
        });
        return moved;
    }

    SoapNote draft(UUID patientId, Random random) {
        Instant now = wall.instant();
        SoapNote note = new SoapNote(store.context().ids().newId(), patientId, "doc" + site, NoteStatus.DRAFT,
                NoteContent.of(new SoapText("cough " + random.nextInt(100), "chest clear", "bronchitis", "rest")), now, now,
                null, null);
        audited(AuditAction.NOTE_DRAFTED, "soap_note", note.id(), () -> store.notes().save(note));
        return note;
    }

    SoapNote sign(UUID noteId) {
        SoapNote note = store.notes().findById(noteId).orElseThrow();
        Instant now = wall.instant();
        SoapNote signed = new SoapNote(note.id(), note.patientId(), note.author(), NoteStatus.SIGNED, note.content(),
                note.createdAt(), now, "doc" + site, now);
        audited(AuditAction.NOTE_SIGNED, "soap_note", noteId, () -> store.notes().save(signed));
        return store.notes().findById(noteId).orElseThrow(); // as stored (the database keeps microseconds)
    }

    void amend(UUID noteId, Random random) {
        audited(AuditAction.NOTE_AMENDED, "soap_note", noteId, () -> store.notes().add(new Amendment(store.context().ids().newId(), noteId, "doc" + site,
                wall.instant(), "typo " + random.nextInt(100), NoteContent.of(new SoapText("s", "o", "a", "p")))));
    }

    HistoryEntry history(UUID patientId, Random random) {
        HistoryEntry entry = new HistoryEntry(store.context().ids().newId(), patientId, HistoryKind.DIAGNOSIS,
                LocalDate.of(2020, 1, 1 + random.nextInt(28)), "Asthma", "", "test", "nurse" + site, wall.instant());
        audited(AuditAction.HISTORY_ADDED, "history_entry", entry.id(), () -> store.history().save(entry));
        return entry;
    }

    /** Vitals taken at triage, scored with NEWS2, as the triage screen stores them. */
    org.clinicdesk.core.vitals.Vitals vitals(UUID patientId, Random random) {
        var signs = new org.clinicdesk.core.vitals.VitalSigns(50 + random.nextInt(80), 10 + random.nextInt(15),
                95 + random.nextInt(60), 55 + random.nextInt(35), 35.5 + random.nextInt(40) / 10.0, 88 + random.nextInt(12),
                org.clinicdesk.core.vitals.SpO2Scale.SCALE_1, random.nextBoolean(), org.clinicdesk.core.vitals.Acvpu.A,
                null, null);
        var taken = new org.clinicdesk.core.vitals.Vitals(store.context().ids().newId(), patientId, wall.instant(),
                "nurse" + site, signs, org.clinicdesk.core.vitals.News2.score(signs));
        audited(AuditAction.VITALS_RECORDED, "vitals", taken.id(), () -> store.vitals().save(taken));
        return taken;
    }

    /** A scanned paper: its bytes as a content-addressed blob and its document row, as an import stores them. */
    org.clinicdesk.core.documents.Document document(UUID patientId, Random random) {
        byte[] scan = new byte[1_000 + random.nextInt(4_000)];
        random.nextBytes(scan);
        String sha = store.blobs().put(scan);
        var document = new org.clinicdesk.core.documents.Document(store.context().ids().newId(), patientId, sha,
                "scan" + random.nextInt(1000) + ".png", org.clinicdesk.core.documents.MediaType.PNG, scan.length, 1,
                "nurse" + site, wall.instant(), org.clinicdesk.core.documents.OcrStatus.PENDING);
        audited(AuditAction.DOCUMENT_ADDED, "document", document.id(), () -> store.documents().save(document));
        return document;
    }

    /** Deletes a row the way the application does: a tombstone through Hibernate, captured by the outbox, audited. */
    void delete(String entityClass, String entityType, UUID id) {
        audited(AuditAction.RECORD_DELETED, entityType, id, () -> store.unitOfWork().withSession(s -> {
            try {
                SyncedEntity entity = (SyncedEntity) s.find(Class.forName(entityClass), id);
                entity.markDeleted();
                return null;
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }));
        store.evictCaches();
    }

    /**
     * From now on every change goes with its audit event, as the use cases write them (so that the records can be
     * checked against the trail); without it the outbox holds only the changes, as the narrower sync tests expect.
     */
    Desktop auditing() {
        auditWrites = true;
        return this;
    }

    /** A change, and (when {@link #auditing()}) its audit event, in one transaction. */
    /** A flag raised for the patient, as the flag life cycle stores it: plain text and (optionally) its words. */
    UUID raiseFlag(UUID patientId, String key, String plain,
                   java.util.Optional<org.clinicdesk.core.flags.FlagText> words) {
        var flag = new org.clinicdesk.core.flags.FlagRecord(store.context().ids().newId(), patientId, key,
                org.clinicdesk.core.flags.FlagKind.INTERACTION, org.clinicdesk.core.flags.FlagSeverity.HIGH,
                org.clinicdesk.core.flags.FlagState.RAISED, plain, "", "doc" + site, wall.instant(), "test", words);
        audited(AuditAction.FLAG_RAISED, "clinical_flag", flag.id(), () -> store.flags().save(flag));
        return flag.id();
    }

    private void audited(AuditAction action, String entityType, UUID id, Runnable change) {
        store.context().tx().run(() -> {
            change.run();
            if (auditWrites) {
                store.auditLog().append("user" + site, AuditRecord.of(action, entityType, id, ""));
            }
        });
    }

    List<UUID> ids(String table, String where) {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE " + where + " ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    @Override
    public void close() {
        store.close();
    }
}
