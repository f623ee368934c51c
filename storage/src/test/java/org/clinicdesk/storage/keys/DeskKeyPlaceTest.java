package org.clinicdesk.storage.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.clinicdesk.core.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a new desk key goes, as the environment says; a forced keystore that does not answer is refused clearly. */
class DeskKeyPlaceTest {
    @TempDir
    Path tmp;

    @Test
    void aKeyFolderGivenByNameMeansTheKeyFileUnlessTheSettingSaysOtherwise() {
        assertThat(DeskKeyPlace.from(Map.of(KeyFolder.VARIABLE, tmp.toString()))).isEqualTo(DeskKeyPlace.KEY_FILE);
        assertThat(DeskKeyPlace.from(Map.of(KeyFolder.VARIABLE, tmp.toString(), DeskKeyPlace.VARIABLE, "OS")))
                .isEqualTo(DeskKeyPlace.OS_KEYSTORE);
        assertThat(DeskKeyPlace.from(Map.of(DeskKeyPlace.VARIABLE, "auto"))).isEqualTo(DeskKeyPlace.AUTO);
    }

    @Test
    void anUnknownSettingIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> DeskKeyPlace.from(Map.of(DeskKeyPlace.VARIABLE, "keychain")))
                .isInstanceOf(ValidationException.class).hasMessageContaining(DeskKeyPlace.VARIABLE)
                .hasMessageContaining("'keychain'");
    }

    @Test
    void aForcedKeystoreThatDoesNotAnswerIsRefusedAndAutoFallsBackToTheFile() {
        String previous = System.getProperty("DBUS_SESSION_BUS_ADDRESS");
        System.setProperty("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + tmp.resolve("no-bus"));
        try {
            KeyFolder folder = new KeyFolder(tmp.resolve("keys"));
            assertThatThrownBy(() -> DeskKeyPlace.OS_KEYSTORE.resolve(folder)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining(DeskKeyPlace.VARIABLE).hasMessageContaining("=file");
            assertThat(DeskKeyPlace.AUTO.resolve(folder)).isSameAs(folder);
        } finally {
            if (previous == null) {
                System.clearProperty("DBUS_SESSION_BUS_ADDRESS");
            } else {
                System.setProperty("DBUS_SESSION_BUS_ADDRESS", previous);
            }
        }
    }
}
