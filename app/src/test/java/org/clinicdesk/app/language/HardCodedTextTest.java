package org.clinicdesk.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The window's text comes from the bundles: a scan of the window's sources finds words written straight into a label,
 * button, tooltip, prompt, title or dialog, and of its FXML files a text attribute that is not a %key.
 */
class HardCodedTextTest {
    private static final Path GUI = Path.of("src/main/java/org/clinicdesk/app/gui");
    private static final Path FXML = Path.of("src/main/resources/org/clinicdesk/app/gui");
    // the screenshot tours and benchmarks are developer tools, not the window
    private static final Pattern IN_CODE = Pattern.compile(
            "(setText|setPromptText|setTitle|setHeaderText|setContentText|setAccessibleText|appendText"
                    + "|new (Label|Button|Tooltip|CheckBox|MenuItem|Menu|Tab|TableColumn(<[^>(]*>)?|RadioButton"
                    + "|RadioMenuItem|CheckMenuItem|Hyperlink|ToggleButton|Text|TitledPane)"
                    + "|new Alert\\([\\w.]+,)\\(?\\s*\"([^\"]*[A-Za-z][^\"]*)\"");
    private static final Pattern IN_FXML = Pattern.compile(
            "\\b(text|promptText|title|headerText|contentText|accessibleText)=\"([^\"%$][^\"]*)\"");

    @Test
    void noWindowTextIsWrittenInTheCode() {
        assertThat(find(GUI, ".java", IN_CODE, 4)).as("use Messages.get(key) and a messages.properties key")
                .isEmpty();
    }

    @Test
    void noFxmlTextIsWrittenInTheFile() {
        assertThat(find(FXML, ".fxml", IN_FXML, 2)).as("write text=\"%key\" with a messages.properties key")
                .isEmpty();
    }

    @Test
    void theScanFindsAHardCodedLabel() {
        assertThat(IN_CODE.matcher("box.add(new Label(\"Patient name\"));").find()).isTrue();
        assertThat(IN_CODE.matcher("button.setText(\"Save \" + n);").find()).isTrue();
        assertThat(IN_CODE.matcher("new Alert(AlertType.ERROR, \"Could not save\")").find()).isTrue();
        assertThat(IN_CODE.matcher("new Label(Messages.get(\"form.name\"))").find()).isFalse();
        assertThat(IN_FXML.matcher("<Label text=\"kg\"/>").find()).isTrue();
        assertThat(IN_FXML.matcher("<Label text=\"%vitals.unit.kg\"/>").find()).isFalse();
    }

    private static List<String> find(Path root, String suffix, Pattern pattern, int group) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(root.relativize(file) + ": \"" + m.group(group) + "\"");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
