package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code flags} through the real command line over one store: the Synthea charts imported with {@code import fhir}
 * and patients whose signed notes prescribe ONC high-priority pairs. The ONC pairs present in each patient's active
 * medicines are worked out here, from the medicine lists and the ONC file alone, and must equal the pairs flagged.
 */
class FlagsCommandTest {
    static final Path ONC = SharedData.dir("ddi").resolve("onc_high_priority_pairs.csv");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static ClinicDay day;
    /** Active medicine texts per patient name, as this test knows them (what it prescribed, what Synthea says is active). */
    static final Map<String, List<String>> ACTIVE = new HashMap<>();
    static JsonNode scan;

    @BeforeAll
    static void clinicWithImportedAndWrittenCharts() throws IOException {
        day = ClinicDay.initialised(dir.resolve("store"));
        day.ok(day.admin("import", "fhir", FhirImportTest.SYNTHEA.toString()));
        for (Path bundle : FhirImportTest.bundles()) {
            String[] name = bundle.getFileName().toString().split("_");
            ACTIVE.put(name[0] + " " + name[1], activeInBundle(bundle));
        }
        prescribe("Ravi Kumar", "9000000001", List.of("Sertraline|50 mg|tablet|oral|OD||",
                "Phenelzine|15 mg|tablet|oral|TDS||", "Tramadol|50 mg|tablet|oral|BD|5|"));
        prescribe("Meena Iyer", "9000000002", List.of("Simvastatin|40 mg|tablet|oral|QHS||",
                "Clarithromycin|500 mg|tablet|oral|BD|7|", "Tizanidine|2 mg|tablet|oral|TDS||",
                "Ciprofloxacin|500 mg|tablet|oral|BD|5|"));
        prescribe("John Dsouza", "9000000003", List.of("Atazanavir|300 mg|capsule|oral|OD||",
                "Omeprazole|20 mg|capsule|oral|OD||", "Ritonavir|100 mg|tablet|oral|OD||",
                "Carbamazepine|200 mg|tablet|oral|BD||"));
        // Near misses: the interacting partner was stopped, or its course ended last month.
        String stopped = prescribe("Lata Rao", "9000000004", List.of("Sertraline|50 mg|tablet|oral|OD||",
                "Simvastatin|20 mg|tablet|oral|QHS||"));
        day.ok(day.doctor("history", "add", stopped, "--kind", "prescription", "--summary",
                "Phenelzine 15 mg TDS, stopped", "--date", LocalDate.now().minusDays(20).toString()));
        day.ok(day.doctor("history", "add", stopped, "--kind", "prescription", "--summary",
                "Clarithromycin 500 mg BD x 7 days", "--date", LocalDate.now().minusDays(35).toString()));
        scan = JSON.readTree(day.ok(day.doctor("flags", "scan", "--all", "--json")));
    }

    private static String prescribe(String name, String phone, List<String> rx) {
        String uhid = day.ok(day.desk("patient", "add", "--name", name, "--dob", "1961-04-0" + (ACTIVE.size() % 9 + 1),
                "--sex", "M", "--phone", phone)).strip();
        List<String> args = new ArrayList<>(List.of("note", "add", uhid, "--subjective", "Review", "--assessment",
                "Follow-up"));
        rx.forEach(r -> args.addAll(List.of("--rx", r)));
        args.addAll(List.of("--sign", "--override", "Started by the psychiatrist, monitored weekly"));
        day.ok(day.doctor(args.toArray(String[]::new)));
        ACTIVE.put(name, rx.stream().map(r -> r.split("\\|")[0] + " " + r.split("\\|")[1]).toList());
        return uhid;
    }

    /** MedicationRequests whose status is active, read with plain Jackson. */
    private static List<String> activeInBundle(Path bundle) throws IOException {
        List<String> active = new ArrayList<>();
        for (JsonNode e : JSON.readTree(bundle.toFile()).get("entry")) {
            JsonNode r = e.get("resource");
            if ("MedicationRequest".equals(r.get("resourceType").asText()) && "active".equals(r.path("status").asText())) {
                JsonNode med = r.get("medicationCodeableConcept");
                active.add(med.has("text") ? med.get("text").asText() : med.get("coding").get(0).get("display").asText());
            }
        }
        return active;
    }

