package org.clinicdesk.storage.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk key kept as an owner-only file: where each operating system keeps it, and a damaged file named. */
class KeyFolderTest {
    private static final Path HOME = Path.of("/home/asha");

    @TempDir
    Path dir;

    /** {@code from} reads the system property before the OS default; surefire sets it for every test, so lift it here. */
    private static KeyFolder withoutProperty(Map<String, String> env, String os) {
        String kept = System.clearProperty(KeyFolder.PROPERTY);
        try {
            return KeyFolder.from(env, os, HOME);
        } finally {
            if (kept != null) {
                System.setProperty(KeyFolder.PROPERTY, kept);
            }
        }
    }

    @Test
    void eachOperatingSystemKeepsTheKeyWhereItKeepsAUsersSettings() {
        assertThat(withoutProperty(Map.of(), "Linux").dir()).isEqualTo(Path.of("/home/asha/.config/clinicdesk/keys"));
        assertThat(withoutProperty(Map.of("XDG_CONFIG_HOME", "/cfg"), "Linux").dir())
                .isEqualTo(Path.of("/cfg/clinicdesk/keys"));
        assertThat(withoutProperty(Map.of(), "Mac OS X").dir())
                .isEqualTo(Path.of("/home/asha/Library/Preferences/ClinicDesk/keys"));
        assertThat(withoutProperty(Map.of("LOCALAPPDATA", "/appdata"), "Windows 11").dir())
                .isEqualTo(Path.of("/appdata/ClinicDesk/keys"));
        assertThat(withoutProperty(Map.of(), "Windows 10").dir())
                .isEqualTo(Path.of("/home/asha/AppData/Local/ClinicDesk/keys"));
    }

    @Test
    void theEnvironmentVariableComesFirstThenTheSystemProperty() {
        assertThat(KeyFolder.from(Map.of(KeyFolder.VARIABLE, "/keys/here"), "Linux", HOME).dir())
                .isEqualTo(Path.of("/keys/here"));
        assertThat(KeyFolder.from(Map.of(), "Linux", HOME).dir())
                .isEqualTo(Path.of(System.getProperty(KeyFolder.PROPERTY)).toAbsolutePath().normalize());
    }

    @Test
    void aKeptKeyReadsBackFromAnOwnerOnlyFileAndRemovingItForgetsIt() throws Exception {
        KeyFolder folder = new KeyFolder(dir.resolve("keys"));
        String id = UUID.randomUUID().toString();
        byte[] key = new byte[DataKey.BYTES];
        key[0] = 7;
        folder.keep(id, key);
        assertThat(folder.read(id)).hasValueSatisfying(k -> assertThat(k).isEqualTo(key));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.fileOf(id)))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.dir()))).isEqualTo("rwx------");
        assertThat(folder.where(id)).contains(folder.fileOf(id).toString());
        assertThat(folder.describe(id)).contains("weaker than the operating system's keystore");
        folder.remove(id);
        assertThat(folder.read(id)).isEmpty();
    }

    @Test
    void aDamagedKeyFileIsNamedWithTheWayOut() throws Exception {
        KeyFolder folder = new KeyFolder(dir);
        String shortKey = UUID.randomUUID().toString();
        Files.writeString(folder.fileOf(shortKey), Base64.getEncoder().encodeToString(new byte[5]));
        assertThatThrownBy(() -> folder.read(shortKey)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(folder.fileOf(shortKey).toString()).hasMessageContaining("5 bytes")
                .hasMessageContaining("recovery key");
        String garbled = UUID.randomUUID().toString();
        Files.writeString(folder.fileOf(garbled), "%%% not base64 %%%");
        assertThatThrownBy(() -> folder.read(garbled)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not base64");
    }

    @Test
    void onlyAStoreKeyIdNamesAFile() {
        assertThatThrownBy(() -> new KeyFolder(dir).fileOf("../../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
