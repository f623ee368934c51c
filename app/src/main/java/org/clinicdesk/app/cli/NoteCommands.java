package org.clinicdesk.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.notes.Amendment;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.NoteService;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.patient.Patient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code note ...}: SOAP notes, signed by doctors and corrected only by amendments. */
@Command(name = "note", description = "SOAP notes.",
        subcommands = {NoteCommands.Add.class, NoteCommands.Amend.class, NoteCommands.Show.class, NoteSummary.class})
final class NoteCommands {
    @ParentCommand
    ClinicDeskCommand root;

    static UUID noteId(String text) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("note id", "'" + text + "' is not a note id (as printed by 'note add')");
        }
    }

    /** {@code note add UHID}: prints the note id; {@code --sign} drafts and signs in one step. */
    @Command(name = "add", description = "Write a SOAP note; prints the note id.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        private NoteCommands group;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "UHID")
        private String uhid;

        @Mixin
        private NoteContentOptions content;

        @Option(names = "--sign", description = "Sign the note (doctors only); a signed note never changes. Refused "
                + "while a high-severity clinical flag (with this note's prescriptions) is not acknowledged, unless "
                + "--override gives a reason.")
        private boolean sign;

        @Option(names = "--override", paramLabel = "REASON", description = "With --sign: the reason for signing over "
                + "the unacknowledged high-severity flags; each is recorded as overridden, audited with the reason and "
                + "printed on the visit summary.")
        private String override;

        @Option(names = "--json", description = "Print one JSON document: {noteId, uhid, status, followUp}"
                + " (followUp is YYYY-MM-DD or null).")
        private boolean json;

        record Written(String noteId, String uhid, String status, String followUp) {
        }

        @Override
        public Integer call() {
            Written written;
            try (Session session = group.root.signIn()) {
                written = session.inTransaction(() -> {
                    NoteContent newNote = content.asNewNote(session.today());
                    Patient patient = session.services().patients().require(session.actor(), uhid);
                    var notes = session.services().notes();
                    if (override != null && !sign) {
                        throw new ValidationException("override", "is given only with --sign");
                    }
                    if (sign) {
                        session.services().flags().beforeSigning(session.actor(), patient.uhid().value(),
                                newNote.prescriptions(), java.util.Optional.ofNullable(override));
                    }
                    SoapNote note = sign ? notes.writeAndSign(session.actor(), patient, newNote)
                            : notes.draft(session.actor(), patient, newNote);
                    return new Written(note.id().toString(), patient.uhid().value(), note.status().name(),
                            note.content().followUp().map(Object::toString).orElse(null));
                });
            }
            Output out = Output.of(spec);
            if (json) {
                out.json(written);
            } else {
                out.line(written.noteId());
            }
            return ExitCode.OK;
        }
    }

    /** {@code note amend NOTE_ID --reason ..}: only the parts given change; the signed original stays. */
    @Command(name = "amend", description = "Amend a signed note; only the parts given change.")
    static final class Amend implements Callable<Integer> {
        @ParentCommand
        private NoteCommands group;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "NOTE_ID")
        private String noteId;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        private String reason;

        @Mixin
        private NoteContentOptions changes;

        @Override
        public Integer call() {
            Amendment amendment;
            try (Session session = group.root.signIn()) {
                UUID id = noteId(noteId);
                var notes = session.services().notes();
                // Reading the note is audited; in one transaction with the amendment, a refused amendment leaves no trace.
                amendment = session.inTransaction(() -> {
                    SoapNote note = notes.read(session.actor(), id);
                    NoteContent corrected = changes.over(notes.currentContent(note), session.today());
                    return notes.amend(session.actor(), id, reason, corrected);
                });
            }
            Output.of(spec).line("Amended note " + amendment.noteId() + " (amendment " + amendment.id() + ").");
            return ExitCode.OK;
        }
    }

    /** {@code note show NOTE_ID [--emergency REASON]}: the note as it stands, with its amendments; one audited read. */
    @Command(name = "show", description = "Show a note with its amendments (the read is audited).")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        private NoteCommands group;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "NOTE_ID")
        private String noteId;

        @Mixin
        private EmergencyOption emergency;

        @Override
        public Integer call() {
            List<String> lines = new ArrayList<>();
            try (Session session = group.root.signIn()) {
                UUID id = noteId(noteId);
                var notes = session.services().notes();
                session.inTransaction(() -> {
                    NoteService.NoteWithAmendments read = notes.read(session.actor(), id, emergency.access());
                    SoapNote note = read.note();
                    lines.add("Note " + note.id() + " by " + note.author() + ", " + note.status().name().toLowerCase(java.util.Locale.ROOT)
                            + note.signedTime().map(t -> " by " + note.signedBy() + " at " + t).orElse(""));
                    NoteContent c = read.current();
                    lines.add("S: " + c.text().subjective());
                    lines.add("O: " + c.text().objective());
                    lines.add("A: " + c.text().assessment());
                    lines.add("P: " + c.text().plan());
                    c.diagnoses().forEach(d -> lines.add("Diagnosis: " + d.text()
                            + (d.isCoded() ? " (" + d.system() + " " + d.code() + ")" : "")));
                    c.prescriptions().forEach(p -> lines.add("Rx: " + p.summary()));
                    c.followUp().ifPresent(day -> lines.add("Follow-up: " + day));
                    read.amendments().forEach(a -> lines.add("Amended by " + a.author() + " at " + a.at() + ": " + a.reason()));
                    return null;
                });
            }
            Output out = Output.of(spec);
            lines.forEach(out::line);
            return ExitCode.OK;
        }
    }
}