    @Test
    void everyOncPairPresentIsFlaggedAndNothingElseFromTheOncList() throws IOException {
        List<String[]> onc = oncPairs();
        Set<String> present = new TreeSet<>();
        ACTIVE.forEach((name, meds) -> {
            for (String[] pair : onc) {
                for (int i = 0; i < meds.size(); i++) {
                    for (int j = 0; j < meds.size(); j++) {
                        if (i != j && names(meds.get(i), pair[0]) && names(meds.get(j), pair[1])) {
                            present.add(name + " " + pairKey(pair[0], pair[1]));
                        }
                    }
                }
            }
        });
        Set<String> flagged = new TreeSet<>();
        for (JsonNode patient : scan.get("results")) {
            for (JsonNode flag : patient.get("flags")) {
                if (flag.get("kind").asText().equals("interaction") && flag.get("source").asText().startsWith("ONC")) {
                    List<String> ingredients = new ArrayList<>();
                    flag.get("path").forEach(n -> {
                        if (n.get("type").asText().equals("ingredient")) {
                            ingredients.add(n.get("label").asText());
                        }
                    });
                    flagged.add(patient.get("name").asText() + " "
                            + pairKey(ingredients.get(0), ingredients.get(ingredients.size() - 1)));
                }
            }
        }
        assertThat(present).as("the notes prescribe ONC pairs").hasSizeGreaterThanOrEqualTo(6);
        assertThat(flagged).isEqualTo(present);
    }

    @Test
    void noFlagHasAnEmptyPathAndEveryFlagNamesItsKnowledgeVersion() {
        assertThat(scan.get("flags").asInt()).isPositive();
        for (JsonNode patient : scan.get("results")) {
            for (JsonNode flag : patient.get("flags")) {
                assertThat(flag.get("path").size()).as(flag.toString()).isGreaterThan(1);
                assertThat(flag.get("steps").size()).isEqualTo(flag.get("path").size() - 1);
                assertThat(flag.get("knowledgeVersion").asText()).startsWith("clinicdesk-knowledge");
            }
        }
        assertThat(scan.get("bySeverity").get("high").asInt()).isPositive();
        assertThat(scan.get("patients").asInt()).isEqualTo(ACTIVE.size());
    }

    @Test
    void importedChartsAreReadWithStoppedMedicinesLeftOut() throws IOException {
        String maxDicki = uhidOf("Dicki");
        JsonNode flags = JSON.readTree(day.ok(day.doctor("flags", maxDicki, "--json"))).get("flags");
        List<String> texts = new ArrayList<>();
        flags.forEach(f -> texts.add(f.get("pathText").asText()));
        // Max Dicki takes digoxin with verapamil (active); ibuprofen with warfarin was stopped in 2011.
        assertThat(texts).anyMatch(t -> t.contains("Digoxin") && t.contains("Verapamil"));
        assertThat(texts).noneMatch(t -> t.contains("Ibuprofen"));
    }

    @Test
    void aNoteWithAnUnacknowledgedHighFlagIsRefusedUntilAReasonIsGivenAndTheReasonIsAudited() throws IOException {
        String uhid = day.ok(day.desk("patient", "add", "--name", "Kavya Menon", "--dob", "1975-06-01", "--sex", "F",
                "--phone", "9000000009")).strip();
        String[] note = {"note", "add", uhid, "--subjective", "Knee pain", "--assessment", "Osteoarthritis",
            "--rx", "Warfarin|5 mg|tablet|oral|OD||", "--rx", "Brufen 400|1 tablet|tablet|oral|TDS|5|", "--sign"};
        CliRun.Result refused = day.doctor(note);
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(4);
        assertThat(refused.err()).contains("cannot be signed").contains("Warfarin 5 mg with Brufen 400")
                .contains("--override");
        assertThat(day.ok(day.doctor("flags", uhid))).contains("no flags"); // nothing of the refused note stayed
        List<String> withReason = new ArrayList<>(List.of(note));
        withReason.addAll(List.of("--override", "INR checked today; short course with PPI cover"));
        day.ok(day.doctor(withReason.toArray(String[]::new)));
        JsonNode flags = JSON.readTree(day.ok(day.doctor("flags", uhid, "--json"))).get("flags");
        assertThat(flags.get(0).get("state").asText()).isEqualTo("overridden");
        assertThat(flags.get(0).get("reason").asText()).isEqualTo("INR checked today; short course with PPI cover");
        assertThat(StoreDump.of(dir.resolve("store")).table("audit_event"))
                .anyMatch(e -> e.get("action").equals("FLAG_OVERRIDDEN")
                        && e.get("detail").contains("INR checked today; short course with PPI cover"));
        // Signing again over the same, now overridden, cause needs no new reason.
        day.ok(day.doctor(note));
    }

