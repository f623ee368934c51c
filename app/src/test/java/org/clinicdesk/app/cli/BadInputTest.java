package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.patient.Uhid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every verb given a missing or invalid field answers with a clear error naming it and a non-zero exit, and the
 * store is as it was: every table compared row by row before and after, the audit trail and outbox included (their
 * rows from before unchanged). The only trace a refused command may leave is the audit event of its user's sign-in
 * (and that event's outbox row and chain head).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
    private static final String UNKNOWN_UHID = new Uhid(new SiteCode("A"), 424_242).value();

    private ClinicDay day;
    private Map<String, String> placeholders;

    @BeforeAll
    void setUp(@TempDir Path home) {
        day = ClinicDay.initialised(home.resolve("data"));
        String uhid = day.register("Asha Verma", "1988-03-14", "F");
        String token = day.ok(day.desk("queue", "add", uhid)).strip();
        String signed = day.ok(day.doctor("note", "add", uhid, "--assessment", "Migraine", "--sign")).strip();
        String draft = day.ok(day.doctor("note", "add", uhid, "--assessment", "Tension headache")).strip();
        char lastChar = uhid.charAt(uhid.length() - 1);
        String wrongCheck = uhid.substring(0, uhid.length() - 1) + (lastChar == '0' ? '1' : '0');
        placeholders = Map.of("{UHID}", uhid, "{TOKEN}", token, "{SIGNED}", signed, "{DRAFT}", draft,
                "{WRONG_CHECK}", wrongCheck, "{OUT}", home.resolve("out").toString());
    }

    static Stream<Arguments> badCommands() {
        return Stream.of(
                bad("desk", 2, "dob", "patient", "add", "--name", "Ravi Kumar", "--dob", "1990-02-30", "--sex", "M"),
                bad("desk", 2, "dob", "patient", "add", "--name", "Ravi Kumar", "--dob", "2999-01-01", "--sex", "M"),
                bad("desk", 2, "sex", "patient", "add", "--name", "Ravi Kumar", "--dob", "1990-02-03", "--sex", "X"),
                bad("desk", 2, "name", "patient", "add", "--name", "R2-D2", "--dob", "1990-02-03", "--sex", "M"),
                bad("desk", 2, "phone", "patient", "add", "--name", "Ravi Kumar", "--dob", "1990-02-03", "--sex", "M",
                        "--phone", "call me"),
                bad("desk", 2, "--sex", "patient", "add", "--name", "Ravi Kumar", "--dob", "1990-02-03"),
                bad("desk", 2, "give --dob DATE or --age", "patient", "add", "--name", "Ravi Kumar", "--sex", "M"),
                bad("desk", 2, "search", "patient", "find", " "),
                bad("desk", 5, UNKNOWN_UHID, "queue", "add", UNKNOWN_UHID),
                bad("desk", 2, "uhid", "queue", "add", "A-12"),
                bad("desk", 2, "check character", "queue", "add", "{WRONG_CHECK}"),
                bad("desk", 2, "priority", "queue", "add", "{UHID}", "--priority", "asap"),
                bad("nurse", 2, "token", "queue", "move", "A14", "IN_TRIAGE"),
                bad("nurse", 5, "A-099", "queue", "move", "A-099", "IN_TRIAGE"),
                bad("nurse", 2, "status", "queue", "move", "{TOKEN}", "DONE"),
                bad("nurse", 4, "requeue", "queue", "move", "{TOKEN}", "WAITING"),
                bad("desk", 2, "reason", "queue", "requeue", "{TOKEN}", "--reason", " "),
                bad("nurse", 2, "hr", vitals("--hr", "-5")),
                bad("nurse", 2, "spo2", vitals("--spo2", "101")),
                bad("nurse", 2, "dbp", vitals("--dbp", "130")),
                bad("nurse", 2, "temp", vitals("--temp", "hot")),
                bad("nurse", 2, "temp", vitals("--temp", "3.7")),
                bad("nurse", 2, "scale", vitals("--scale", "3")),
                bad("nurse", 2, "acvpu", vitals("--acvpu", "X")),
                bad("nurse", 5, UNKNOWN_UHID, "vitals", "add", UNKNOWN_UHID, "--hr", "80", "--rr", "16", "--sbp", "120",
                        "--dbp", "80", "--temp", "37", "--spo2", "98"),
                bad("doctor", 2, "note", "note", "add", "{UHID}"),
                bad("doctor", 2, "rx", "note", "add", "{UHID}", "--plan", "Rest", "--rx", "Paracetamol"),
                bad("doctor", 2, "frequency", "note", "add", "{UHID}", "--plan", "Rest", "--rx",
                        "Paracetamol|500 mg|tablet|oral|sometimes", "--sign"),
                bad("doctor", 2, "duration", "note", "add", "{UHID}", "--plan", "Rest", "--rx",
                        "Paracetamol|500 mg|tablet|oral|TDS|0"),
                bad("doctor", 5, UNKNOWN_UHID, "note", "add", UNKNOWN_UHID, "--plan", "Rest"),
                bad("doctor", 2, "note id", "note", "amend", "not-a-note", "--reason", "typo", "--plan", "x"),
                bad("doctor", 5, "Note not found", "note", "amend", UUID.randomUUID().toString(), "--reason", "typo",
                        "--plan", "x"),
                bad("doctor", 2, "amendment", "note", "amend", "{SIGNED}", "--reason", "typo", "--assessment", "Migraine"),
                bad("doctor", 2, "reason", "note", "amend", "{SIGNED}", "--reason", "", "--plan", "x"),
                bad("doctor", 4, "draft", "note", "amend", "{DRAFT}", "--reason", "typo", "--plan", "x"),
                bad("admin", 2, "role", "user", "add", "sam", "--role", "surgeon"),
                bad("admin", 2, "username", "user", "add", "Sam Smith!", "--role", "nurse"),
                bad("admin", 2, "already taken", "user", "add", "nurse1", "--role", "nurse"),
                bad("admin-short-password", 2, "password", "user", "add", "sam", "--role", "nurse"),
                bad("admin", 4, "cannot become site B", "init", "--site", "B", "--clinic", "Other", "--admin", "root"),
                bad("admin", 2, "patients", "demo-data", "--patients", "0"),
                bad("doctor", 2, "note id", "note", "show", "not-a-note"),
                bad("doctor", 5, "Note not found", "note", "show", UUID.randomUUID().toString()),
                bad("nurse", 2, "kind", "history", "add", "{UHID}", "--kind", "surgery", "--summary", "Appendix out",
                        "--date", "2020-01-01"),
                bad("nurse", 2, "date", "history", "add", "{UHID}", "--kind", "diagnosis", "--summary", "Asthma",
                        "--date", "2020-02-31"),
                bad("nurse", 5, UNKNOWN_UHID, "history", "add", UNKNOWN_UHID, "--kind", "diagnosis", "--summary",
                        "Asthma", "--date", "2020-01-01"),
                bad("desk", 2, "no-such-scan.pdf", "document", "add", "{UHID}", "/nonexistent/no-such-scan.pdf"),
                bad("desk", 2, "no-such-scan.png", "ocr", "/nonexistent/no-such-scan.png"),
                bad("admin", 2, "idle", "clinic", "set", "--idle-minutes", "0"),
                bad("admin", 2, "date-order", "clinic", "set", "--date-order", "sideways"),
                bad("admin", 5, "nobody", "user", "disable", "nobody", "--reason", "left"),
                bad("admin", 2, "no-such-backup.zip", "restore", "/nonexistent/no-such-backup.zip", "--to",
                        "/nonexistent/restored"),
                bad("admin", 2, "--bogus", "audit", "verify", "--bogus"),
                bad("admin", 2, "url", "sync", "--once", "--url", "not-a-url"),
                bad("admin", 2, "clinic-id", "central", "add-site", "--url", "jdbc:postgresql://127.0.0.1:5432/none",
                        "--clinic-id", "not-a-uuid", "--site", "B"),
                bad("admin", 2, "url", "central", "init", "--url", "not-a-url"),
                bad("admin", 2, "clinic-id", "central", "release-site", "--url", "jdbc:postgresql://127.0.0.1:5432/none",
                        "--clinic-id", "not-a-uuid", "--site", "B"),
                bad("admin", 2, "day", "audit", "list", "--day", "2026-02-30"),
                bad("admin", 2, "--bogus", "backup", "list", "--bogus"),
                bad("admin", 2, "--bogus", "backup", "now", "--bogus"),
                bad("admin", 2, "does not exist", "backup", "now", "--to", "/nonexistent/usb-disk", "--save"),
                bad("admin", 2, "--bogus", "clinic", "id", "--bogus"),
                bad("admin", 2, "--bogus", "clinic", "show", "--bogus"),
                bad("admin", 2, "--bogus", "doctor", "--bogus"),
                bad("desk", 2, "no-such-folder", "document", "inbox", "/nonexistent/no-such-folder"),
                bad("desk", 2, "search", "document", "search", " "),
                bad("desk", 2, "document id", "document", "show", "not-a-document", "-o", "{OUT}/doc.png"),
                bad("doctor", 5, UNKNOWN_UHID, "export", "fhir", UNKNOWN_UHID, "-o", "{OUT}/export.json"),
                bad("doctor", 5, UNKNOWN_UHID, "flags", UNKNOWN_UHID),
                bad("doctor", 5, "no-such-flag", "flags", "ack", "{UHID}", "no-such-flag"),
                bad("admin", 2, "no-such-folder", "flags", "knowledge", "export", "/nonexistent/no-such-folder/i.csv"),
                bad("admin", 2, "no-such-file.csv", "flags", "knowledge", "import", "/nonexistent/no-such-file.csv"),
                bad("doctor", 2, "--all", "flags", "scan"),
                bad("admin", 2, "no-such-bundle.json", "import", "fhir", "/nonexistent/no-such-bundle.json"),
                bad("admin", 2, "no-such-export", "import", "legacy-json", "/nonexistent/no-such-export"),
                bad("admin", 2, "cloud", "key", "move", "--to", "cloud"),
                bad("doctor", 4, "signed", "note", "summary", "{DRAFT}", "-o", "{OUT}/summary.pdf"),
                bad("desk", 5, UNKNOWN_UHID, "patient", "card", UNKNOWN_UHID, "-o", "{OUT}/card.pdf"),
                bad("admin", 2, "reason", "patient", "merge", "{UHID}", UNKNOWN_UHID, "--reason", " "),
                bad("doctor", 5, UNKNOWN_UHID, "patient", "show", UNKNOWN_UHID),
                bad("desk", 2, "day", "queue", "list", "--day", "2026-02-30"),
                bad("desk", 5, "A-099", "queue", "slip", "A-099", "-o", "{OUT}/slip.pdf"),
                bad("admin", 2, "recovery key", "recover", "--recovery-key", "not-a-key"),
                bad("admin", 2, "date", "report", "day", "--date", "2026-02-30", "--json"),
                bad("admin", 2, "month", "report", "month", "--month", "2026-13", "--json"),
                bad("admin", 2, "day", "report", "register", "31/02/2026"),
                bad("admin", 5, "nobody", "user", "enable", "nobody"),
                bad("admin", 2, "--bogus", "user", "list", "--bogus"),
                bad("admin", 2, "not a language", "user", "language", "klingon"),
                bad("admin-short-password", 2, "password", "user", "passwd"),
                bad("admin-short-password", 2, "password", "user", "reset-password", "nurse1"),
                bad("admin", 5, "nobody", "user", "set", "nobody", "--room", "4"),
                bad("admin", 5, "nobody", "user", "unlock", "nobody"));
    }

    private static String[] vitals(String option, String value) {
        Map<String, String> values = new java.util.LinkedHashMap<>(Map.of("--hr", "80", "--rr", "16", "--sbp", "120",
                "--dbp", "80", "--temp", "37", "--spo2", "98"));
        values.put(option, value);
        Stream.Builder<String> args = Stream.builder();
        args.add("vitals").add("add").add("{UHID}");
        values.forEach((k, v) -> args.add(k).add(v));
        return args.build().toArray(String[]::new);
    }

    private static Arguments bad(String role, int exit, String errorMentions, String... args) {
        return Arguments.of(role + ": " + String.join(" ", args), role, exit, errorMentions, args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCommands")
    void isRefusedClearlyAndChangesNothing(String title, String role, int exit, String errorMentions, String[] args) {
        String[] resolved = Arrays.stream(args).map(this::resolve).toArray(String[]::new);
        StoreDump before = StoreDump.of(day.cli.dataDir());

        CliRun.Result result = switch (role) {
            case "desk" -> day.desk(resolved);
            case "nurse" -> day.nurse(resolved);
            case "doctor" -> day.doctor(resolved);
            case "admin-short-password" -> day.cli.with(Map.of(CliEnvironment.USER, "admin",
                    CliEnvironment.PASSWORD, ClinicDay.ADMIN_PASSWORD, CliEnvironment.NEW_PASSWORD, "short"), resolved);
            default -> day.cli.with(Map.of(CliEnvironment.USER, "admin", CliEnvironment.PASSWORD, ClinicDay.ADMIN_PASSWORD,
                    CliEnvironment.NEW_PASSWORD, "long-enough-password"), resolved);
        };

        assertThat(result.exit()).as(result.toString()).isEqualTo(exit);
        assertThat(result.out()).as("stdout").isEmpty();
        assertThat(result.err()).startsWith("Error: ").contains(resolve(errorMentions));
        StoreDump after = StoreDump.of(day.cli.dataDir());
        assertThat(after.without("audit_event", "audit_head", "outbox"))
                .isEqualTo(before.without("audit_event", "audit_head", "outbox"));
        // the audit trail and the outbox only grow, and only by the sign-in: every row that was there is unchanged
        for (String table : new String[] {"audit_event", "outbox"}) {
            List<Map<String, String>> gone = new java.util.ArrayList<>(before.table(table));
            gone.removeAll(after.table(table));
            assertThat(gone).as(table + " rows that were there before and changed or went").isEmpty();
        }
        List<Map<String, String>> signIns = after.addedSince(before, "audit_event");
        assertThat(signIns).as("audit events of a refused command").allSatisfy(e -> assertThat(e.get("action"))
                .isEqualTo("SIGN_IN")).hasSizeLessThanOrEqualTo(1);
        List<String> signInIds = signIns.stream().map(e -> e.get("id")).toList();
        List<String> signInHashes = signIns.stream().map(e -> e.get("hash")).toList();
        assertThat(after.addedSince(before, "outbox")).as("outbox rows of a refused command").allSatisfy(o -> {
            assertThat(o.get("entity_table")).isEqualTo("audit_event");
            assertThat(o.get("row_id")).isIn(signInIds);
        });
        assertThat(after.table("audit_head")).hasSameSizeAs(before.table("audit_head"));
        assertThat(after.addedSince(before, "audit_head")).as("a chain head moves only to the sign-in")
                .allSatisfy(h -> assertThat(h.get("hash")).isIn(signInHashes));
        try (var store = org.clinicdesk.storage.LocalStore.open(day.cli.dataDir(), java.time.Clock.systemDefaultZone())) {
            assertThat(new org.clinicdesk.core.audit.AuditService(store.context().tx(), store.auditLog()).verifyAll())
                    .as("audit chains after the refusal").isNotEmpty().allMatch(v -> v.intact());
        }
    }

    /** Every verb of the command tree (leaf commands, as typed), read from picocli so a new verb is not forgotten. */
    static List<String> verbs() {
        var cli = Cli.create(CliEnvironment.of(Map.of(), java.time.Clock.systemDefaultZone(), Path.of("").toAbsolutePath()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()));
        List<String> verbs = new java.util.ArrayList<>();
        collect(cli, "", verbs);
        return verbs;
    }

    private static void collect(picocli.CommandLine command, String prefix, List<String> verbs) {
        var subcommands = new java.util.TreeMap<String, picocli.CommandLine>();
        command.getSubcommands().forEach((name, sub) -> subcommands.putIfAbsent(sub.getCommandName(), sub));
        subcommands.remove("help");
        boolean runnable = command.getCommandSpec().userObject() instanceof Runnable
                || command.getCommandSpec().userObject() instanceof java.util.concurrent.Callable;
        if (!prefix.isEmpty() && (subcommands.isEmpty() || runnable)) {
            verbs.add(prefix.strip());
        }
        subcommands.forEach((name, sub) -> collect(sub, prefix + name + " ", verbs));
    }

    /** Verbs whose input is not the command line's, each with where its bad input is tested instead. */
    private static final Map<String, String> NO_COMMAND_LINE_INPUT = Map.of("gui", "Main hands it to the window before "
            + "the command line parses anything (unknown arguments are JavaFX's); the window's forms have their own "
            + "bad-input tests under app/src/test/java/org/clinicdesk/app/gui");

    @org.junit.jupiter.api.Test
    void everyVerbOfTheCommandTreeHasBadInputCases() {
        List<String> covered = badCommands().map(a -> String.join(" ", (String[]) a.get()[4])).toList();
        List<String> verbs = verbs();
        assertThat(verbs).as("the command tree was read").contains("patient add", "document add", "sync", "audit verify");
        List<String> without = verbs.stream().filter(verb -> !NO_COMMAND_LINE_INPUT.containsKey(verb))
                .filter(verb -> covered.stream().noneMatch(c -> c.equals(verb) || c.startsWith(verb + " "))).toList();
        assertThat(without).as("verbs of the command tree without a bad-input case in badCommands()").isEmpty();
    }

    private String resolve(String text) {
        String result = text;
        for (var p : placeholders.entrySet()) {
            result = result.replace(p.getKey(), p.getValue());
        }
        return result;
    }
}
