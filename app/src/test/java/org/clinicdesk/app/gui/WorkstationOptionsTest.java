package org.clinicdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clinicdesk.core.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkstationOptionsTest {

    @Test
    void dataDirOptionWinsOverTheEnvironment() {
        var options = WorkstationOptions.parse(List.of("--data-dir", "/srv/clinic", "gui"),
                Map.of("CLINICDESK_DATA_DIR", "/elsewhere"));
        assertThat(options.dataDir()).isEqualTo(Path.of("/srv/clinic"));
    }

    @Test
    void environmentWinsOverTheDefault() {
        var options = WorkstationOptions.parse(List.of(), Map.of("CLINICDESK_DATA_DIR", "/elsewhere"));
        assertThat(options.dataDir()).isEqualTo(Path.of("/elsewhere"));
    }

    @Test
    void defaultOnLinuxIsUnderLocalShare() {
        var options = WorkstationOptions.parse(List.of(), Map.of());
        assertThat(options.dataDir()).isEqualTo(Path.of(System.getProperty("user.home"), ".local/share/clinicdesk"));
    }

    @Test
    void commandLineGlobalsAreUnderstood() throws IOException {
        var options = WorkstationOptions.parse(List.of("--user=nurse", "--data-dir=/d", "gui", "--demo"), Map.of());
        assertThat(options.user()).isEqualTo("nurse");
        assertThat(options.demo()).isEqualTo(WorkstationOptions.DemoMode.ON);
        Files.delete(options.dataDir());
    }

    @Test
    void demoWithoutDataDirNeverUsesTheClinicsStore() throws IOException {
        var options = WorkstationOptions.parse(List.of("--demo"), Map.of());
        assertThat(options.dataDir()).isNotEqualTo(WorkstationOptions.defaultDataDir(Map.of()));
        assertThat(options.notices()).isEmpty();
        Files.delete(options.dataDir());
    }

    @Test
    void demoAlwaysOpensANewTemporaryFolderWhateverTheDataDirSays(@TempDir Path clinic) throws IOException {
        Path real = clinic.resolve("real-store");
        var fromEnv = WorkstationOptions.parse(List.of("gui", "--demo"),
                Map.of("CLINICDESK_DATA_DIR", real.toString()));
        var fromOption = WorkstationOptions.parse(List.of("--data-dir", real.toString(), "gui", "--demo"),
                Map.of("CLINICDESK_DATA_DIR", real.toString()));
        var fromOptionAfter = WorkstationOptions.parse(List.of("--demo", "--data-dir=" + real), Map.of());
        try {
            for (var options : List.of(fromEnv, fromOption, fromOptionAfter)) {
                assertThat(options.dataDir()).isNotEqualTo(real)
                        .startsWith(Path.of(System.getProperty("java.io.tmpdir"))).isEmptyDirectory();
            }
            assertThat(fromOption.dataDir()).isNotEqualTo(fromOptionAfter.dataDir());
            assertThat(real).doesNotExist();
            assertThat(fromEnv.notices()).isEmpty();
            assertThat(fromOption.notices()).singleElement().asString()
                    .contains("ignores --data-dir " + real, fromOption.dataDir().toString());
        } finally {
            for (var options : List.of(fromEnv, fromOption, fromOptionAfter)) {
                Files.deleteIfExists(options.dataDir());
            }
        }
    }

    @Test
    void unknownOptionIsRefusedByName() {
        assertThatThrownBy(() -> WorkstationOptions.parse(List.of("--colour"), Map.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("--colour");
    }

    @Test
    void theIdleLockIsNoLongerAStartUpFlagAnyoneCanRaise() {
        assertThatThrownBy(() -> WorkstationOptions.parse(List.of("--idle-minutes", "240"), Map.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("--idle-minutes")
                .hasMessageContaining("clinic set --idle-minutes");
    }
}
