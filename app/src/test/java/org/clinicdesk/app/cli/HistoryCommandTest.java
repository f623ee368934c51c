package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code history add}: typed past records, the {@code --lab} line form, and bad input refused with nothing stored. */
class HistoryCommandTest {
    @TempDir
    static Path dir;
    static ClinicDay day;
    static String uhid;

    @BeforeAll
    static void setUp() {
        day = ClinicDay.initialised(dir.resolve("store"));
        uhid = day.register("Hari Prasad", "1962-09-09", "M");
    }

    private static JsonNode json(CliRun.Result r) throws Exception {
        assertThat(r.exit()).as(r.toString()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void labLineIsReadIntoSummaryAndDate() throws Exception {
        JsonNode added = json(day.nurse("history", "add", uhid, "--lab", "Hb 10.2 g/dL (13-17) 2024-03-02", "--json"));
        assertThat(added.get("uhid").asText()).isEqualTo(uhid);
        assertThat(added.get("kind").asText()).isEqualTo("lab_result");
        assertThat(added.get("summary").asText()).isEqualTo("Hb 10.2 g/dL (13-17) low");
        assertThat(added.get("date").asText()).isEqualTo("2024-03-02");
        assertThat(added.get("id").asText()).hasSize(36);
    }

    @Test
    void prescriptionWithDatePrintsItsId() throws Exception {
        CliRun.Result r = day.doctor("history", "add", uhid, "--kind", "prescription", "--summary",
                "Metformin 500 mg BD", "--date", "2021-05-01");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out().strip()).matches("[0-9a-f-]{36}");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStoresNothing() {
        StoreDump before = StoreDump.of(day.cli.dataDir());
        CliRun.Result ambiguous = day.nurse("history", "add", uhid, "--lab", "Hb 10.2 g/dL 02/03/2024");
        assertThat(ambiguous.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(ambiguous.err()).contains("date").contains("could be 2 Mar 2024 or 3 Feb 2024");
        CliRun.Result noKind = day.nurse("history", "add", uhid, "--summary", "Asthma");
        assertThat(noKind.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(noKind.err()).contains("kind");
        CliRun.Result badKind = day.nurse("history", "add", uhid, "--kind", "surgery", "--summary", "Appendix");
        assertThat(badKind.err()).contains("'surgery' is not prescription, diagnosis, visit or lab_result");
        CliRun.Result badDate = day.nurse("history", "add", uhid, "--kind", "visit", "--summary", "x", "--date", "1/2/20");
        assertThat(badDate.err()).contains("'1/2/20' is not a date");
        CliRun.Result desk = day.desk("history", "add", uhid, "--kind", "visit", "--summary", "Walk-in");
        assertThat(desk.exit()).isEqualTo(ExitCode.PERMISSION_DENIED);
        assertThat(StoreDump.of(day.cli.dataDir()).tables().get("history_entry"))
                .isEqualTo(before.tables().get("history_entry"));
    }
}
