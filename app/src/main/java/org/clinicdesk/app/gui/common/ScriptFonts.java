package org.clinicdesk.app.gui.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Noto Sans Devanagari that ships with ClinicDesk, loaded once for the window. JavaFX falls back to a loaded font
 * for characters the theme's font lacks, so a Hindi name or the Hindi texts show on a machine with no Indian-script
 * font of its own (they showed as empty boxes before).
 */
public final class ScriptFonts {
    private static final Logger LOG = LoggerFactory.getLogger(ScriptFonts.class);
    private static final List<String> FONTS = List.of("/org/clinicdesk/app/fonts/NotoSansDevanagari-Regular.ttf",
            "/org/clinicdesk/app/fonts/NotoSansDevanagari-Bold.ttf");
    private static boolean loaded;

    private ScriptFonts() {
    }

    /** Loads the bundled fonts the first time it is called; later calls do nothing. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (String name : FONTS) {
            try (InputStream in = ScriptFonts.class.getResourceAsStream(name)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    LOG.warn("Cannot load the bundled font {}; Devanagari may show as boxes", name);
                }
            } catch (IOException e) {
                LOG.warn("Cannot read the bundled font {}", name, e);
            }
        }
    }
}
