package org.clinicdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clinicdesk.core.common.ValidationException;
import org.junit.jupiter.api.Test;

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
    void commandLineGlobalsAreUnderstood() {
        var options = WorkstationOptions.parse(List.of("--user=nurse", "--data-dir=/d", "gui", "--demo"), Map.of());
        assertThat(options.user()).isEqualTo("nurse");
        assertThat(options.demo()).isEqualTo(WorkstationOptions.DemoMode.ON);
    }

    @Test
    void demoWithoutDataDirNeverUsesTheClinicsStore() {
        var options = WorkstationOptions.parse(List.of("--demo"), Map.of());
        assertThat(options.dataDir()).isNotEqualTo(WorkstationOptions.defaultDataDir(Map.of()));
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
