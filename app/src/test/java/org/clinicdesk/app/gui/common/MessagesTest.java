package org.clinicdesk.app.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Apostrophes: a text with arguments goes through MessageFormat, which wants {@code ''}; a text without them (and
 * every FXML {@code %key}) is shown as written, where {@code ''} would appear doubled on screen.
 */
class MessagesTest {
    private static final Object[] ANY_ARGUMENTS = {1, 2, 3, 4, 5, 6}; // numbers: some texts choose by count

    @Test
    void textsWithoutArgumentsShowTheirApostrophesOnce() {
        List<String> doubled = Collections.list(Messages.bundle().getKeys()).stream()
                .filter(key -> !Messages.takesArguments(Messages.bundle().getString(key)))
                .filter(key -> Messages.bundle().getString(key).contains("''"))
                .toList();
        assertThat(doubled).isEmpty();
    }

    @Test
    void textsWithArgumentsDoubleTheirApostrophes() {
        List<String> lone = Collections.list(Messages.bundle().getKeys()).stream()
                .filter(key -> Messages.takesArguments(Messages.bundle().getString(key)))
                .filter(key -> Messages.bundle().getString(key).replace("''", "").contains("'"))
                .toList();
        assertThat(lone).isEmpty();
    }

    /** What the window shows for every text, whether its caller passes arguments or not: never "''", no lost "'". */
    @Test
    void everyShownTextHasItsApostrophesOnce() {
        for (String key : Collections.list(Messages.bundle().getKeys())) {
            String written = Messages.bundle().getString(key);
            long apostrophes = (Messages.takesArguments(written) ? written.replace("''", "'") : written)
                    .chars().filter(c -> c == '\'').count();
            for (String shown : List.of(Messages.get(key), Messages.get(key, ANY_ARGUMENTS))) {
                assertThat(shown).as(key).doesNotContain("''");
                assertThat(shown.chars().filter(c -> c == '\'').count()).as(key + ": " + shown).isEqualTo(apostrophes);
            }
        }
    }
}
