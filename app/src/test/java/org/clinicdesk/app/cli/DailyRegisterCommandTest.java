package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.storage.LocalStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: {@code report register} writes the day's patients in order of arrival, and every CSV field is checked
 * against the store read by plain SQL (not by the register's own code); reading it is audited. A doctor's room set
 * by {@code user set --room} is printed on the token slip once that doctor has called the patient in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DailyRegisterCommandTest {
    @TempDir
    static Path home;

    private ClinicDay day;
    private LocalDate today;
    private String calledToken;
    private String codedToken;

    @BeforeAll
    void aMorningAtTheClinic() {
        day = ClinicDay.initialised(home.resolve("clinic"));
        String lakshmi = day.ok(day.desk("patient", "add", "--name", "Lakshmi Devi", "--age", "42", "--sex", "F",
                "--village", "Kuppam")).strip();
        String ravi = day.register("Ravi D'Souza", "1990-03-01", "M");
        String meera = day.register("Meera Iyer", "1970-07-15", "F");
        day.ok(day.doctor("user", "set", "doctor1", "--room", "Room 2"));
        try (LocalStore store = LocalStore.open(day.cli.dataDir(), Clock.systemDefaultZone())) {
            ClinicServices s = ClinicServices.over(store);
            today = store.context().today();
            var site = store.siteSettings().orElseThrow().site();
            Actor desk = s.users().signIn("desk1", ClinicDay.DESK_PASSWORD.toCharArray(), site);
            Actor doc = s.users().signIn("doctor1", ClinicDay.DOCTOR_PASSWORD.toCharArray(), site);
            Actor nurse = s.users().signIn("nurse1", ClinicDay.NURSE_PASSWORD.toCharArray(), site);
            var l = s.patients().require(desk, lakshmi);
            QueueEntry a = s.queue().add(desk, l, Priority.NORMAL);
            QueueEntry r = s.queue().add(desk, s.patients().require(desk, ravi), Priority.NORMAL);
            s.queue().add(desk, s.patients().require(desk, meera), Priority.URGENT);
            for (QueueEntry e : List.of(a, r)) {
                s.queue().move(nurse, e.token(), QueueStatus.IN_TRIAGE, "");
                s.queue().move(nurse, e.token(), QueueStatus.READY_FOR_DOCTOR, "");
            }
            s.queue().move(doc, a.token(), QueueStatus.IN_CONSULTATION, "");
            s.notes().writeAndSign(doc, l, new NoteContent(new SoapText("Fever", "", "URTI", ""),
                    List.of(new Diagnosis("Acute upper respiratory infection", "ICD-10", "J06.9"),
                            Diagnosis.freeText("Fever")), List.of(), today.plusDays(7), "review fever"));
            s.queue().move(doc, a.token(), QueueStatus.COMPLETED, "");
            codedToken = a.token().value();
            s.queue().move(doc, r.token(), QueueStatus.IN_CONSULTATION, "");
            calledToken = r.token().value();
        }
    }

    @Test
    void theRegisterCsvHoldsTheStoresVisitsInOrderOfArrival() throws Exception {
        Path csv = home.resolve("register.csv");

        day.ok(day.doctor("report", "register", today.toString(), "--csv", csv.toString()));

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(
                "token,time_in,uhid,name,age,sex,village,doctor,diagnosis,status,time_done,follow_up,follow_up_reason");
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(expectedFromStore());
        assertThat(lines.get(1)).contains("\"Kuppam\"", "\"doctor1\"",
                "\"J06.9 Acute upper respiratory infection; Fever\"", "\"COMPLETED\"");
        assertThat(lines.get(1)).endsWith(",\"" + today.plusDays(7) + "\",\"review fever\"");
        assertThat(lines.get(2)).contains("\"Ravi D'Souza\"", "\"IN_CONSULTATION\"");
        assertThat(lines.get(2)).endsWith(",\"IN_CONSULTATION\",\"\",\"\",\"\"");
        assertThat(auditedRegisters()).isPositive();
    }

    @Test
    void aNurseMayNotReadTheRegisterAndABadDayNamesTheField() {
        var nurse = day.nurse("report", "register", "--json");
        assertThat(nurse.exit()).isNotZero();
        var bad = day.doctor("report", "register", "31/02/2026", "--json");
        assertThat(bad.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(bad.err()).contains("date");
    }

    @Test
    void theTokenSlipNamesTheCallingDoctorsRoom() throws Exception {
        Path slip = home.resolve("slip.pdf");
        day.ok(day.desk("queue", "slip", calledToken, "-o", slip.toString()));
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(slip))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("doctor1 \u00b7 Room 2");
        }
        var blank = day.doctor("user", "set", "doctor1", "--room", "  ");
        assertThat(blank.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(blank.err()).contains("room");
    }

    /** Each register line as the tables say it, in order of arrival, built without the register's code. */
    private List<String> expectedFromStore() throws Exception {
        List<String> rows = new ArrayList<>();
        try (LocalStore store = LocalStore.open(day.cli.dataDir(), Clock.systemDefaultZone());
             Connection c = store.dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("select e.token, e.arrived_at, p.uhid, p.given_name, "
                     + "p.family_name, p.sex, p.village, e.status, e.status_changed_at, "
                     + "p.date_of_birth, p.dob_estimated, "
                     + "(select min(t.by_user) from queue_transition t where t.entry_id = e.id "
                     + "and t.to_status = 'IN_CONSULTATION'), "
                     + "(select max(n.follow_up_date) from soap_note n where n.patient_id = p.id and n.status = 'SIGNED' "
                     + "and n.signed_at >= e.arrived_at), "
                     + "(select max(n.follow_up_reason) from soap_note n where n.patient_id = p.id and n.status = 'SIGNED' "
                     + "and n.signed_at >= e.arrived_at) from queue_entry e join patient p on p.id = e.patient_id "
                     + "where e.service_date = ? and e.deleted = false order by e.arrived_at")) {
            q.setObject(1, today);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String status = rs.getString(8);
                    boolean closed = List.of("COMPLETED", "CANCELLED", "NO_SHOW").contains(status);
                    String name = (rs.getString(4) + " " + rs.getString(5)).strip();
                    int years = java.time.Period.between(rs.getObject(10, LocalDate.class), today).getYears();
                    String age = (rs.getBoolean(11) ? "about " : "") + years + " y";
                    List<String> f = List.of(rs.getString(1), time(rs, 2), rs.getString(3), name, age, rs.getString(6),
                            rs.getString(7), rs.getString(12) == null ? "" : rs.getString(12),
                            rs.getString(1).equals(codedToken) ? "J06.9 Acute upper respiratory infection; Fever" : "",
                            status,
                            closed ? time(rs, 9) : "",
                            rs.getObject(13, LocalDate.class) == null ? "" : rs.getObject(13, LocalDate.class).toString(),
                            rs.getString(14) == null ? "" : rs.getString(14));
                    rows.add(f.stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").reduce((x, y) -> x + "," + y)
                            .orElseThrow());
                }
            }
        }
        return rows;
    }

    private static String time(ResultSet rs, int column) throws Exception {
        return rs.getObject(column, java.time.OffsetDateTime.class).atZoneSameInstant(ZoneId.systemDefault())
                .toLocalTime().withNano(0).toString();
    }

    private long auditedRegisters() throws Exception {
        try (LocalStore store = LocalStore.open(day.cli.dataDir(), Clock.systemDefaultZone());
             Connection c = store.dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("select count(*) from audit_event where action = "
                     + "'REPORT_PREPARED' and detail = ?")) {
            q.setString(1, "register " + today);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
