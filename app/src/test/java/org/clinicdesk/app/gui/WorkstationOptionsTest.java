package org.clinicdesk.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
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
        assertThat(options.idleTime()).isEqualTo(Duration.ofMinutes(5));
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
        var options = WorkstationOptions.parse(List.of("--user=nurse", "--data-dir=/d", "gui", "--demo",
                "--idle-minutes", "2"), Map.of());
        assertThat(options.user()).isEqualTo("nurse");
        assertThat(options.demo()).isEqualTo(WorkstationOptions.DemoMode.ON);
        assertThat(options.idleTime()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void demoWithoutDataDirNeverUsesTheClinicsStore() {
        var options = WorkstationOptions.parse(List.of("--demo"), Map.of());
        assertThat(options.dataDir()).isNotEqualTo(WorkstationOptions.defaultDataDir(Map.of()));
    }

    @Test
    void unknownOptionOrBadIdleTimeIsRefusedByName() {
        assertThatThrownBy(() -> WorkstationOptions.parse(List.of("--colour"), Map.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("--colour");
        assertThatThrownBy(() -> WorkstationOptions.parse(List.of("--idle-minutes", "soon"), Map.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("--idle-minutes");
    }
}
