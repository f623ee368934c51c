package org.clinicdesk.app.cli;

import java.time.LocalDate;
import java.util.List;
import org.clinicdesk.core.icd.Icd10Catalog;
import org.clinicdesk.core.notes.FollowUp;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.SoapText;
import picocli.CommandLine.Option;

/** The parts of a note as options, shared by {@code note add} (a new note) and {@code note amend} (the parts given). */
final class NoteContentOptions {
    @Option(names = "--subjective", paramLabel = "TEXT")
    private String subjective;

    @Option(names = "--objective", paramLabel = "TEXT")
    private String objective;

    @Option(names = "--assessment", paramLabel = "TEXT")
    private String assessment;

    @Option(names = "--plan", paramLabel = "TEXT")
    private String plan;

    @Option(names = "--diagnosis", paramLabel = "TEXT",
            description = "A diagnosis (repeatable): an ICD-10-CM code of the shipped list (E11.9) or words; when amending,"
                    + " the ones given replace the note's.")
    private List<String> diagnoses;

    @Option(names = "--rx", paramLabel = PrescriptionInput.FORMAT,
            description = "A prescription (repeatable); when amending, the ones given replace the note's.")
    private List<String> prescriptions;

    @Option(names = "--follow-up", paramLabel = "DATE|7d|2w|1m",
            description = "The day the patient should come back: a date (YYYY-MM-DD) or days, weeks or months from today;"
                    + " today or later. Signing books the patient onto that day's list; when amending, 'none' removes it.")
    private String followUp;

    /** A new note of exactly what was given; a follow-up span counts from {@code today}. */
    NoteContent asNewNote(LocalDate today) {
        return over(NoteContent.of(new SoapText("", "", "", "")), today);
    }

    /** The current content with every part that was given replaced. */
    NoteContent over(NoteContent current, LocalDate today) {
        boolean noFollowUp = followUp != null && "none".equalsIgnoreCase(followUp.strip());
        // the command line sets no reason; the note's own stays with its follow-up and goes with it
        return new NoteContent(current.text().amendedBy(subjective, objective, assessment, plan),
                diagnoses == null ? current.diagnoses() : diagnoses.stream().map(Icd10Catalog.shipped()::diagnosisFor).toList(),
                prescriptions == null ? current.prescriptions() : PrescriptionInput.parseAll(prescriptions),
                followUp == null ? current.followUpDate() : noFollowUp ? null : FollowUp.parse(followUp, today),
                noFollowUp ? "" : current.followUpReason());
    }
}
