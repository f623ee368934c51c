package org.clinicdesk.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.documents.CancelSignal;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.documents.DocumentFile;
import org.clinicdesk.core.documents.DocumentFileCheck;
import org.clinicdesk.core.documents.DocumentService;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.documents.MediaType;
import org.clinicdesk.core.documents.OcrEngine;
import org.clinicdesk.core.documents.OcrProgress;
import org.clinicdesk.core.documents.OcrResult;
import org.clinicdesk.core.documents.PatientMatch;
import org.clinicdesk.core.documents.PatientMismatch;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.storage.documents.DocumentFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code clinicdesk document add UHID FILE [--json]}: attaches a scanned file to a patient, reads it with OCR and
 * keeps its text searchable. The CLI's root command supplies the {@link Session} (signed-in user, store).
 */
@Command(name = "document", mixinStandardHelpOptions = true, description = "Scanned documents attached to patients.")
public final class DocumentCommand {

    /** What the command needs from the open store and the signed-in user; closed when the command is done. */
    public interface Session extends AutoCloseable {
        Actor actor();

        /** The patient with this UHID; throws {@code NotFoundException} when there is none. */
        Patient patient(Uhid uhid);

        DocumentService documents();

        OcrEngine ocr();

        FileLimits limits();

        /** Patients whose name, UHID or phone match, best first (reception's search). */
        List<Patient> findPatients(String text);

        /** The clinic's date order, for dates printed on documents. */
        DateOrder dateOrder();

        LocalDate today();

        @Override
        default void close() {
        }
    }

    /** The {@code document} command with its subcommands, bound to a session. */
    public static CommandLine commandLine(Session session) {
        return new CommandLine(new DocumentCommand()).addSubcommand("add", new Add(session))
                .addSubcommand("show", new Show(session))
                .addSubcommand("search", new Search(session))
                .addSubcommand("inbox", new DocumentInboxCommand(session));
    }

    /**
     * {@code document search TEXT [--json]}: the pages of stored documents whose OCR text holds every word of TEXT,
     * newest first, each with its patient (name, UHID), document and a snippet. The search is audited
     * (DOCUMENTS_SEARCHED); opening a document is {@code document show}, audited as DOCUMENT_OPENED.
     */
    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Find stored documents by the words read from them, with the patient each belongs to.")
    static final class Search implements Callable<Integer> {
        private final Session session;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TEXT", description = "Words that must all appear on the page.")
        String text;

        @Option(names = "--limit", paramLabel = "N", description = "At most N pages (default 50, at most 500).")
        int limit = 50;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        Search(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() throws JsonProcessingException {
            if (text.isBlank()) {
                throw new ValidationException("TEXT", "give at least one word to search for");
            }
            Session open = session;
            try (open) {
                List<org.clinicdesk.core.documents.TextMatch> hits = open.documents().search(open.actor(), text, limit);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    List<Map<String, Object>> rows = hits.stream().map(h -> {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("uhid", h.uhid());
                        row.put("patientName", h.patientName());
                        row.put("documentId", h.documentId().toString());
                        row.put("fileName", h.fileName());
                        row.put("page", h.pageNumber());
                        row.put("snippet", h.snippet());
                        return row;
                    }).toList();
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("query", text.strip());
                    doc.put("hits", rows);
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
                } else {
                    hits.forEach(h -> out.println(String.join("\t", h.uhid(), h.patientName(), h.documentId().toString(),
                            h.fileName(), "page " + h.pageNumber(), h.snippet())));
                }
                out.flush();
                return 0;
            }
        }
    }

    /**
     * {@code document show DOCUMENT_ID -o FILE [--emergency REASON]}: writes the document's plain bytes (checked
     * against its SHA-256) to FILE; the opening is one audit event (DOCUMENT_OPENED, or EMERGENCY_ACCESS).
     */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Open a document: write its file (decrypted) to FILE; the opening is audited.")
    static final class Show implements Callable<Integer> {
        private final Session session;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DOCUMENT_ID", description = "As printed by 'document add' or 'patient show'.")
        String documentId;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write it (must not exist).")
        Path output;

