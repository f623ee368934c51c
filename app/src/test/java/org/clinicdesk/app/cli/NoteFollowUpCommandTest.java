package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code note add|amend --follow-up}: signing books the patient onto that day's list once; amending moves the booking;
 * a day in the past or an unreadable one is refused naming the field, storing nothing.
 */
class NoteFollowUpCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static ClinicDay day;

    @BeforeAll
    static void setUp() {
        day = ClinicDay.initialised(dir.resolve("store"));
    }

    @Test
    void signedFollowUpIsShownAndBooksThePatientOntoThatDaysList() throws Exception {
        String uhid = day.register("Kavita Joshi", "1975-03-09", "F");
        LocalDate inAWeek = LocalDate.now().plusWeeks(1);
        JsonNode note = JSON.readTree(day.ok(day.doctor("note", "add", uhid, "--assessment", "Viral fever",
                "--follow-up", "1w", "--sign", "--json")));
        assertThat(note.get("followUp").asText()).isEqualTo(inAWeek.toString());
        assertThat(day.ok(day.doctor("note", "show", note.get("noteId").asText()))).contains("Follow-up: " + inAWeek);
        assertThat(statusesOn(inAWeek, uhid)).containsExactly("WAITING");
        assertThat(statusesOn(LocalDate.now(), uhid)).isEmpty();
    }

    @Test
    void amendingTheDateMovesTheBookingAndNeverDuplicatesIt() throws Exception {
        String uhid = day.register("Ravi Menon", "1968-07-21", "M");
        LocalDate first = LocalDate.now().plusDays(3);
        LocalDate second = LocalDate.now().plusWeeks(2);
        String noteId = day.ok(day.doctor("note", "add", uhid, "--assessment", "BP high", "--follow-up",
                first.toString(), "--sign")).strip();
        day.ok(day.doctor("note", "amend", noteId, "--reason", "see him later", "--follow-up", "2w"));
        assertThat(statusesOn(first, uhid)).containsExactly("CANCELLED");
        assertThat(statusesOn(second, uhid)).containsExactly("WAITING");
        day.ok(day.doctor("note", "amend", noteId, "--reason", "back to the first plan", "--follow-up", "3d"));
        assertThat(statusesOn(first, uhid)).containsExactly("WAITING");
        assertThat(statusesOn(second, uhid)).containsExactly("CANCELLED");
    }

    @Test
    void pastOrUnreadableFollowUpIsRefusedNamingTheFieldAndStoresNothing() {
        String uhid = day.register("Sunita Das", "1990-11-02", "F");
        StoreDump before = StoreDump.of(day.cli.dataDir());
        CliRun.Result past = day.doctor("note", "add", uhid, "--assessment", "x", "--follow-up",
                LocalDate.now().minusDays(1).toString(), "--sign");
        assertThat(past.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(past.err()).contains("follow-up").contains("is in the past");
        CliRun.Result unreadable = day.doctor("note", "add", uhid, "--assessment", "x", "--follow-up", "soon");
        assertThat(unreadable.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(unreadable.err()).contains("follow-up").contains("'soon' is neither a date");
        StoreDump after = StoreDump.of(day.cli.dataDir());
        assertThat(after.tables().get("soap_note")).isEqualTo(before.tables().get("soap_note"));
        assertThat(after.tables().get("queue_entry")).isEqualTo(before.tables().get("queue_entry"));
    }

    private static List<String> statusesOn(LocalDate date, String uhid) throws Exception {
        JsonNode board = JSON.readTree(day.ok(day.desk("queue", "list", "--day", date.toString(), "--json")));
        List<String> statuses = new ArrayList<>();
        for (JsonNode e : board.get("entries")) {
            if (uhid.equals(e.get("uhid").asText())) {
                statuses.add(e.get("status").asText());
            }
        }
        return statuses;
    }
}
