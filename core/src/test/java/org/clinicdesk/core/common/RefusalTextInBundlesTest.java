package org.clinicdesk.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clinicdesk.core.patient.Allergies;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.SpO2Scale;
import org.clinicdesk.core.vitals.VitalSigns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Core's refusals are read by clinic staff, so their text comes from core's bundle: a source scan finds any refusal
 * built from an English literal, in any file of core (a semicolon inside a text does not hide a refusal).
 */
class RefusalTextInBundlesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern REFUSAL = Pattern.compile(
            "new (ValidationException|RuleViolationException|PermissionDeniedException)\\("
                    + "(?:\\s*(\"[^\"]*\"|[\\w.()]+)\\s*,)?((?:\"(?:[^\"\\\\]|\\\\.)*\"|[^;\"])*?)\\)\\s*;",
            Pattern.DOTALL);
    private static final Pattern KEY = Pattern.compile("CoreMessages\\.text\\(\\s*\"[^\"]*\"");
    private static final Pattern WORDS = Pattern.compile("\"[^\"]*[A-Za-z][^\"]*\"");

    @AfterEach
    void english() {
        CoreMessages.use(Locale.ROOT);
    }

    @Test
    void noRefusalIsWrittenInCode() throws IOException {
        assertThat(filesWithLiteralRefusals()).as("refusals with English text in code; use CoreMessages.text(key, ...)").isEmpty();
    }

    @Test
    void vitalsRefusalSpeaksHindiWhenChosen() {
        CoreMessages.use(Locale.forLanguageTag("hi"));
        ValidationException e = refusal(() -> new VitalSigns(720, 16, 120, 80, 37.0, 98, SpO2Scale.SCALE_1, false,
                Acvpu.A, null, null));
        assertThat(e.reason()).isEqualTo("नाड़ी 720 beats/min सीमा 20 से 300 beats/min के बाहर है; शायद टाइप करने में"
                + " ग़लती हुई है");
        assertThat(refusal(() -> Sex.parse("X")).reason()).isEqualTo("'X' F, M या O नहीं है");
    }

    @Test
    void textsCoreBuildsForScreensSpeakHindiWhenChosen() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertThat(Role.RECEPTION.label()).isEqualTo("Reception");
        assertThat(DateOfBirth.fromAge(45, today).ageLabel(today)).isEqualTo("about 45 y");
        assertThat(Allergies.describe(List.of())).isEqualTo("not recorded");
        CoreMessages.use(Locale.forLanguageTag("hi"));
        assertThat(Role.RECEPTION.label()).isEqualTo("रिसेप्शन");
        assertThat(QueueStatus.READY_FOR_DOCTOR.label()).isEqualTo("डॉक्टर के लिए तैयार");
        assertThat(DateOfBirth.fromAge(45, today).ageLabel(today)).isEqualTo("लगभग 45 वर्ष");
        assertThat(Allergies.describe(List.of())).isEqualTo("दर्ज नहीं");
        assertThat(Allergies.describe(List.of(Allergies.NONE_KNOWN))).isEqualTo("कोई ज्ञात एलर्जी नहीं");
    }

    @Test
    void refusalsStayEnglishByDefault() {
        assertThat(refusal(() -> Sex.parse("X")).reason()).isEqualTo("'X' is not F, M or O");
    }

    private static ValidationException refusal(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    private static Set<String> filesWithLiteralRefusals() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(RefusalTextInBundlesTest::hasLiteral)
                    .map(p -> SOURCES.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static boolean hasLiteral(Path file) {
        try {
            Matcher m = REFUSAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                if (WORDS.matcher(KEY.matcher(m.group(3)).replaceAll("")).find()) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
