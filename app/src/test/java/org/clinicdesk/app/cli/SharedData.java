package org.clinicdesk.app.cli;

import java.nio.file.Path;

/** The shared test data folder that surefire names in {@code clinicdesk.shared.data}. */
final class SharedData {
    private SharedData() {
    }

    static Path dir(String sub) {
        String base = System.getProperty("clinicdesk.shared.data", "../../shared/data");
        return Path.of(base).resolve(sub);
    }
}
