package org.clinicdesk.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text of a base bundle has a Hindi value that is not the English one left in place, with the same MessageFormat
 * arguments (a Hindi text that dropped {1} would print a sentence without the patient's name).
 */
class TranslationCompletenessTest {
    // texts that read the same in Hindi: names, codes, units, formats and file names
    private static final Set<String> SAME_IN_HINDI = Set.of("app.title", "app.titleWithClinic", "join.url.prompt",
            "status.user", "patient.ageSex", "reception.column.uhid", "reports.register.uhid", "form.fieldError", "form.abha.prompt",
            "tokens.toDoctor", "vitals.spo2", "vitals.unit.CELSIUS", "vitals.unit.FAHRENHEIT", "vitals.bmi",
            "vitals.news2.heading", "vitals.news2.total", "vitals.point", "queue.column.news2", "queue.news2",
            "note.diagnosisCoded", "chart.summaryFile", "chart.flag", "chart.historyLine", "chart.s", "chart.o",
            "chart.a", "chart.p", "chart.rx", "history.date.prompt", "central.url", "audit.patientPrompt",
            "audit.fileName", "backups.size", "queue.flagBadge", "note.rx.flag", "note.rx.flagStep",
            "vitals.name.spo2", "vitals.unit.mmHg", "vitals.unit.percent", "central.url.prompt",
            "note.diagnosis.suggestion", "merge.row.uhid", "backups.percent", "pdf.uhid", "pdf.uhidLabel",
            "pdf.summary.news2", "report.title", "report.column.uhid", "pdf.summary.spo2", "pdf.summary.bmi",
            "flag.rule", "flag.node.news2", "flag.node.reading", "flag.kind.NEWS2",
            "report.followUpWithReason", "flags.signing.flagLine");

    @ParameterizedTest
    @ValueSource(strings = {"org/clinicdesk/app/gui/messages", "org/clinicdesk/core/messages"})
    void everyKeyHasAHindiTextWithTheSameArguments(String bundle) {
        Properties english = load(bundle + ".properties");
        Properties hindi = load(bundle + "_hi.properties");
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String en = english.getProperty(key);
            String hi = hindi.getProperty(key);
            if (hi == null || hi.isBlank()) {
                problems.add(key + ": no Hindi text");
            } else if (!arguments(en).equals(arguments(hi))) {
                problems.add(key + ": arguments " + arguments(hi) + " instead of " + arguments(en));
            } else if (hi.equals(en) && !SAME_IN_HINDI.contains(key)) {
                problems.add(key + ": still the English text");
            }
        }
        for (String key : hindi.stringPropertyNames()) {
            if (!english.containsKey(key)) {
                problems.add(key + ": in Hindi only (renamed or removed in English?)");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The argument numbers with their format type ({1,choice,...} -> "1,choice"), as a set. */
    static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)(,\\s*(number|choice|date|time))?").matcher(pattern);
        while (m.find()) {
            found.add(m.group(1) + (m.group(3) == null ? "" : "," + m.group(3)));
        }
        return found;
    }

    private static Properties load(String resource) {
        try (InputStream in = TranslationCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
