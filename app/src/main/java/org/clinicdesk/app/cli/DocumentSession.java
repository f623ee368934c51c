package org.clinicdesk.app.cli;

import java.time.LocalDate;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.documents.DocumentService;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.documents.OcrEngine;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.storage.ocr.TesseractOcrEngine;

/**
 * {@link DocumentCommand.Session} over the CLI's own session layer: the store is opened and the user signed in only
 * when the verb runs (so {@code document --help} needs neither), and both are released when it is done.
 */
final class DocumentSession implements DocumentCommand.Session {
    private final ClinicDeskCommand root;
    private Session session;
    private TesseractOcrEngine ocr;

    DocumentSession(ClinicDeskCommand root) {
        this.root = root;
    }

    private Session session() {
        if (session == null) {
            session = root.signIn();
        }
        return session;
    }

    @Override
    public Actor actor() {
        return session().actor();
    }

    @Override
    public Patient patient(Uhid uhid) {
        return session().services().patients().require(actor(), uhid.value());
    }

    @Override
    public DocumentService documents() {
        return session().services().documents();
    }

    @Override
    public OcrEngine ocr() {
        if (ocr == null) {
            ocr = new TesseractOcrEngine(1, limits());
        }
        return ocr;
    }

    @Override
    public FileLimits limits() {
        return FileLimits.DEFAULT;
    }

    @Override
    public java.util.List<Patient> findPatients(String text) {
        return session().services().patients().find(actor(), text);
    }

    @Override
    public DateOrder dateOrder() {
        return session().services().dateOrder();
    }

    @Override
    public LocalDate today() {
        return session().today();
    }

    @Override
    public void close() {
        if (ocr != null) {
            ocr.close();
            ocr = null;
        }
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
