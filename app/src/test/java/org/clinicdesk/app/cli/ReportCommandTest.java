package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.Frequency;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.Prescription;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientDetails;
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
 * Issue 13 item 6: a clinic day built through the real use cases, then the real command line writes the day sheet
 * and month summary; every figure read back from the PDF text and the workbook's cells is checked against counts
 * queried from the store with SQL, not against the report's own arithmetic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path home;

    private ClinicDay day;
    private LocalDate today;
    private Path out;

    @BeforeAll
    void aDayAtTheClinic() {
        day = ClinicDay.initialised(home.resolve("clinic"));
        day.ok(day.cli.with(Map.of(CliEnvironment.USER, "admin", CliEnvironment.PASSWORD, ClinicDay.ADMIN_PASSWORD,
                CliEnvironment.NEW_PASSWORD, ClinicDay.DOCTOR_PASSWORD), "user", "add", "doctor2", "--role", "doctor",
                "--display-name", "Rekha Nair"));
        out = home.resolve("out");
        try (LocalStore store = LocalStore.open(day.cli.dataDir(), Clock.systemDefaultZone())) {
            ClinicServices s = ClinicServices.over(store);
            today = store.context().today();
            var site = store.siteSettings().orElseThrow().site();
            Actor desk = s.users().signIn("desk1", ClinicDay.DESK_PASSWORD.toCharArray(), site);
            Actor nurse = s.users().signIn("nurse1", ClinicDay.NURSE_PASSWORD.toCharArray(), site);
            Actor doc1 = s.users().signIn("doctor1", ClinicDay.DOCTOR_PASSWORD.toCharArray(), site);
            Actor doc2 = s.users().signIn("doctor2", ClinicDay.DOCTOR_PASSWORD.toCharArray(), site);

            Patient asha = register(s, desk, "आशा वर्मा");
            Patient ravi = register(s, desk, "Ravi Kumar");
            Patient meera = register(s, desk, "Meera Iyer");
            Patient john = register(s, desk, "John Dsouza");
            Patient lata = register(s, desk, "Lata Menon");
            Patient omar = register(s, desk, "Omar Sheikh");

            QueueEntry a = s.queue().add(desk, asha, Priority.URGENT);
            QueueEntry r = s.queue().add(desk, ravi, Priority.NORMAL);
            QueueEntry m = s.queue().add(desk, meera, Priority.EMERGENCY);
            QueueEntry j = s.queue().add(desk, john, Priority.NORMAL);
            QueueEntry l = s.queue().add(desk, lata, Priority.NORMAL);
            s.queue().add(desk, omar, Priority.NORMAL);

            triage(s, nurse, a);
            triage(s, nurse, r);
            triage(s, nurse, l);
            s.queue().move(doc1, a.token(), QueueStatus.IN_CONSULTATION, "");
            s.notes().writeAndSign(doc1, asha, note(List.of(Diagnosis.freeText("Viral fever")),
                    rx("Paracetamol"), rx("Cetirizine")));
            s.queue().move(doc1, a.token(), QueueStatus.COMPLETED, "");
            s.queue().move(doc2, m.token(), QueueStatus.IN_CONSULTATION, "");
            SoapNote chest = s.notes().writeAndSign(doc2, meera, note(List.of(Diagnosis.freeText("Chest pain")),
                    rx("Aspirin")));
            s.notes().amend(doc2, chest.id(), "ECG reviewed", note(List.of(new Diagnosis("Unstable angina", "ICD-10",
                    "I20.0"), Diagnosis.freeText("Hypertension")), rx("Aspirin"), rx("Atorvastatin")));
            s.queue().move(doc2, m.token(), QueueStatus.COMPLETED, "");
            s.queue().move(doc1, r.token(), QueueStatus.IN_CONSULTATION, "");
            s.notes().writeAndSign(doc1, ravi, note(List.of(Diagnosis.freeText("viral fever"),
                    Diagnosis.freeText("Hypertension")), rx("paracetamol")).withFollowUp(
                    java.util.Optional.of(today.plusMonths(1)), "recheck"));
            s.queue().move(desk, j.token(), QueueStatus.CANCELLED, "patient left");
            s.queue().move(desk, l.token(), QueueStatus.NO_SHOW, "");
        }
    }

    private static Patient register(ClinicServices s, Actor desk, String name) {
        return s.patients().register(desk, PatientDetails.fromInput(new PatientDetails.Input(name, "1980-01-15", "F",
                "", "", ""), s.dateOrder(), LocalDate.now()));
    }

    private static void triage(ClinicServices s, Actor nurse, QueueEntry e) {
        s.queue().move(nurse, e.token(), QueueStatus.IN_TRIAGE, "");
        s.queue().move(nurse, e.token(), QueueStatus.READY_FOR_DOCTOR, "");
    }

    private static NoteContent note(List<Diagnosis> diagnoses, Prescription... rx) {
        return new NoteContent(new SoapText("Complaint", "", "Assessment", ""), diagnoses, List.of(rx));
    }

    private static Prescription rx(String drug) {
        return new Prescription(drug, "500 mg", "tablet", "oral", Frequency.parse("BD"), 3, "");
    }

    /** The figures as the store says them, by plain SQL over the tables, independent of the report's code. */
    private Map<String, String> expectedFromStore(LocalDate first, LocalDate last) throws SQLException, IOException {
        Map<String, String> figures = new LinkedHashMap<>();
        try (LocalStore store = LocalStore.open(day.cli.dataDir(), Clock.systemDefaultZone());
             Connection c = store.dataSource().getConnection()) {
            String entries = "select id from queue_entry where service_date between ? and ? and deleted = false";
            figures.put("Queued", one(c, "select count(*) from queue_entry where service_date between ? and ? "
                    + "and deleted = false", first, last));
            figures.put("Patients seen", one(c, "select count(distinct entry_id) from queue_transition where "
                    + "to_status = 'IN_CONSULTATION' and entry_id in (" + entries + ")", first, last));
            for (String[] status : new String[][] {{"Completed", "COMPLETED"}, {"Cancelled", "CANCELLED"},
                    {"No-shows", "NO_SHOW"}}) {
                figures.put(status[0], one(c, "select count(*) from queue_entry where service_date between ? and ? "
                        + "and deleted = false and status = '" + status[1] + "'", first, last));
            }
            figures.put("Still open", one(c, "select count(*) from queue_entry where service_date between ? and ? "
                    + "and deleted = false and status not in ('COMPLETED', 'CANCELLED', 'NO_SHOW')", first, last));
            List<Long> waits = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("select e.arrived_at, min(t.moved_at) from queue_entry e "
                    + "join queue_transition t on t.entry_id = e.id and t.to_status = 'IN_CONSULTATION' "
                    + "where e.service_date between ? and ? and e.deleted = false group by e.id, e.arrived_at")) {
                q.setObject(1, first);
                q.setObject(2, last);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        waits.add(Duration.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant())
                                .getSeconds());
                    }
                }
            }
            waits.sort(null);
            figures.put("Waits measured", String.valueOf(waits.size()));
            int n = waits.size();
            double median = n % 2 == 1 ? waits.get(n / 2) : (waits.get(n / 2 - 1) + waits.get(n / 2)) / 2.0;
            figures.put("Median wait (min)", minutes(median));
            figures.put("90th percentile wait (min)", minutes(waits.get((int) Math.ceil(0.9 * n) - 1)));
            figures.put("Notes signed", one(c, "select count(*) from soap_note where status = 'SIGNED' "
                    + "and deleted = false", null, null));
            int prescriptions = 0;
            try (PreparedStatement q = c.prepareStatement("select coalesce((select a.prescriptions from note_amendment a "
                    + "where a.note_id = n.id order by a.amended_at desc limit 1), n.prescriptions) from soap_note n "
                    + "where n.status = 'SIGNED' and n.deleted = false"); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    prescriptions += JSON.readTree(rs.getString(1)).size();
                }
            }
            figures.put("Prescriptions", String.valueOf(prescriptions));
            // a doctor with a full name shows as "Full Name (username)"
            try (PreparedStatement q = c.prepareStatement("select case when u.display_name = t.by_user then t.by_user "
                    + "else u.display_name || ' (' || t.by_user || ')' end, count(*) from queue_transition t "
                    + "join app_user u on u.username = t.by_user where t.to_status = 'IN_CONSULTATION' "
                    + "and t.entry_id in (" + entries + ") group by t.by_user, u.display_name")) {
                q.setObject(1, first);
                q.setObject(2, last);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        figures.put("doctor " + rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        return figures;
    }

    /** The follow-up day and reason of the patient's signed note, read by SQL and written as the day sheet prints it. */
    private String followUpFromStore(String givenName) throws SQLException {
        try (LocalStore store = LocalStore.open(day.cli.dataDir(), Clock.systemDefaultZone());
             Connection c = store.dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("select n.follow_up_date, n.follow_up_reason from soap_note n "
                     + "join patient p on p.id = n.patient_id where p.given_name = ? and n.status = 'SIGNED'")) {
            q.setString(1, givenName);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getObject(1, LocalDate.class).format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH))
                        + " \u00b7 " + rs.getString(2);
            }
        }
    }

    private static String one(Connection c, String sql, LocalDate first, LocalDate last) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            if (first != null) {
                q.setObject(1, first);
                q.setObject(2, last);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String minutes(double seconds) {
        double m = Math.round(seconds / 6.0) / 10.0;
        return m == Math.rint(m) ? String.valueOf((long) m) : String.valueOf(m);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Column A to column B of the Summary sheet, as shown. */
    private static Map<String, String> summaryCells(Path xlsx) throws IOException {
        Map<String, String> cells = new HashMap<>();
        try (Workbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            DataFormatter shown = new DataFormatter(Locale.ROOT);
            for (Row row : book.getSheet("Summary")) {
                if (row.getCell(0) != null && row.getCell(1) != null) {
                    cells.putIfAbsent(shown.formatCellValue(row.getCell(0)), shown.formatCellValue(row.getCell(1)));
                }
            }
        }
        return cells;
    }

    @Test
    void theDaySheetPdfAndWorkbookShowTheStoresFigures() throws Exception {
        Path pdf = out.resolve("day.pdf");
        Path xlsx = out.resolve("day.xlsx");
        String date = today.format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));

        CliRun.Result result = day.doctor("report", "day", "--date", date, "--pdf", pdf.toString(), "--xlsx",
                xlsx.toString(), "--json");

        assertThat(result.exit()).as(result.toString()).isZero();
        Map<String, String> expected = expectedFromStore(today, today);
        assertThat(expected).containsEntry("Queued", "6").containsEntry("Patients seen", "3")
                .containsEntry("Cancelled", "1").containsEntry("No-shows", "1").containsEntry("Prescriptions", "5");
        String text = pdfText(pdf);
        Map<String, String> cells = summaryCells(xlsx);
        for (Map.Entry<String, String> figure : expected.entrySet()) {
            String label = figure.getKey().startsWith("doctor ") ? figure.getKey().substring(7) : figure.getKey();
            assertThat(text).as("PDF: " + label).containsPattern("(?m)^" + java.util.regex.Pattern.quote(label) + " "
                    + java.util.regex.Pattern.quote(figure.getValue()) + "$");
            assertThat(cells).as("XLSX: " + label).containsEntry(label, figure.getValue());
        }
        // diagnoses as last amended, once per note; medicines by name whatever the case
        assertThat(text).containsPattern("(?m)^Viral fever 2$").containsPattern("(?m)^Hypertension 2$")
                .containsPattern("(?m)^Unstable angina \\(I20.0\\) 1$").doesNotContain("Chest pain")
                .containsPattern("(?m)^Paracetamol 2$").containsPattern("(?m)^Aspirin 1$");
        assertThat(cells).containsEntry("Viral fever", "2").containsEntry("Atorvastatin", "1")
                .containsEntry("Urgent", "1").containsEntry("Emergency", "1").containsEntry("Normal", "1");
        assertThat(expected).containsEntry("doctor doctor1", "2").containsEntry("doctor Rekha Nair (doctor2)", "1");
        assertThat(text).contains("Ravi Kumar", "A-000002-", "Cancelled", "No-show");
        String followUp = followUpFromStore("Ravi");
        assertThat(followUp).isEqualTo(today.plusMonths(1).format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH))
                + " \u00b7 recheck");
        assertThat(text).contains("Status Follow-up").containsPattern("(?m)^.*Ravi Kumar.*"
                + java.util.regex.Pattern.quote(followUp) + "$");
        try (Workbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Day sheet");
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
            List<String> names = new ArrayList<>();
            Map<String, String> followUps = new HashMap<>();
            sheet.forEach(row -> names.add(row.getCell(2).getStringCellValue()));
            sheet.forEach(row -> followUps.put(row.getCell(2).getStringCellValue(),
                    row.getCell(8) == null ? "" : row.getCell(8).getStringCellValue()));
            assertThat(names).contains("आशा वर्मा", "Ravi Kumar", "Omar Sheikh");
            assertThat(followUps).containsEntry("Patient", "Follow-up").containsEntry("Ravi Kumar", followUp)
                    .containsEntry("आशा वर्मा", "");
        }
        JsonNode json = JSON.readTree(result.out());
        assertThat(json.at("/report/totals/seen").asText()).isEqualTo(expected.get("Patients seen"));
        assertThat(json.at("/files")).hasSize(2);
    }

    @Test
    void theMonthSummaryCountsTodayInItsDays() throws Exception {
        Path xlsx = out.resolve("month.xlsx");
        Path pdf = out.resolve("month.pdf");

        CliRun.Result result = day.admin("report", "month", "--month", today.toString().substring(0, 7), "--xlsx",
                xlsx.toString(), "--pdf", pdf.toString());

        assertThat(result.exit()).as(result.toString()).isZero();
        Map<String, String> expected = expectedFromStore(today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()));
        assertThat(summaryCells(xlsx)).containsEntry("Queued", expected.get("Queued"))
                .containsEntry("Patients seen", expected.get("Patients seen"));
        try (Workbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet days = book.getSheet("Days");
            assertThat(days.getLastRowNum()).isEqualTo(today.lengthOfMonth());
            Row row = days.getRow(today.getDayOfMonth());
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(Double.parseDouble(expected.get("Queued")));
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(Double.parseDouble(expected.get("Patients seen")));
        }
        String text = pdfText(pdf);
        assertThat(text).contains("MONTH SUMMARY", "Day by day");
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pages = doc.getNumberOfPages();
        }
        assertThat(pages).as("a month of days runs onto a second page").isGreaterThan(1);
        assertThat(text.split("Day Queued Seen Cancelled No-shows", -1)).as("column heads on every page").hasSize(pages + 1);
    }

    @Test
    void anEmptyDaySaysSoInBothFiles() throws Exception {
        Path pdf = out.resolve("empty.pdf");
        Path xlsx = out.resolve("empty.xlsx");

        CliRun.Result result = day.doctor("report", "day", "--date", today.minusDays(3).toString(), "--pdf",
                pdf.toString(), "--xlsx", xlsx.toString(), "--json");

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(pdfText(pdf).replaceAll("\\s+", " ")).contains(org.clinicdesk.app.reports.ReportText.nobody())
                .contains("Queued 0");
        assertThat(summaryCells(xlsx)).containsEntry("Queued", "0").containsEntry("Patients seen", "0");
        assertThat(JSON.readTree(result.out()).at("/report/totals/queued").asInt()).isZero();
    }

    @Test
    void aBadDateExitsTwoNamingTheFieldAndWritesNothing() {
        Path pdf = out.resolve("bad.pdf");

        CliRun.Result result = day.doctor("report", "day", "--date", "31/02/2026", "--pdf", pdf.toString());

        assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).contains("date").contains("31/02/2026");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aFileThatCannotBeWrittenExitsTwoNamingItAndTheOtherIsNotWrittenEither() throws IOException {
        Path notAFolder = Files.writeString(Files.createDirectories(out).resolve("plain-file"), "x");
        Path xlsx = out.resolve("first.xlsx");

        CliRun.Result result = day.doctor("report", "day", "--xlsx", xlsx.toString(), "--pdf",
                notAFolder.resolve("day.pdf").toString());

        assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).contains("pdf: cannot write").contains("day.pdf");
        assertThat(xlsx).as("the PDF is written first; its failure stops the rest").doesNotExist();
    }

    @Test
    void aNurseMayNotSeeReports() {
        CliRun.Result result = day.nurse("report", "day", "--json");

        assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCode.PERMISSION_DENIED);
        assertThat(result.out()).isEmpty();
    }
}