        @Mixin
        EmergencyOption emergency;

        Show(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            UUID id;
            try {
                id = UUID.fromString(documentId.trim());
            } catch (IllegalArgumentException e) {
                throw new ValidationException("document id", "'" + documentId + "' is not a document id");
            }
            if (Files.exists(output)) {
                throw new ValidationException("output", output + " already exists; choose a new file");
            }
            Session open = session;
            try (open) {
                DocumentService.OpenedDocument opened = open.documents().open(open.actor(), id, emergency.access());
                try {
                    // A chart document out of the encrypted store: readable by this system user only.
                    Files.write(org.clinicdesk.storage.files.OwnerOnly.newFile(output), opened.content());
                } catch (IOException e) {
                    throw new ValidationException("output", output + ": cannot be written (" + e.getMessage() + ")");
                }
                spec.commandLine().getOut().println(output);
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Attach a PNG, JPEG, TIFF or PDF to a patient and read its text; prints the document id.")
    static final class Add implements Callable<Integer> {
        private final Session session;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "UHID", description = "The patient's UHID.")
        String uhid;

        @Parameters(index = "1", paramLabel = "FILE", description = "The file to attach.")
        Path file;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Option(names = "--other-patient-reason", paramLabel = "TEXT",
                description = "Store it although it names another patient (name, age, sex, UHID or phone differ), "
                        + "saying why it belongs here (audited). Without it such a document is refused (exit 4).")
        String otherPatientReason;

        Add(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            // Refusals are thrown: the CLI root's error handler prints them and picks the exit code.
            PrintWriter out = spec.commandLine().getOut();
            Session open = session;
            try (open) {
                Patient patient = open.patient(Uhid.parse(uhid));
                DocumentFile documentFile = DocumentFiles.read(file, open.limits());
                MediaType type = new DocumentFileCheck(open.limits()).check(documentFile);
                // Read before storing: a paper naming someone else must not enter this chart without a reason.
                OcrResult result = open.ocr().read(documentFile.content(), type, OcrProgress.NONE, new CancelSignal());
                List<PatientMismatch> mismatches = result instanceof OcrResult.Success read
                        ? PatientMatch.check(read.pages().stream().map(p -> p.rows().text()).collect(Collectors.joining("\n")),
                                patient, open.dateOrder(), open.today())
                        : List.of();
                if (!mismatches.isEmpty() && otherPatientReason == null) {
                    throw new RuleViolationException(documentFile.fileName() + " names another patient than "
                            + patient.name().full() + " (" + mismatches.stream().map(Object::toString)
                            .collect(Collectors.joining("; ")) + "); nothing was stored. If it belongs in this chart,"
                            + " add it with --other-patient-reason TEXT");
                }
                Document document = open.documents().add(open.actor(), patient, documentFile);
                if (!mismatches.isEmpty()) {
                    open.documents().confirmOtherPatient(open.actor(), document, patient, mismatches, otherPatientReason);
                }
                Document read = open.documents().recordOcr(open.actor(), document, result);
                print(out, patient, read, result);
                return 0;
            }
        }

        private void print(PrintWriter out, Patient patient, Document d, OcrResult result) {
            if (!json) {
                out.println(d.id());
                if (result instanceof OcrResult.Failure failure) {
                    out.println("Stored, but the text could not be read: " + failure.message());
                }
                out.flush();
                return;
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("documentId", d.id().toString());
            doc.put("uhid", patient.uhid().value());
            doc.put("file", d.fileName());
            doc.put("mediaType", d.mediaType().mime());
            doc.put("sha256", d.sha256());
            doc.put("sizeBytes", d.sizeBytes());
            doc.put("pages", d.pageCount());
            doc.put("ocrStatus", d.ocrStatus().name());
            if (result instanceof OcrResult.Failure failure) {
                doc.put("ocrMessage", failure.message());
            }
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            out.flush();
        }
    }
}
