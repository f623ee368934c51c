package org.clinicdesk.core.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/**
 * Reads a prescription line as doctors type it ("Amoxicillin 500 mg cap oral TDS x 5 days after food",
 * "Tab Paracetamol 650mg 1-0-1 x 3/7") into a {@link Prescription}. Recognised parts (strength, dose, form, route,
 * frequency, duration) are taken out of the line; the first words left are the drug, the rest are instructions.
 * A line that leaves the drug, strength, frequency or (for injections and drops) the route unclear is refused, since a
 * guessed prescription is worse than a question.
 */
public final class PrescriptionParser {
    private static final String[] SLOT_NAMES_3 = {"morning", "afternoon", "night"};
    private static final String[] SLOT_NAMES_4 = {"morning", "afternoon", "evening", "night"};

    private PrescriptionParser() {
    }

    /** One prescription per non-blank line; an error names the line. */
    public static List<Prescription> parseAll(String text) {
        List<Prescription> result = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                result.add(parse(lines[i]));
            } catch (ValidationException e) {
                throw new ValidationException(e.field(),
                        CoreMessages.text("common.lineReason", String.valueOf(i + 1), e.reason()));
            }
        }
        return List.copyOf(result);
    }

    public static Prescription parse(String line) {
        if (line == null || line.isBlank()) {
            throw new ValidationException("prescription", CoreMessages.text("common.empty"));
        }
        String typed = line.strip().replaceAll("\\s+", " ");
        Spans spans = new Spans(typed);

        Optional<String> pattern = spans.first(PrescriptionVocabulary.DOSE_PATTERN, Matcher::group);
        Optional<String> strength = spans.first(PrescriptionVocabulary.STRENGTH, PrescriptionVocabulary::strength);
        List<String> extraStrengths = spans.all(PrescriptionVocabulary.STRENGTH, PrescriptionVocabulary::strength);
        List<String> doses = spans.all(PrescriptionVocabulary.DOSE_COUNT, PrescriptionVocabulary::doseCount);
        List<Integer> durations = spans.all(PrescriptionVocabulary.DURATION, PrescriptionVocabulary::days);
        List<Frequency> frequencies = spans.all(PrescriptionVocabulary.FREQUENCY, PrescriptionVocabulary::frequency);
        List<String> routes = spans.all(PrescriptionVocabulary.ROUTE, m -> PrescriptionVocabulary.route(m.group()));
        List<String> forms = spans.all(PrescriptionVocabulary.FORM, m -> PrescriptionVocabulary.form(m.group()));
        List<String> timings = spans.all(PrescriptionVocabulary.TIMING,
                m -> m.group().toLowerCase(Locale.ROOT).startsWith("a") ? "before food" : "after food");

        List<String> words = spans.remainingRuns();
        if (words.isEmpty()) {
            throw new ValidationException("drug", CoreMessages.text("notes.drug.unnamed", typed));
        }
        String drug = words.get(0);
        String prnLimit = "";
        if (frequencies.contains(Frequency.PRN) && frequencies.stream().distinct().count() == 2) {
            // "every 6 hours when needed": taken when needed, the regular frequency is the most it may be taken
            Frequency limit = frequencies.stream().filter(f -> f != Frequency.PRN).findFirst().orElseThrow();
            prnLimit = "at most " + limit.name() + " (" + limit.englishMeaning() + ")";
            frequencies = List.of(Frequency.PRN);
        }
        Frequency frequency = frequency(typed, drug, pattern, frequencies);
        List<String> dosesPerTime = new ArrayList<>(extraStrengths);
        dosesPerTime.addAll(doses);
        String dose = strength.orElseGet(() -> {
            if (dosesPerTime.isEmpty()) {
                throw new ValidationException("strength", CoreMessages.text("notes.noStrengthDose", typed, drug));
            }
            return dosesPerTime.remove(0);
        });
        String form = forms.isEmpty() ? "" : forms.get(0);
        String route = route(typed, drug, form, routes);
        Integer days = single("duration", typed, durations).orElse(null);

        List<String> instructions = new ArrayList<>();
        dosesPerTime.forEach(d -> instructions.add("dose " + d));
        pattern.ifPresent(p -> instructions.add(describePattern(p)));
        if (!prnLimit.isEmpty()) {
            instructions.add(prnLimit);
        }
        instructions.addAll(timings);
        instructions.addAll(words.subList(1, words.size()));
        return new Prescription(drug, dose, form, route, frequency, days, String.join(", ", instructions));
    }

    private static Frequency frequency(String typed, String drug, Optional<String> pattern, List<Frequency> typedWords) {
        Optional<Frequency> fromPattern = pattern.map(PrescriptionParser::fromPattern);
        Optional<Frequency> fromWords = single("frequency", typed, typedWords);
        if (fromPattern.isPresent() && fromWords.isPresent() && fromPattern.get() != fromWords.get()) {
            throw new ValidationException("frequency",
                    CoreMessages.text("notes.frequency.twice", typed, pattern.get(), fromWords.get()));
        }
        return fromWords.or(() -> fromPattern).orElseThrow(() -> new ValidationException("frequency",
                CoreMessages.text("notes.frequency.none", typed, drug)));
    }

    /** "1-0-1" gives one dose in each slot that is not zero: morning, (afternoon,) (evening,) night. */
    private static Frequency fromPattern(String pattern) {
        long doses = slots(pattern).stream().filter(s -> !s.matches("0+(\\.0+)?")).count();
        switch ((int) doses) {
            case 1:
                return Frequency.OD;
            case 2:
                return Frequency.BD;
            case 3:
                return Frequency.TDS;
            case 4:
                return Frequency.QID;
            default:
                throw new ValidationException("frequency", CoreMessages.text("notes.frequency.noDose", pattern));
        }
    }

    private static String describePattern(String pattern) {
        List<String> slots = slots(pattern);
        String[] names = slots.size() == 4 ? SLOT_NAMES_4 : SLOT_NAMES_3;
        return String.join("-", slots) + " (" + String.join("-", names) + ")";
    }

    private static List<String> slots(String pattern) {
        List<String> slots = new ArrayList<>();
        for (String s : pattern.split("-")) {
            slots.add(s.strip());
        }
        return slots;
    }

    private static String route(String typed, String drug, String form, List<String> routes) {
        Optional<String> given = single("route", typed, routes);
        if (given.isPresent()) {
            return given.get();
        }
        return PrescriptionVocabulary.impliedRoute(form).orElseThrow(() -> new ValidationException("route",
                CoreMessages.text("notes.route.missing", typed, drug, form)));
    }

    private static <T> Optional<T> single(String field, String typed, List<T> found) {
        if (found.stream().distinct().count() > 1) {
            throw new ValidationException(field, CoreMessages.text("notes.twice", typed, field, found));
        }
        return found.stream().findFirst();
    }

    /** The line with the parts already recognised blanked out, so that no word is read twice. */
    private static final class Spans {
        private final String text;
        private final boolean[] taken;

        Spans(String text) {
            this.text = text;
            this.taken = new boolean[text.length()];
        }

        <T> Optional<T> first(Pattern pattern, Function<Matcher, T> read) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (free(m.start(), m.end())) {
                    T value = read.apply(m);
                    take(m.start(), m.end());
                    return Optional.of(value);
                }
            }
            return Optional.empty();
        }

        <T> List<T> all(Pattern pattern, Function<Matcher, T> read) {
            List<T> values = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (free(m.start(), m.end())) {
                    values.add(read.apply(m));
                    take(m.start(), m.end());
                }
            }
            return values;
        }

        /** The stretches of words left between recognised parts, without stray punctuation or joining words. */
        List<String> remainingRuns() {
            List<String> runs = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || taken[i]) {
                    addRun(runs, run.toString());
                    run.setLength(0);
                } else {
                    run.append(text.charAt(i));
                }
            }
            return runs;
        }

        private static void addRun(List<String> runs, String run) {
            String cleaned = run.replaceAll("^[\\s,;:.()\\-]+|[\\s,;:()\\-]+$", "")
                    .replaceAll("(?i)^(?:x|×|then|and)\\s+|\\s+(?:x|×|for|then|and|of)$", "")
                    .strip();
            if (!cleaned.isEmpty() && !cleaned.matches("(?i)x|×|for|then|and|of")) {
                runs.add(cleaned);
            }
        }

        private boolean free(int start, int end) {
            for (int i = start; i < end; i++) {
                if (taken[i]) {
                    return false;
                }
            }
            return true;
        }

        private void take(int start, int end) {
            for (int i = start; i < end; i++) {
                taken[i] = true;
            }
        }
    }
}
