package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.setup.DemoSetup;
import org.clinicdesk.app.gui.testsupport.CentralTestDatabase;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.app.sync.CentralSettings;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.flags.ClinicalFlag;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.storage.sync.SyncEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings every desk of a clinic shares, through the real central PostgreSQL. Issue 17: a user's language, chosen on
 * one desk, follows them to the other. Issue 12: the clinic's own interactions reach every desk. An interaction imported on desk A (command line) is
 * flagged on desk B after both sync, through the real central PostgreSQL, also by a desk B that had already built its
 * flag engine; `audit verify` stays intact on both. A desk with the older per-desk CSV file moves it into the setting.
 */
class ClinicKnowledgeTwoDesksTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLINIC_PAIR = "sertraline,ondansetron,moderate,serotonin syndrome,additive,watch\n";
    private static CentralTestDatabase central;
    @TempDir
    Path dir;
    private Workstore a;
    private Workstore b;

    @BeforeAll
    static void centralServer() {
        central = CentralTestDatabase.create();
    }

    @AfterAll
    static void dropCentral() {
        central.close();
    }

    @BeforeEach
    void twoDesksOfOneClinic() {
        UUID clinic = UUID.randomUUID();
        a = desk("A", clinic);
        var admin = a.services().users().addFirstAdmin("admin", DemoSetup.PASSWORD.toCharArray(), SiteCode.of("A"));
        DemoSetup.addStaff(a.services(), new Actor(admin.id(), "admin", Role.ADMIN, SiteCode.of("A")),
                DemoSetup.PASSWORD.toCharArray());
        sync(a);
        b = desk("B", clinic);
        sync(b);
        a.close();
        b.close();
        a = null;
        b = null;
    }

    @AfterEach
    void closeDesks() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void anInteractionImportedOnOneDeskIsFlaggedOnTheOtherAfterSync() throws IOException {
        Path deskA = dir.resolve("A");
        Path deskB = dir.resolve("B");
        String uhid = ok(cli(deskB, "reception", "patient", "add", "--name", "Meera Pillai", "--dob", "1969-02-11",
                "--sex", "F", "--phone", "9000000021")).strip();
        ok(cli(deskB, "doctor", "note", "add", uhid, "--subjective", "Low mood, nausea", "--rx",
                "Serta|50 mg|tablet|oral|OD|30|", "--rx", "Emeset|4 mg|tablet|oral|TDS|3|", "--sign"));
        assertThat(clinicPairFlags(deskB, uhid)).as("shipped knowledge has no such pair").isEmpty();

        Path shipped = dir.resolve("shipped.csv");
        ok(cli(deskA, "admin", "flags", "knowledge", "export", shipped.toString()));
        Path clinicCsv = dir.resolve("clinic.csv");
        Files.writeString(clinicCsv, Files.readString(shipped) + CLINIC_PAIR);
        ok(cli(deskA, "admin", "flags", "knowledge", "import", clinicCsv.toString()));
        assertThat(deskA.resolve("knowledge").resolve("interactions-clinic.csv")).doesNotExist();

        b = TestStores.open(deskB);
        Actor doctorAtB = Sessions.signIn(b, "doctor").actor();
        assertThat(b.services().flags().forPatient(doctorAtB, uhid).flags()).noneMatch(ClinicKnowledgeTwoDesksTest::isClinicPair);
        a = TestStores.open(deskA);
        sync(a);
        sync(b);
        // the same desk B, whose engine was built before the sync, now uses the clinic's list
        assertThat(b.services().flags().forPatient(doctorAtB, uhid).flags()).anyMatch(ClinicKnowledgeTwoDesksTest::isClinicPair);
        sync(b); // each desk's audit trail as far as the other's, for `audit verify`
        sync(a);
        sync(b);
        b.close();
        a.close();
        b = null;
        a = null;

        assertThat(clinicPairFlags(deskB, uhid)).hasSize(1);
        Path exportedAtB = dir.resolve("fromB.csv");
        ok(cli(deskB, "admin", "flags", "knowledge", "export", exportedAtB.toString()));
        assertThat(Files.readString(exportedAtB)).isEqualTo(Files.readString(clinicCsv));
        assertAuditIntact(deskA, deskB);
    }

    @Test
    void aDeskWithTheOlderPerDeskFileMovesItIntoTheClinicSettingOnceAndTheOtherDeskGetsIt() throws IOException {
        Path deskA = dir.resolve("A");
        Path deskB = dir.resolve("B");
        Path shipped = dir.resolve("shipped.csv");
        ok(cli(deskA, "admin", "flags", "knowledge", "export", shipped.toString()));
        Path oldFile = deskA.resolve("knowledge").resolve("interactions-clinic.csv");
        Files.createDirectories(oldFile.getParent());
        String csv = Files.readString(shipped) + CLINIC_PAIR;
        Files.writeString(oldFile, csv);

        a = TestStores.open(deskA); // opening moves the file into the setting
        assertThat(oldFile).doesNotExist();
        sync(a);
        b = TestStores.open(deskB);
        sync(b);
        b.close();
        a.close();
        b = null;
        a = null;

        Path exportedAtB = dir.resolve("fromB.csv");
        ok(cli(deskB, "admin", "flags", "knowledge", "export", exportedAtB.toString()));
        assertThat(Files.readString(exportedAtB)).isEqualTo(csv);
        assertAuditIntact(deskA, deskB);
    }

    @Test
    void aUsersLanguageChosenOnOneDeskFollowsThemToTheOtherAfterSync() throws IOException {
        Path deskA = dir.resolve("A");
        Path deskB = dir.resolve("B");
        String english = "may contain only letters";
        String hindi = "में केवल अक्षर";
        assertThat(badName(deskB, "nurse").err()).contains(english).doesNotContain(hindi);

        assertThat(ok(cli(deskA, "nurse", "user", "language", "hi"))).contains("nurse: हिन्दी (hi)");
        assertThat(badName(deskA, "nurse").err()).as("at once on the desk where it was chosen").contains(hindi);
        assertThat(badName(deskB, "nurse").err()).as("not on the other before sync").contains(english);

        a = TestStores.open(deskA);
        sync(a);
        b = TestStores.open(deskB);
        sync(b);
        sync(a); // each desk's audit trail as far as the other's, for `audit verify`
        b.close();
        a.close();
        b = null;
        a = null;

        CliRun.Result atB = badName(deskB, "nurse");
        assertThat(atB.exit()).isEqualTo(2);
        assertThat(atB.err()).as("the nurse's language reached desk B").contains(hindi).doesNotContain(english);
        assertThat(Files.readString(deskB.resolve("user-languages.properties"))).contains("nurse=hi");
        assertThat(badName(deskB, "reception").err()).as("only the nurse's").contains(english);
        assertThat(cli(deskA, "nurse", "user", "language", "xx").err()).contains("'xx'", "en or hi");
        assertAuditIntact(deskA, deskB);
    }

    /** A registration refused by core's validation, in the acting user's language. */
    private static CliRun.Result badName(Path data, String user) {
        return cli(data, user, "patient", "add", "--name", "R2-D2", "--dob", "1969-02-11", "--sex", "F", "--phone",
                "9000000021");
    }

    private static boolean isClinicPair(ClinicalFlag flag) {
        String text = (flag.explanation() + " " + flag.pathText()).toLowerCase(java.util.Locale.ROOT);
        return text.contains("serotonin syndrome");
    }

    /** The flags `flags UHID --json` prints on that desk that come from the clinic's pair. */
    private static List<JsonNode> clinicPairFlags(Path data, String uhid) throws IOException {
        JsonNode flags = JSON.readTree(ok(cli(data, "doctor", "flags", uhid, "--json"))).get("flags");
        List<JsonNode> found = new java.util.ArrayList<>();
        flags.forEach(f -> {
            if (f.toString().toLowerCase(java.util.Locale.ROOT).contains("serotonin syndrome")) {
                found.add(f);
            }
        });
        return found;
    }

    private static CliRun.Result cli(Path data, String user, String... args) {
        return new CliRun(data).as(user, DemoSetup.PASSWORD, args);
    }

    private static String ok(CliRun.Result result) {
        assertThat(result.exit()).as(result.toString()).isZero();
        return result.out();
    }

    private Workstore desk(String site, UUID clinic) {
        Workstore store = TestStores.open(dir.resolve(site));
        store.initialise(new SiteSettings(SiteCode.of(site), "Green Valley", clinic));
        CentralSettings.save(store.services().store(), central.site(clinic, site, central.url()));
        return store;
    }

    private static void sync(Workstore desk) {
        new SyncEngine(desk.services().store(), CentralSettings.stored(desk.services().store()).orElseThrow()).syncOnce();
    }

    private static void assertAuditIntact(Path... desks) {
        for (Path data : desks) {
            CliRun.Result verify = cli(data, "admin", "audit", "verify");
            assertThat(verify.exit()).as(verify.toString()).isZero();
            assertThat(verify.out()).contains("Records: all ").doesNotContain("BROKEN");
        }
    }
}
