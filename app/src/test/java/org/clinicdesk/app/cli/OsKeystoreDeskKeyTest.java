package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clinicdesk.storage.keys.DeskKeyPlace;
import org.clinicdesk.storage.keys.StoreKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: the desk key in the operating system's keystore, on a real Secret Service (a private D-Bus session with
 * GNOME Keyring, {@link PrivateKeyring}), through the command line. What the keystore holds is read back with
 * {@code secret-tool}, not with ClinicDesk's own code.
 */
class OsKeystoreDeskKeyTest {
    private static final Pattern RECOVERY_KEY = Pattern.compile("(?:[A-Z2-7]{4}-){12}[A-Z2-7]{4}");
    private static final String ADMIN = "admin-pass-1";

    @TempDir
    static Path keyringRoot;
    private static PrivateKeyring keyring;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startKeyring() {
        keyring = PrivateKeyring.start(keyringRoot);
    }

    @AfterAll
    static void stopKeyring() {
        if (keyring != null) {
            keyring.close();
        }
    }

    private CliRun desk() {
        return new CliRun(tmp.resolve("data"), tmp.resolve("keys"));
    }

    /** As the administrator, with new desk keys going where "auto" puts them (the keystore, when it answers). */
    private static CliRun.Result admin(CliRun cli, String... args) {
        Map<String, String> env = new HashMap<>(Map.of(CliEnvironment.USER, "admin", CliEnvironment.PASSWORD, ADMIN,
                DeskKeyPlace.VARIABLE, "auto"));
        return cli.with(env, args);
    }

    private static String ok(CliRun.Result r) {
        assertThat(r.exit()).as(r.toString()).isZero();
        return r.out();
    }

    /** Inits the store and returns the recovery key it printed. */
    private static String init(CliRun cli) {
        String out = ok(admin(cli, "init", "--site", "A", "--clinic", "Sunrise Clinic", "--admin", "admin"));
        Matcher m = RECOVERY_KEY.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group();
    }

    private static String keyId(CliRun cli) {
        return StoreKeys.keyId(cli.dataDir()).orElseThrow();
    }

    private static String storeKeys(CliRun cli) throws IOException {
        return Files.readString(cli.dataDir().resolve(StoreKeys.FILE), StandardCharsets.ISO_8859_1);
    }

    private static String doctorLine(CliRun cli, String check) {
        String out = admin(cli, "doctor").out();
        return out.lines().filter(l -> l.contains(check + ":")).findFirst().orElse("(no '" + check + "' in)\n" + out);
    }

    @Test
    void initKeepsTheDeskKeyInTheKeystoreAndNowhereOnDisk() throws IOException {
        CliRun cli = desk();
        init(cli);
        String stored = keyring.deskKey(keyId(cli)).orElseThrow(() -> new AssertionError("no keystore item"));
        byte[] raw = Base64.getDecoder().decode(stored);
        assertThat(raw).hasSize(32);
        assertThat(storeKeys(cli)).contains("desk-key-in=os");
        // the data folder, this desk's key folder and the home the command line was given all lie under tmp
        for (Path file : files(tmp)) {
            byte[] content = Files.readAllBytes(file);
            assertThat(indexOf(content, stored.getBytes(StandardCharsets.US_ASCII))).as(file.toString()).isNegative();
            assertThat(indexOf(content, raw)).as(file.toString()).isNegative();
        }
        assertThat(files(tmp)).noneMatch(p -> p.getFileName().toString().endsWith(".key"));
        String uhid = ok(admin(cli, "patient", "add", "--name", "Asha Verma", "--dob", "1980-02-29", "--sex", "F")).strip();
        assertThat(ok(admin(cli, "patient", "find", "Asha"))).contains(uhid);
        assertThat(doctorLine(cli, "Desk key")).startsWith("[ok]")
                .contains("the operating system's keystore for this account: the Secret Service (GNOME Keyring)");
    }

    @Test
    void withTheKeystoreItemDeletedTheStoreDoesNotOpenButTheRecoveryKeyDoes() {
        CliRun cli = desk();
        String recovery = init(cli);
        String uhid = ok(admin(cli, "patient", "add", "--name", "Ravi Kumar", "--dob", "1975-06-01", "--sex", "M")).strip();
        keyring.deleteDeskKey(keyId(cli));

        CliRun.Result locked = admin(cli, "patient", "find", "Ravi");
        assertThat(locked.exit()).as(locked.toString()).isNotZero();
        assertThat(locked.err()).contains("no desk key").contains("Secret Service").contains("recover");
        assertThat(doctorLine(cli, "Store")).startsWith("[FAIL]").contains("does not open");

        String recovered = ok(admin(cli, "recover", "--recovery-key", recovery));
        assertThat(recovered).contains("Secret Service");
        assertThat(keyring.deskKey(keyId(cli))).isPresent();
        assertThat(ok(admin(cli, "patient", "find", "Ravi"))).contains(uhid);
    }

    @Test
    void movingTheDeskKeyToAFileAndBackKeepsTheStoreOpenAndIsAudited() throws IOException {
        CliRun cli = desk();
        init(cli);
        String keyId = keyId(cli);
        Path keyFile = tmp.resolve("keys").resolve(keyId + ".key");

        assertThat(ok(admin(cli, "key", "move", "--to", "file", "--json"))).contains("\"to\" : \"file\"");
        assertThat(storeKeys(cli)).contains("desk-key-in=file");
        assertThat(keyring.deskKey(keyId)).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(doctorLine(cli, "Desk key")).startsWith("[warn]").contains(keyFile.toString()).contains("weaker");

        ok(admin(cli, "key", "move", "--to", "os"));
        assertThat(storeKeys(cli)).contains("desk-key-in=os");
        assertThat(keyring.deskKey(keyId)).isPresent();
        assertThat(keyFile).doesNotExist();
        CliRun.Result again = admin(cli, "key", "move", "--to", "os");
        assertThat(again.exit()).as(again.toString()).isNotZero();
        assertThat(again.err()).contains("already in");

        String audit = ok(admin(cli, "audit", "list", "--json"));
        assertThat(Pattern.compile("\"action\" : \"DESK_KEY_MOVED\"").matcher(audit).results().count()).isEqualTo(2);
        assertThat(ok(admin(cli, "patient", "find", "nobody", "--json"))).isNotBlank();
    }

    @Test
    void aNurseCannotMoveTheDeskKey() {
        CliRun cli = desk();
        init(cli);
        ok(cli.with(Map.of(CliEnvironment.USER, "admin", CliEnvironment.PASSWORD, ADMIN,
                CliEnvironment.NEW_PASSWORD, "nurse-pass-1"), "user", "add", "nina", "--role", "nurse"));
        CliRun.Result refused = cli.as("nina", "nurse-pass-1", "key", "move", "--to", "file");
        assertThat(refused.exit()).as(refused.toString()).isNotZero();
        assertThat(keyring.deskKey(keyId(cli))).isPresent();
        assertThat(tmp.resolve("keys").resolve(keyId(cli) + ".key")).doesNotExist();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
