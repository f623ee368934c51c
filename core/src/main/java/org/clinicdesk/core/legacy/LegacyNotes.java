package org.clinicdesk.core.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.NoteStatus;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.notes.SoapText;

/**
 * A note of the previous system (its SOAP under {@code soap_note} or under {@code content}) as a signed note with
 * its original time and author. ClinicDesk's note has the four SOAP parts only, so what else the old note held is
 * written into them, labelled: the chief complaint and the consultation's transcript (often mixed Hindi and
 * English, kept exactly as written) at the end of the subjective part, the medications and where the note came
 * from at the end of the plan. The author is the old system's user name behind {@code legacy/}, so nobody takes
 * it for a ClinicDesk user; the note counts as signed by them when it was last saved there.
 */
final class LegacyNotes {
    private static final int MAX_AUTHOR = 32;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LegacyNotes() {
    }

    static SoapNote note(LegacyFields f, UUID id, UUID patientId, String noteId, ZoneId zone) {
        if (!f.node().isObject()) {
            throw f.refused("", "is " + LegacyFile.type(f.node()) + ", not a note");
        }
        String part = f.node().path("soap_note").isObject() ? "soap_note" : "content";
        JsonNode soap = f.node().path(part);
        if (!soap.isObject()) {
            throw f.refused("content", "is missing: a note holds its SOAP under soap_note or content");
        }
        Instant created = f.time("created_at");
        Instant updated = f.optionalTime("updated_at").filter(u -> u.isAfter(created)).orElse(created);
        String author = author(f, soap);
        StringBuilder subjective = new StringBuilder(LegacyFile.text(soap, "subjective"));
        line(subjective, "Chief complaint", LegacyFile.text(soap, "chief_complaint"));
        String transcript = f.text("transcript");
        if (!transcript.isEmpty()) {
            String language = LegacyFile.text(soap, "language");
            subjective.append(subjective.length() == 0 ? "" : "\n\n").append("Transcript")
                    .append(language.isEmpty() ? "" : " (language: " + language + ")").append(": ").append(transcript);
        }
        StringBuilder plan = new StringBuilder(LegacyFile.text(soap, "plan"));
        List<String> medications = f.texts(soap, "medications");
        line(plan, "Medications", String.join("; ", medications));
        String audio = f.text("audio_file");
        plan.append(plan.length() == 0 ? "" : "\n\n").append("[Imported from the previous system: note ")
                .append(noteId).append(" of ").append(WHEN.format(created.atZone(zone))).append(" by ")
                .append(author).append(audio.isEmpty() ? "" : "; audio " + audio).append("]");
        SoapText text;
        try {
            text = new SoapText(subjective.toString(), LegacyFile.text(soap, "objective"),
                    LegacyFile.text(soap, "assessment"), plan.toString());
        } catch (ValidationException e) {
            throw f.refused(part + "/" + e.field(), e);
        }
        if (LegacyFile.text(soap, "subjective").isEmpty() && LegacyFile.text(soap, "objective").isEmpty()
                && LegacyFile.text(soap, "assessment").isEmpty() && LegacyFile.text(soap, "plan").isEmpty()
                && transcript.isEmpty()) {
            throw f.refused(part, "is empty: no subjective, objective, assessment, plan or transcript");
        }
        return new SoapNote(id, patientId, author, NoteStatus.SIGNED, NoteContent.of(text), created, updated, author,
                updated);
    }

    private static String author(LegacyFields f, JsonNode soap) {
        String by = f.text("created_by");
        if (by.isEmpty()) {
            by = LegacyFile.text(soap, "doctor");
        }
        String author = "legacy/" + (by.isEmpty() ? "unknown" : by);
        return author.length() > MAX_AUTHOR ? author.substring(0, MAX_AUTHOR) : author;
    }

    private static void line(StringBuilder to, String label, String value) {
        if (!value.isEmpty()) {
            to.append(to.length() == 0 ? "" : "\n").append(label).append(": ").append(value);
        }
    }
}
