package org.clinicdesk.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.Frequency;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.Prescription;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.queue.QueueTransition;
import org.clinicdesk.core.queue.Token;
import org.clinicdesk.core.reports.ClinicReport.Count;
import org.clinicdesk.core.reports.ClinicReport.Totals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportFiguresTest {
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final Instant OPEN = DAY.atTime(9, 0).atZone(KOLKATA).toInstant();

    /** A queue entry that arrived {@code arrived} minutes after 09:00 and moved through {@code moves}. */
    private record Visit(String token, Priority priority, int arrived, List<Move> moves) {
    }

    /** A move {@code at} minutes after 09:00 by {@code by}. */
    private record Move(QueueStatus to, int at, String by) {
    }

    private static Move m(QueueStatus to, int at, String by) {
        return new Move(to, at, by);
    }

    private static Visit v(String token, Priority priority, int arrived, Move... moves) {
        return new Visit(token, priority, arrived, Arrays.asList(moves));
    }

    private static ReportVisit visit(LocalDate day, Visit v) {
        UUID id = UUID.randomUUID();
        List<QueueTransition> moves = new ArrayList<>();
        Instant arrivedAt = OPEN.plusSeconds(60L * v.arrived());
        moves.add(new QueueTransition(UUID.randomUUID(), id, null, QueueStatus.WAITING, "reception", arrivedAt, ""));
        QueueStatus status = QueueStatus.WAITING;
        for (Move move : v.moves()) {
            moves.add(new QueueTransition(UUID.randomUUID(), id, status, move.to(), move.by(),
                    OPEN.plusSeconds(60L * move.at()), ""));
            status = move.to();
        }
        QueueEntry entry = new QueueEntry(id, UUID.randomUUID(), Token.parse(v.token()), day, v.priority(), status,
                arrivedAt, moves.get(moves.size() - 1).at(), 0);
        return new ReportVisit(entry, moves, "Patient " + v.token(), "A-00000" + v.token().charAt(4) + "-0");
    }

    private static SignedNote note(int minute, String doctor, List<Diagnosis> diagnoses, String... drugs) {
        List<Prescription> rx = Stream.of(drugs).map(d -> new Prescription(d, "500 mg", "tablet", "oral",
                Frequency.parse("TDS"), 3, "")).toList();
        return new SignedNote(UUID.randomUUID(), UUID.randomUUID(), doctor, OPEN.plusSeconds(60L * minute),
                new NoteContent(new SoapText("s", "", "a", ""), diagnoses, rx));
    }

    private static ClinicReport day(List<Visit> visits, List<SignedNote> notes) {
        return ReportFigures.compute(ReportPeriod.day(DAY), "Asha Clinic", KOLKATA, OPEN,
                visits.stream().map(x -> visit(DAY, x)).toList(), notes);
    }

    static Stream<Arguments> days() {
        QueueStatus t = QueueStatus.IN_TRIAGE;
        QueueStatus r = QueueStatus.READY_FOR_DOCTOR;
        QueueStatus c = QueueStatus.IN_CONSULTATION;
        QueueStatus done = QueueStatus.COMPLETED;
        return Stream.of(
                Arguments.of("nobody queued", List.of(), new Totals(0, 0, 0, 0, 0, 0, 0, 0), 0, 0.0, 0.0),
                Arguments.of("one patient seen after 30 minutes",
                        List.of(v("A-001", Priority.NORMAL, 0, m(t, 5, "nina"), m(r, 10, "nina"), m(c, 30, "dev"),
                                m(done, 40, "dev"))),
                        new Totals(1, 1, 1, 0, 0, 0, 0, 0), 1, 30.0, 30.0),
                Arguments.of("even count: median is the mean of the middle two, p90 the largest",
                        List.of(v("A-001", Priority.NORMAL, 0, m(t, 1, "nina"), m(r, 2, "nina"), m(c, 10, "dev")),
                                v("A-002", Priority.URGENT, 0, m(t, 1, "nina"), m(r, 2, "nina"), m(c, 20, "dev")),
                                v("A-003", Priority.NORMAL, 0, m(t, 1, "nina"), m(r, 2, "nina"), m(c, 30, "ravi")),
                                v("A-004", Priority.EMERGENCY, 0, m(c, 40, "ravi"), m(done, 50, "ravi"))),
                        new Totals(4, 4, 1, 0, 0, 3, 0, 0), 4, 25.0, 40.0),
                Arguments.of("ten waits: p90 by nearest rank is the ninth",
                        List.of(Stream.iterate(1, i -> i + 1).limit(10).map(i -> v("A-%03d".formatted(i),
                                Priority.NORMAL, 0, m(t, 0, "nina"), m(r, 0, "nina"), m(c, i * 10, "dev")))
                                .toArray(Visit[]::new)),
                        new Totals(10, 10, 0, 0, 0, 10, 0, 0), 10, 55.0, 90.0),
                Arguments.of("cancelled and no-show are not seen and have no wait",
                        List.of(v("A-001", Priority.NORMAL, 0, m(QueueStatus.CANCELLED, 3, "reception")),
                                v("A-002", Priority.NORMAL, 0, m(t, 1, "nina"), m(QueueStatus.NO_SHOW, 9, "nina")),
                                v("A-003", Priority.NORMAL, 15, m(t, 16, "nina"), m(r, 17, "nina"), m(c, 30, "dev"),
                                        m(QueueStatus.CANCELLED, 35, "reception")),
                                v("A-004", Priority.NORMAL, 20)),
                        new Totals(4, 1, 0, 2, 1, 1, 0, 0), 1, 15.0, 15.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void daySheetFigures(String name, List<Visit> visits, Totals totals, int measured, double median, double p90) {
        ClinicReport report = day(visits, List.of());

        assertThat(report.totals()).isEqualTo(totals);
        assertThat(report.waiting().measured()).isEqualTo(measured);
        assertThat(report.waiting().medianMinutes()).isEqualTo(median);
        assertThat(report.waiting().p90Minutes()).isEqualTo(p90);
        assertThat(report.sheet()).hasSize(visits.size());
        assertThat(report.isEmpty()).isEqualTo(visits.isEmpty());
    }

    @Test
    void seenCountsUnderTheDoctorWhoCalledThePatientInAndByPriority() {
        QueueStatus c = QueueStatus.IN_CONSULTATION;
        ClinicReport report = day(List.of(
                v("A-001", Priority.EMERGENCY, 0, m(c, 1, "ravi")),
                v("A-002", Priority.URGENT, 0, m(QueueStatus.IN_TRIAGE, 1, "nina"),
                        m(QueueStatus.READY_FOR_DOCTOR, 2, "nina"), m(c, 3, "dev")),
                v("A-003", Priority.EMERGENCY, 0, m(c, 4, "dev")),
                v("A-004", Priority.NORMAL, 0, m(QueueStatus.CANCELLED, 4, "reception"))), List.of());

        assertThat(report.seenByDoctor()).containsExactly(new Count("dev", 2), new Count("ravi", 1));
        assertThat(report.seenByPriority()).containsExactly(new Count("Emergency", 2), new Count("Urgent", 1),
                new Count("Normal", 0));
        assertThat(report.sheet()).extracting(ClinicReport.SheetLine::doctor).containsExactly("ravi", "dev", "dev", "");
        assertThat(report.sheet().get(3).waited()).isEmpty();
        assertThat(report.sheet().get(0).queuedAt()).hasToString("09:00");
    }

    @Test
    void doctorsAreShownByTheNameGivenForTheirUserName() {
        ClinicReport report = ReportFigures.compute(ReportPeriod.day(DAY), "Asha Clinic", KOLKATA, OPEN,
                List.of(visit(DAY, v("A-001", Priority.EMERGENCY, 0, m(QueueStatus.IN_CONSULTATION, 5, "dev")))),
                List.of(), u -> u.equals("dev") ? "Dev Sharma (dev)" : u);

        assertThat(report.seenByDoctor()).containsExactly(new Count("Dev Sharma (dev)", 1));
        assertThat(report.sheet().get(0).doctor()).isEqualTo("Dev Sharma (dev)");
    }

    /** The first wording signed names a coded diagnosis; a later note's other words for the same code add to it. */
    @Test
    void diagnosesCountOncePerNoteByCodeOrWordsAndMedicinesPerLineByName() {
        Diagnosis fever = Diagnosis.freeText("Viral fever");
        Diagnosis feverAgain = Diagnosis.freeText("viral  FEVER");
        Diagnosis diabetes = new Diagnosis("Type 2 diabetes", "ICD-10", "E11");
        Diagnosis diabetesOtherWords = new Diagnosis("Diabetes mellitus type 2", "icd-10", "e11");
        ClinicReport report = day(List.of(), List.of(
                note(1, "dev", List.of(fever, feverAgain), "Paracetamol", "paracetamol"),
                note(2, "dev", List.of(fever, diabetes), "Metformin"),
                note(3, "ravi", List.of(diabetesOtherWords), "Metformin", "Paracetamol", "Amlodipine")));

        assertThat(report.topDiagnoses()).containsExactly(new Count("Type 2 diabetes (E11)", 2),
                new Count("Viral fever", 2));
        assertThat(report.topMedicines()).containsExactly(new Count("Paracetamol", 3), new Count("Metformin", 2),
                new Count("Amlodipine", 1));
        assertThat(report.totals().signedNotes()).isEqualTo(3);
        assertThat(report.totals().prescriptions()).isEqualTo(6);
        assertThat(report.isEmpty()).isFalse();
    }

    @Test
    void monthSummaryHasOneLinePerDayAndNoSheet() {
        YearMonth feb = YearMonth.of(2028, 2);
        LocalDate tenth = feb.atDay(10);
        ClinicReport report = ReportFigures.compute(ReportPeriod.month(feb), "Asha Clinic", KOLKATA, OPEN, List.of(
                visit(tenth, v("A-001", Priority.NORMAL, 0, m(QueueStatus.IN_CONSULTATION, 12, "dev"))),
                visit(tenth, v("A-002", Priority.NORMAL, 0, m(QueueStatus.NO_SHOW, 12, "nina")))), List.of());

        assertThat(report.days()).hasSize(29);
        assertThat(report.days().get(9)).isEqualTo(new ClinicReport.DayLine(tenth, 2, 1, 0, 1));
        assertThat(report.days().get(10)).isEqualTo(new ClinicReport.DayLine(feb.atDay(11), 0, 0, 0, 0));
        assertThat(report.sheet()).isEmpty();
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("30/11/2026", DateOrder.DAY_FIRST, LocalDate.of(2026, 11, 30)),
                Arguments.of("11/30/2026", DateOrder.MONTH_FIRST, LocalDate.of(2026, 11, 30)),
                Arguments.of("03/04/2026", DateOrder.DAY_FIRST, LocalDate.of(2026, 4, 3)),
                Arguments.of("03/04/2026", DateOrder.MONTH_FIRST, LocalDate.of(2026, 3, 4)),
                Arguments.of("2026-11-30", DateOrder.MONTH_FIRST, LocalDate.of(2026, 11, 30)));
    }

    @ParameterizedTest(name = "{0} read {1}")
    @MethodSource("dates")
    void aDateIsReadInTheClinicsOrderOrIso(String typed, DateOrder order, LocalDate expected) {
        assertThat(ReportPeriod.parseDay(typed, order)).isEqualTo(expected);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "yesterday", "31/04/2026", "30/13/2026", "30/11/26"})
    void aBadDateIsRefusedNamingTheField(String typed) {
        assertThatThrownBy(() -> ReportPeriod.parseDay(typed, DateOrder.DAY_FIRST))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("date"));
    }

    @Test
    void aMonthIsYearDashMonth() {
        assertThat(ReportPeriod.parseMonth("2026-2")).isEqualTo(YearMonth.of(2026, 2));
        assertThatThrownBy(() -> ReportPeriod.parseMonth("2026-13")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("month"));
    }

    @Test
    void periodInstantsFollowTheClinicsZone() {
        ReportPeriod p = ReportPeriod.day(DAY);
        assertThat(p.start(KOLKATA)).isEqualTo(Instant.parse("2026-11-29T18:30:00Z"));
        assertThat(p.end(KOLKATA)).isEqualTo(Instant.parse("2026-11-30T18:30:00Z"));
    }
}
