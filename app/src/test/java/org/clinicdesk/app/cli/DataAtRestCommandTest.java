package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 through the command line: every file the program makes is owner-only (must-show 2), and the store opens
 * with this computer's desk key or with the recovery key that init printed, never with neither (must-show 3).
 */
class DataAtRestCommandTest {
    private static final Pattern RECOVERY_KEY = Pattern.compile("(?:[A-Z2-7]{4}-){12}[A-Z2-7]{4}");
    private static final String ADMIN = "admin-pass-1";

    @TempDir
    Path tmp;

    private CliRun.Result init(CliRun cli) {
        CliRun.Result r = cli.with(Map.of(CliEnvironment.PASSWORD, ADMIN), "init", "--site", "A", "--clinic",
                "Sunrise Clinic", "--admin", "admin");
        assertThat(r.exit()).as(r.toString()).isZero();
        return r;
    }

    private static String ok(CliRun.Result r) {
        assertThat(r.exit()).as(r.toString()).isZero();
        return r.out();
    }

    @Test
    void everyFileTheProgramMakesIsOwnerOnlyAndEveryFolder0700() throws Exception {
        CliRun cli = new CliRun(tmp.resolve("data"), tmp.resolve("keys"));
        init(cli);
        ok(cli.with(Map.of(CliEnvironment.USER, "admin", CliEnvironment.PASSWORD, ADMIN,
                CliEnvironment.NEW_PASSWORD, "nurse-pass-1"), "user", "add", "nina", "--role", "nurse"));
        String uhid = ok(cli.as("admin", ADMIN, "patient", "add", "--name", "Asha Verma", "--dob", "1980-02-29",
                "--sex", "F", "--phone", "9845012345")).strip();
        ok(cli.as("nina", "nurse-pass-1", "document", "add", uhid, scan("rx.png").toString()));
        String token = ok(cli.as("admin", ADMIN, "queue", "add", uhid)).strip();
        ok(cli.as("nina", "nurse-pass-1", "queue", "move", token, "IN_TRIAGE"));
        ok(cli.as("nina", "nurse-pass-1", "vitals", "add", uhid, "--hr", "96", "--rr", "22", "--sbp", "104", "--dbp",
                "70", "--temp", "101.3F", "--spo2", "95"));
        ok(cli.as("admin", ADMIN, "patient", "find", "Asha", "--json"));
        ok(cli.as("admin", ADMIN, "queue", "list"));
        ok(cli.as("admin", ADMIN, "audit", "verify"));
        cli.as("admin", ADMIN, "doctor");
        cli.as("admin", ADMIN, "patient", "find", "--no-such-option"); // a refused command logs nothing wider either
        List<Path> all = walk(tmp.resolve("data"));
        assertThat(all).anyMatch(p -> p.toString().contains("blobs"))
                .anyMatch(p -> p.getFileName().toString().equals("clinicdesk.log"))
                .anyMatch(p -> p.getFileName().toString().equals("store.keys"));
        for (Path p : all) {
            String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
            assertThat(mode).as(p.toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
        }
        for (Path p : walk(tmp.resolve("keys"))) {
            String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
            assertThat(mode).as(p.toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
        }
    }

    @Test
    void doctorFixTightensAnOldStoresFolder() throws Exception {
        CliRun cli = new CliRun(tmp.resolve("data"), tmp.resolve("keys"));
        init(cli);
        Files.setPosixFilePermissions(tmp.resolve("data"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(tmp.resolve("data").resolve("clinicdesk.mv.db"),
                PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(cli.with(Map.of(), "doctor").out()).contains("[warn] Data folder owner-only").contains("doctor --fix");
        assertThat(cli.with(Map.of(), "doctor", "--fix").out()).contains("tightened 2 files and folders");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("data"))))
                .isEqualTo("rwx------");
        assertThat(cli.with(Map.of(), "doctor").out()).contains("folders 0700, files 0600")
                .contains("Desk key").contains("weaker");
    }

    @Test
    void initPrintsTheRecoveryKeyOnceAndItOpensACopyOnAnotherComputer() throws Exception {
        CliRun desk = new CliRun(tmp.resolve("data"), tmp.resolve("keys"));
        CliRun.Result first = init(desk);
        Matcher m = RECOVERY_KEY.matcher(first.out());
        assertThat(m.find()).as(first.out()).isTrue();
        String recoveryKey = m.group();
        assertThat(first.out()).contains("write it down");
        assertThat(init(desk).out()).doesNotContain(recoveryKey).doesNotContain("RECOVERY KEY");
        String uhid = ok(desk.as("admin", ADMIN, "patient", "add", "--name", "Asha Verma", "--dob", "1980-02-29",
                "--sex", "F")).strip();

        Path copy = tmp.resolve("other-computer").resolve("data");
        StoreCopies.copy(tmp.resolve("data"), copy);
        CliRun other = new CliRun(copy, tmp.resolve("other-computer").resolve("keys"));
        CliRun.Result locked = other.as("admin", ADMIN, "patient", "find", uhid);
        assertThat(locked.exit()).as(locked.toString()).isEqualTo(ExitCode.RULE_VIOLATION);
        assertThat(locked.err()).contains("no desk key").contains("recover --recovery-key");

        Map<Path, String> before = hashes(copy, tmp.resolve("other-computer"));
        String wrongKey = RECOVERY_KEY.matcher(init(new CliRun(tmp.resolve("third"), tmp.resolve("keys"))).out())
                .results().findFirst().orElseThrow().group();
        CliRun.Result wrong = other.with(Map.of(), "recover", "--recovery-key", wrongKey);
        assertThat(wrong.exit()).as(wrong.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(wrong.err()).contains("recovery-key").contains("does not open the store").contains("nothing was changed");
        assertThat(hashes(copy, tmp.resolve("other-computer"))).isEqualTo(before);

        assertThat(ok(other.with(Map.of(RecoverCommand.RECOVERY_KEY, recoveryKey.toLowerCase()), "recover")))
                .contains("opened the store").contains("new desk key");
        assertThat(ok(other.as("admin", ADMIN, "patient", "find", uhid))).contains("Asha Verma");
        assertThat(ok(desk.as("admin", ADMIN, "patient", "find", uhid))).contains("Asha Verma");
    }

    private Path scan(String name) throws IOException {
        return PrescriptionScans.write(tmp, name);
    }

    private static List<Path> walk(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return new ArrayList<>(s.toList());
        }
    }

    private static Map<Path, String> hashes(Path... roots) throws Exception {
        Map<Path, String> out = new TreeMap<>();
        for (Path root : roots) {
            for (Path p : walk(root)) {
                if (Files.isRegularFile(p)) {
                    out.put(p, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                } else {
                    out.put(p, "folder");
                }
            }
        }
        return out;
    }
}
