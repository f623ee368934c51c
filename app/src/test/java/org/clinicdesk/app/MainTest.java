package org.clinicdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Main's one decision: the window or the command line. */
class MainTest {
    @Test
    void noCommandOrGuiOpensTheWindow() {
        assertThat(Main.opensWindow(new String[0])).isTrue();
        assertThat(Main.opensWindow(new String[] {"--data-dir", "/tmp/x"})).isTrue();
        assertThat(Main.opensWindow(new String[] {"--data-dir=/tmp/x", "gui", "--demo"})).isTrue();
        assertThat(Main.opensWindow(new String[] {"--user", "asha", "gui"})).isTrue();
    }

    @Test
    void anyOtherCommandOrHelpGoesToTheCommandLine() {
        assertThat(Main.opensWindow(new String[] {"patient", "find", "gui"})).isFalse();
        assertThat(Main.opensWindow(new String[] {"--user", "gui", "queue", "list"})).isFalse();
        assertThat(Main.opensWindow(new String[] {"--help"})).isFalse();
        assertThat(Main.opensWindow(new String[] {"gui", "--help"})).isFalse();
        assertThat(Main.opensWindow(new String[] {"--data-dir", "/tmp/x", "gui", "-h"})).isFalse();
        assertThat(Main.opensWindow(new String[] {"--demo", "queue", "list"})).isFalse();
    }
}
