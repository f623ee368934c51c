package org.clinicdesk.app.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Apostrophes: a text with arguments goes through MessageFormat, which wants {@code ''}; a text without them (and
 * every FXML {@code %key}) is shown as written, where {@code ''} would appear doubled on screen.
 */
class MessagesTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    @Test
    void textsWithoutArgumentsShowTheirApostrophesOnce() {
        List<String> doubled = Collections.list(Messages.bundle().getKeys()).stream()
                .filter(key -> !ARGUMENT.matcher(Messages.bundle().getString(key)).find())
                .filter(key -> Messages.bundle().getString(key).contains("''"))
                .toList();
        assertThat(doubled).isEmpty();
    }

    @Test
    void textsWithArgumentsDoubleTheirApostrophes() {
        List<String> lone = Collections.list(Messages.bundle().getKeys()).stream()
                .filter(key -> ARGUMENT.matcher(Messages.bundle().getString(key)).find())
                .filter(key -> Messages.bundle().getString(key).replace("''", "").contains("'"))
                .toList();
        assertThat(lone).isEmpty();
    }
}
