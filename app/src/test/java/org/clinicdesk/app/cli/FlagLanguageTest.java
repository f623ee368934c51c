package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a stored flag is read in the reader's language, not in the language of the doctor who raised it. A flag
 * overridden at signing by a doctor working in English prints in Hindi on the visit summary a Hindi reader makes, and
 * the reverse; the plain text stored beside the words is in the raiser's language, which is what was printed before.
 * The prescriptions' frequencies print their meaning in the reader's language too.
 */
class FlagLanguageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENGLISH_TEXT = "Warfarin 5 mg with Brufen 400";
    private static final String HINDI_TEXT = "Brufen 400 1 tablet के साथ Warfarin 5 mg";

    @TempDir
    static Path home;

    @Test
    void aFlagRaisedInOneLanguagePrintsInTheReadersLanguage() throws Exception {
        ClinicDay day = ClinicDay.initialised(home.resolve("clinic"));
        String inEnglish = signOverWarfarinAndBrufen(day, "en", "Kavya Menon", "9000000011");
        String inHindi = signOverWarfarinAndBrufen(day, "hi", "Ravi Kumar", "9000000012");

        List<Map<String, String>> stored = StoreDump.of(day.cli.dataDir()).table("clinical_flag");
        assertThat(stored).extracting(r -> r.get("explanation")).anyMatch(t -> t.startsWith(ENGLISH_TEXT))
                .anyMatch(t -> t.startsWith(HINDI_TEXT));
        assertThat(stored).allMatch(r -> r.get("explanation_words").startsWith("{\"v\":1,"));

        assertThat(summary(day, home.resolve("en-read-hi.pdf"), inEnglish, "hi")).contains(HINDI_TEXT)
                .contains("दवाओं की पारस्परिक क्रिया").doesNotContain(ENGLISH_TEXT)
                .contains("TDS (दिन में तीन बार)").doesNotContain("three times a day");
        assertThat(summary(day, home.resolve("hi-read-en.pdf"), inHindi, "en")).contains(ENGLISH_TEXT)
                .contains("interaction").doesNotContain(HINDI_TEXT).contains("TDS (three times a day)");
        assertThat(summary(day, home.resolve("en-read-en.pdf"), inEnglish, "en")).contains(ENGLISH_TEXT);
    }

    /** A note signed over the warfarin and ibuprofen interaction with an override, by a doctor working in {@code lang}. */
    private static String signOverWarfarinAndBrufen(ClinicDay day, String lang, String name, String phone)
            throws Exception {
        String uhid = day.ok(day.desk("patient", "add", "--name", name, "--dob", "1975-06-01", "--sex", "F",
                "--phone", phone)).strip();
        String written = day.ok(day.doctor("--lang", lang, "note", "add", uhid, "--subjective", "Knee pain",
                "--rx", "Warfarin|5 mg|tablet|oral|OD||", "--rx", "Brufen 400|1 tablet|tablet|oral|TDS|5|", "--sign",
                "--override", "INR checked today; short course with PPI cover", "--json"));
        return JSON.readTree(written).get("noteId").asText();
    }

    private static String summary(ClinicDay day, Path pdf, String noteId, String lang) throws Exception {
        day.ok(day.doctor("--lang", lang, "note", "summary", noteId, "-o", pdf.toString()));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
