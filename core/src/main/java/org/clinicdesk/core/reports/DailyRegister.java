package org.clinicdesk.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.queue.QueueTransition;

/**
 * The daily register (OPD register): a day's patients in order of arrival with token, time in, UHID, name, age/sex,
 * village, the doctor who called them in, the diagnoses of the note the doctor signed on that visit (ICD code where
 * coded), the status, when the visit closed, and the follow-up day and reason that note asks for. Pure; {@link ReportService#register} reads and audits it.
 */
public record DailyRegister(LocalDate day, String clinicName, List<Line> lines) {
    public DailyRegister {
        lines = List.copyOf(lines);
    }

    /**
     * One visit. {@code timeDone} is empty while the visit is open; {@code diagnosis} "" when no signed note; the
     * follow-up day ({@code followUpDate}, null when none) and its reason ("" when none) as the visit's note asks.
     */
    public record Line(String token, LocalTime timeIn, String uhid, String name, String age, String sex,
                       String village, String doctor, String diagnosis, QueueStatus status, LocalTime timeDone,
                       LocalDate followUpDate, String followUpReason) {
        public Optional<LocalTime> done() {
            return Optional.ofNullable(timeDone);
        }

        public Optional<LocalDate> followUp() {
            return Optional.ofNullable(followUpDate);
        }
    }

    /** The register's columns, as the CSV header names them. */
    public static final List<String> COLUMNS = List.of("token", "time_in", "uhid", "name", "age", "sex", "village",
            "doctor", "diagnosis", "status", "time_done", "follow_up", "follow_up_reason");

    public static DailyRegister compute(LocalDate day, String clinicName, ZoneId zone, List<ReportVisit> visits,
                                        List<SignedNote> notes, UnaryOperator<String> staffName) {
        List<ReportVisit> ordered = visits.stream().filter(v -> v.entry().serviceDate().equals(day))
                .sorted(Comparator.comparing((ReportVisit v) -> v.entry().arrivedAt())
                        .thenComparing(v -> v.entry().token().value()))
                .toList();
        List<Line> lines = ordered.stream().map(v -> {
            Optional<QueueTransition> called = v.transitions().stream()
                    .filter(t -> t.to() == QueueStatus.IN_CONSULTATION)
                    .min(Comparator.comparing(QueueTransition::at).thenComparing(QueueTransition::id));
            var patient = v.patient();
            Optional<NoteContent> note = SignedNote.ofVisit(v, notes).map(SignedNote::content);
            return new Line(v.entry().token().value(), time(v.entry().arrivedAt(), zone), v.uhid(), v.patientName(),
                    patient.map(p -> p.ageLabel(day)).orElse(""), patient.map(p -> p.sex().name()).orElse(""),
                    patient.map(p -> p.particulars().village()).orElse(""),
                    called.map(t -> staffName.apply(t.byUser())).orElse(""),
                    note.map(DailyRegister::diagnoses).orElse(""), v.entry().status(),
                    v.entry().status().isOpen() ? null : time(v.entry().statusChangedAt(), zone),
                    note.flatMap(NoteContent::followUp).orElse(null),
                    note.map(NoteContent::followUpReason).orElse(""));
        }).toList();
        return new DailyRegister(day, clinicName, lines);
    }

    /**
     * The diagnoses of the visit's note (its latest content, amendments included), "J06.9 Acute upper respiratory
     * infection; fever" style.
     */
    private static String diagnoses(NoteContent note) {
        return note.diagnoses().stream().map(DailyRegister::text).collect(Collectors.joining("; "));
    }

    private static String text(Diagnosis d) {
        return d.isCoded() ? d.code() + " " + d.text() : d.text();
    }

    private static LocalTime time(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalTime().withNano(0);
    }
}
