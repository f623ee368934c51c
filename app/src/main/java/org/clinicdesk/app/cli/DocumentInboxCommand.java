package org.clinicdesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.documents.CancelSignal;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.documents.DocumentFile;
import org.clinicdesk.core.documents.DocumentFileCheck;
import org.clinicdesk.core.documents.MediaType;
import org.clinicdesk.core.documents.OcrProgress;
import org.clinicdesk.core.documents.OcrResult;
import org.clinicdesk.core.documents.PrintedPatient;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.storage.documents.ScanInbox;
import org.clinicdesk.storage.ocr.PageRenderer;
import org.clinicdesk.storage.ocr.PageStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clinicdesk document inbox FOLDER [--import UHID] [--json]}: what is waiting in the scanner's folder, each scan
 * checked against the file limits without decoding it; with {@code --import} each acceptable scan is stored and read
 * for the patient named. A refused scan is reported and the next one is tried; any refusal makes the exit code 2.
 */
@Command(name = "inbox", mixinStandardHelpOptions = true,
        description = {"List the scans waiting in the scanner's folder, each checked (size, type, pages, pixels) without"
                + " decoding it; nothing is stored unless --import names the patient.",
                "Only plain files directly in FOLDER are considered: symbolic links, sub-folders, devices and pipes are"
                        + " refused, never followed. Exit 2 when any scan was refused."})
final class DocumentInboxCommand implements Callable<Integer> {
    private final DocumentCommand.Session session;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "The folder the scanner saves to.")
    Path folder;

    @Option(names = "--import", paramLabel = "UHID",
            description = "Store and read every acceptable scan for this patient (asks nothing more: the UHID is the answer).")
    String importFor;

    @Option(names = "--suggest", description = "Read each ready scan (OCR) and name the patient it most likely belongs to:"
            + " the patient printed on it, found by name, UHID or phone (signs in; nothing is stored).")
    boolean suggest;

    @Option(names = "--json", description = "Print one JSON document: an array of {file, status, reason, documentId,"
            + " printedPatient, suggestedPatient}.")
    boolean json;

    DocumentInboxCommand(DocumentCommand.Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        DocumentCommand.Session open = session;
        try (open) {
            ScanInbox inbox = ScanInbox.of(folder);
            Patient patient = importFor == null ? null : open.patient(Uhid.parse(importFor));
            List<Map<String, Object>> rows = new ArrayList<>();
            int refused = 0;
            for (ScanInbox.Entry entry : inbox.list()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("file", entry.name());
                try {
                    entry.refusal().ifPresent(reason -> {
                        throw new ValidationException("file", entry.name() + ": " + reason);
                    });
                    DocumentFile file = inbox.read(entry.name(), open.limits());
                    if (patient == null) {
                        MediaType type = preflight(file);
                        row.put("status", "ready");
                        if (suggest) {
                            suggestPatient(open, file, type, row);
                        }
                    } else {
                        row.put("status", "stored");
                        row.put("documentId", store(open, patient, file).id().toString());
                    }
                } catch (ValidationException e) {
                    refused++;
                    row.put("status", "refused");
                    row.put("reason", e.reason());
                }
                rows.add(row);
            }
            print(rows);
            if (refused > 0) {
                throw new ValidationException("scanFolder", refused + " of " + rows.size() + " scans in " + folder
                        + " were refused (listed above); nothing of them was stored");
            }
            return ExitCode.OK;
        }
    }

    /** The checks an import makes before decoding anything: size, type, pages, pixels (and a PDF's images). */
    private MediaType preflight(DocumentFile file) {
        MediaType type = new DocumentFileCheck(session.limits()).check(file);
        try (PageStream pages = new PageRenderer(session.limits()).open(file, type)) {
            pages.count();
        }
        return type;
    }

    /** The patient printed on the scan and the registered patient it most likely is (by UHID, phone, then name). */
    private static void suggestPatient(DocumentCommand.Session open, DocumentFile file, MediaType type,
                                       Map<String, Object> row) {
        OcrResult result = open.ocr().read(file.content(), type, OcrProgress.NONE, new CancelSignal());
        if (!(result instanceof OcrResult.Success read)) {
            return;
        }
        PrintedPatient printed = PrintedPatient.read(read.pages().stream().map(p -> p.rows().text())
                .collect(java.util.stream.Collectors.joining("\n")), open.dateOrder(), open.today());
        printed.name().ifPresent(n -> row.put("printedPatient", n));
        java.util.stream.Stream.of(printed.uhid(), printed.phoneDigits(), printed.name()).flatMap(java.util.Optional::stream)
                .map(open::findPatients).filter(found -> !found.isEmpty()).findFirst()
                .map(found -> found.get(0)).ifPresent(p -> row.put("suggestedPatient", p.uhid().value() + " " + p.name().full()));
    }

    private static Document store(DocumentCommand.Session open, Patient patient, DocumentFile file) {
        Document document = open.documents().add(open.actor(), patient, file);
        OcrResult result = open.ocr().read(file.content(), document.mediaType(), OcrProgress.NONE, new CancelSignal());
        return open.documents().recordOcr(open.actor(), document, result);
    }

    private void print(List<Map<String, Object>> rows) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            for (Map<String, Object> row : rows) {
                Object detail = row.containsKey("reason") ? row.get("reason")
                        : row.getOrDefault("documentId", row.getOrDefault("suggestedPatient", ""));
                out.println(row.get("status") + "\t" + row.get("file") + "\t" + detail);
            }
        }
        out.flush();
    }
}