    @Test
    void anAcknowledgedFlagNoLongerBlocksSigning() throws IOException {
        String uhid = day.ok(day.desk("patient", "add", "--name", "Farah Shaikh", "--dob", "1950-01-10", "--sex", "F",
                "--phone", "9000000010")).strip();
        day.ok(day.doctor("history", "add", uhid, "--kind", "prescription", "--summary", "Digoxin 0.25 mg OD",
                "--date", LocalDate.now().minusDays(3).toString()));
        day.ok(day.doctor("history", "add", uhid, "--kind", "prescription", "--summary", "Verapamil 40 mg TDS",
                "--date", LocalDate.now().minusDays(3).toString()));
        JsonNode flag = JSON.readTree(day.ok(day.doctor("flags", uhid, "--json"))).get("flags").get(0);
        assertThat(flag.get("state").asText()).isEqualTo("raised");
        CliRun.Result blocked = day.doctor("note", "add", uhid, "--subjective", "Review", "--sign");
        assertThat(blocked.exit()).as(blocked.toString()).isEqualTo(4);
        day.ok(day.doctor("flags", "ack", uhid, flag.get("key").asText()));
        day.ok(day.doctor("note", "add", uhid, "--subjective", "Review", "--sign"));
        assertThat(StoreDump.of(dir.resolve("store")).table("clinical_flag"))
                .anyMatch(r -> r.get("state").equals("ACKNOWLEDGED") && r.get("changed_by").equals("doctor1"));
        assertThat(day.ok(day.doctor("flags", uhid))).contains("[high, acknowledged] interaction");
    }

    @Test
    void onePatientsFlagsPrintThePathInPlainText() {
        String out = day.ok(day.doctor("flags", uhidOf("Ravi Kumar")));
        assertThat(out).contains("[high, overridden (Started by the psychiatrist, monitored weekly)] interaction: "
                + "Sertraline 50 mg with Phenelzine 15 mg").contains("path: Ravi Kumar")
                .contains("(high: serotonin syndrome").contains("key: interaction:");
    }

    @Test
    void clinicInteractionsExportAndImportAndABadFileChangesNothing() throws IOException {
        Path exported = dir.resolve("clinic.csv");
        day.ok(day.admin("flags", "knowledge", "export", exported.toString()));
        String csv = Files.readString(exported);
        assertThat(csv).contains("warfarin,class:nsaid,high");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, csv + "warfarin,unobtainium,high,bleeding,,\n");
        CliRun.Result refused = day.admin("flags", "knowledge", "import", bad.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("unobtainium").contains("line");
        Path more = dir.resolve("more.csv");
        Files.writeString(more, csv + "sertraline,ondansetron,moderate,serotonin syndrome,additive,watch\n");
        int shipped = (int) csv.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count() - 1;
        assertThat(day.ok(day.admin("flags", "knowledge", "import", more.toString())))
                .isEqualToIgnoringNewLines((shipped + 1) + " interactions");
        day.ok(day.admin("flags", "knowledge", "export", exported.toString()));
        assertThat(Files.readString(exported)).contains("sertraline,ondansetron,moderate");
    }

    private static String uhidOf(String name) {
        for (JsonNode p : scan.get("results")) {
            if (p.get("name").asText().contains(name)) {
                return p.get("uhid").asText();
            }
        }
        throw new AssertionError(name + " has no flags in " + scan);
    }

    static List<String[]> oncPairs() throws IOException {
        try (Stream<String> lines = Files.lines(ONC)) {
            return lines.skip(1).map(l -> l.split(",", -1)).filter(f -> !f[2].isEmpty() && !f[4].isEmpty())
                    .map(f -> new String[] {f[2], f[4]}).toList();
        }
    }

    private static boolean names(String medicine, String drug) {
        return (" " + medicine.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ")
                .contains(" " + drug.toLowerCase(Locale.ROOT) + " ");
    }

    private static String pairKey(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.compareTo(y) < 0 ? x + "+" + y : y + "+" + x;
    }
}
