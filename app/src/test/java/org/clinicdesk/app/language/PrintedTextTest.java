package org.clinicdesk.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sibling of {@link HardCodedTextTest} for what leaves the window on paper or in a message: the printed papers and
 * reports (app's summary, print and reports packages) take every word from app's bundle, a clinical flag's
 * explanation, path steps and node labels are words of core's bundle (never a literal), and a {@code NotFoundException}
 * names a core bundle key, never an English sentence.
 */
class PrintedTextTest {
    private static final List<Path> PRINTED = List.of(Path.of("src/main/java/org/clinicdesk/app/summary"),
            Path.of("src/main/java/org/clinicdesk/app/print"), Path.of("src/main/java/org/clinicdesk/app/reports"));
    private static final Path CORE = Path.of("../core/src/main/java/org/clinicdesk/core");
    private static final Path APP = Path.of("src/main/java/org/clinicdesk/app");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** A capitalised word ("Vitals"), two words ("on air"), or a piece glued to a value ("Phone ", " by "). */
    private static final Pattern WORDS = Pattern.compile(
            "^[A-Z][a-z]+\\b|[A-Za-z]{2,} [A-Za-z]|[A-Za-z]{3,} $|^ [A-Za-z]{2,}");
    /** Statements that are not printed: errors for the log, argument checks, file names. */
    private static final Pattern NOT_PRINTED = Pattern.compile(
            "Exception\\(|requireNonNull|LOG\\.|setCreator|ofPattern|getPDFName|PdfFile\\.write|^\\s*import ");
    private static final Set<String> UNITS = Set.of(" mmHg", " /min", " kg", " cm", " kg/m²");
    /** A date-time pattern ("EEEE, d MMM yyyy"): pattern letters, quoted text and punctuation only. */
    private static final Pattern DATE_PATTERN = Pattern.compile(
            "(?=.*(yyyy|MMM|HH:mm|EEE))(?:[dMyHhmsEazx]+|'[^']*'|[ ,:./()-])+");

    /** A flag whose explanation (the third argument) is not words of core's bundle or a name that holds them. */
    private static final Pattern FLAG_EXPLANATION = Pattern.compile(
            "(?:\\.flag|new ClinicalFlag)\\(\\s*FlagKind\\.\\w+,\\s*[^,]+,\\s*+(?!FlagText\\.message\\(|\\w+\\s*,)");
    /**
     * Words of a flag written as a literal: a value shown as it is ({@code FlagText.value("takes")}, a node labelled
     * {@code "allergy: " + name}) reads in English whatever the reader's language. Steps are relations
     * ({@code FlagEdge.Relation}) or rules of core's bundle; values come from the chart and the knowledge files.
     */
    private static final Pattern FLAG_LITERAL_WORDS = Pattern.compile(
            "FlagText\\.value\\(\\s*\"|new FlagEdge\\(\\s*\"|new FlagNode\\(\\s*[^,]+,\\s*[^,]+,\\s*\"[^\"]*[A-Za-z]{2,}");
    private static final Pattern NOT_FOUND_TEXT = Pattern.compile("new (?:[\\w.]+\\.)?NotFoundException\\(\\s*+\"(?!notFound\\.)");

    @Test
    void printedPapersAndReportsTakeTheirWordsFromTheBundle() {
        List<String> found = new ArrayList<>();
        PRINTED.forEach(dir -> found.addAll(printedWords(dir)));
        assertThat(found).as("use Messages.get(key) with a pdf.* or report.* key in messages.properties").isEmpty();
    }

    @Test
    void flagExplanationsComeFromCoresBundle() {
        assertThat(matches(CORE.resolve("flags"), FLAG_EXPLANATION))
                .as("build the explanation with CoreMessages.text(\"flag.explain...\", ...)").isEmpty();
    }

    @Test
    void flagStepsAndLabelsAreNotWrittenAsLiterals() {
        assertThat(matches(CORE.resolve("flags"), FLAG_LITERAL_WORDS))
                .as("a step is a FlagEdge.Relation or FlagText.message(\"flag.rule...\"), a label FlagText.message(...)")
                .isEmpty();
    }

    @Test
    void notFoundNamesABundleKey() {
        List<String> found = new ArrayList<>(matches(CORE, NOT_FOUND_TEXT));
        found.addAll(matches(APP, NOT_FOUND_TEXT));
        assertThat(found).as("new NotFoundException(\"notFound.x\", key) with the key in core's messages.properties")
                .isEmpty();
    }

    @Test
    void theScansFindAHardCodedLabel() {
        assertThat(printed("heading(\"Vitals\", 70);")).containsExactly("Vitals");
        assertThat(printed("canvas.paragraph(\"Phone \" + contact.phone(), SMALL);")).containsExactly("Phone ");
        assertThat(printed("String s = spo2 + (air ? \"on air\" : \"on oxygen\");")).hasSize(2);
        assertThat(printed("heading(Messages.get(\"pdf.summary.vitals\"), 70);")).isEmpty();
        assertThat(printed("x = signs.heartRate() + \" /min\";")).isEmpty();
        assertThat(printed("throw new IllegalStateException(\"cannot write the \" + what);")).isEmpty();
        assertThat(printed("return format(\"EEEE, d MMM yyyy\", day);")).isEmpty();
        assertThat(printed("return format(\"Follow-up on \" + day);")).containsExactly("Follow-up on ");
        assertThat(FLAG_EXPLANATION.matcher("g.flag(FlagKind.ALLERGY, r.severity(),\n  g.medicine(med).name() + \" for a"
                + " patient allergic to \" + a, \"allergies.csv\", path)").find()).isTrue();
        assertThat(FLAG_EXPLANATION.matcher("g.flag(FlagKind.NEWS2, high ? FlagSeverity.HIGH : FlagSeverity.LOW, "
                + "\"NEWS2 \" + s.total(), source, nodes)").find()).isTrue();
        assertThat(FLAG_EXPLANATION.matcher("g.flag(FlagKind.ALLERGY, r.severity(), FlagText.message(\"k\", a), "
                + "\"allergies.csv\", path)").find()).isFalse();
        assertThat(FLAG_EXPLANATION.matcher("g.flag(FlagKind.ALLERGY, r.severity(), CoreMessages.text(\"k\", a), "
                + "\"allergies.csv\", path)").find()).as("rendered once, in the raiser's language").isTrue();
        assertThat(FLAG_LITERAL_WORDS.matcher("own.addEdge(patient, node, new FlagEdge(FlagText.value(\"takes\")));")
                .find()).isTrue();
        assertThat(FLAG_LITERAL_WORDS.matcher("g.link(a, b, FlagText.value( \"high: cross-reacts\"));").find()).isTrue();
        assertThat(FLAG_LITERAL_WORDS.matcher("new FlagNode(FlagNode.Type.ALLERGY, \"allergy:\" + a, \"allergy: \" + a)")
                .find()).isTrue();
        assertThat(FLAG_LITERAL_WORDS.matcher("own.addEdge(patient, node, new FlagEdge(FlagEdge.Relation.TAKES));")
                .find()).isFalse();
        assertThat(FLAG_LITERAL_WORDS.matcher("new FlagNode(FlagNode.Type.MEDICINE, \"m:\" + written, m.name())")
                .find()).isFalse();
        assertThat(FLAG_LITERAL_WORDS.matcher("FlagText.value(r.get(3))").find()).isFalse();
        assertThat(FLAG_LITERAL_WORDS.matcher("new FlagNode(FlagNode.Type.OBSERVATION, \"obs:\" + id, words())")
                .find()).isFalse();
        assertThat(FLAG_EXPLANATION.matcher("g.flag(FlagKind.INTERACTION, ix.severity(), text, ix.source(), path)")
                .find()).isFalse();
        assertThat(NOT_FOUND_TEXT.matcher("new NotFoundException(\"Patient with UHID\", uhid)").find()).isTrue();
        assertThat(NOT_FOUND_TEXT.matcher("new org.clinicdesk.core.common.NotFoundException(\"Patient with UHID\", u)")
                .find()).isTrue();
        assertThat(NOT_FOUND_TEXT.matcher("new NotFoundException(\"notFound.patient\", uhid)").find()).isFalse();
    }

    private static List<String> printedWords(Path dir) {
        List<String> found = new ArrayList<>();
        forEachSource(dir, (file, text) -> printed(withoutComments(text)).forEach(w -> found.add(file + ": \"" + w + "\"")));
        return found;
    }

    /** The literals of printed words in {@code code}, statement by statement. */
    static List<String> printed(String code) {
        List<String> found = new ArrayList<>();
        for (String statement : statements(code)) {
            if (NOT_PRINTED.matcher(statement).find()) {
                continue;
            }
            Matcher m = LITERAL.matcher(statement);
            while (m.find()) {
                String literal = m.group(1);
                if (!literal.contains("/") && !UNITS.contains(literal) && !DATE_PATTERN.matcher(literal).matches()
                        && WORDS.matcher(literal).find()) {
                    found.add(literal);
                }
            }
        }
        return found;
    }

    /** The code cut at every ';', '{' and '}' outside a string literal. */
    private static List<String> statements(String code) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inLiteral = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inLiteral && c == '\\' && i + 1 < code.length()) {
                current.append(c).append(code.charAt(++i));
                continue;
            }
            if (c == '"' && (i == 0 || code.charAt(i - 1) != '\'')) {
                inLiteral = !inLiteral;
            }
            if (!inLiteral && (c == ';' || c == '{' || c == '}')) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }

    private static String withoutComments(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
    }

    private static List<String> matches(Path dir, Pattern pattern) {
        List<String> found = new ArrayList<>();
        forEachSource(dir, (file, text) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int line = text.substring(0, m.start()).split("\n", -1).length;
                found.add(file + ":" + line);
            }
        });
        return found;
    }

    private static void forEachSource(Path dir, java.util.function.BiConsumer<Path, String> each) {
        assertThat(dir).as("run from the app module").isDirectory();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                each.accept(dir.relativize(file), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
