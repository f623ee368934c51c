package org.clinicdesk.core.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicdesk.core.notes.Frequency;

/**
 * Reads when a medicine is taken from the text after its name: the regular schedule, "as needed" (PRN, SOS, when
 * required) and "stat" kept apart from it, so "Q6H PRN" is every 6 hours only when needed, and a course printed in
 * steps ("1-0-1 x 5 days then 1-0-0") read step by step.
 */
final class MedicationSchedule {
    private static final Pattern THEN = Pattern.compile("(?<![\\p{L}])(then|followed by|thereafter)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AS_NEEDED = Pattern.compile("prn|sos|(as|when|if) (needed|required)",
            Pattern.CASE_INSENSITIVE);
    static final Pattern STOP_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(stop|discontinue|d/c|cease|withdraw)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    static final Pattern STOP_AFTER = Pattern.compile(
            "(?<![\\p{L}])(stopped|discontinued|withdrawn|ceased)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    record Schedule(Optional<Frequency> frequency, Optional<DoseDuration> duration, boolean asNeeded, boolean stat,
                    List<DoseStep> steps, int end) {
    }

    private MedicationSchedule() {
    }

    static Schedule read(String text, int from, int to) {
        List<int[]> pieces = new ArrayList<>();
        Matcher then = THEN.matcher(text).region(from, to);
        int start = from;
        while (then.find()) {
            pieces.add(new int[] {start, then.start()});
            start = then.end();
        }
        pieces.add(new int[] {start, to});
        boolean asNeeded = false;
        boolean stat = false;
        int end = from;
        List<DoseStep> steps = new ArrayList<>();
        for (int[] piece : pieces) {
            // The first step is printed from its schedule on: the strength before it belongs to the medicine.
            int printedFrom = piece == pieces.get(0) ? piece[1] : piece[0];
            Optional<Frequency> frequency = Optional.empty();
            Matcher f = MedicationPatterns.FREQUENCY.matcher(text).region(piece[0], piece[1]);
            while (f.find()) {
                String word = f.group(1);
                if (AS_NEEDED.matcher(word).matches()) {
                    asNeeded = true;
                } else if (word.equalsIgnoreCase("stat")) {
                    stat = true;
                } else if (frequency.isEmpty()) {
                    frequency = MedicationPatterns.frequency(word);
                } else {
                    continue;
                }
                printedFrom = Math.min(printedFrom, f.start());
                end = Math.max(end, f.end());
            }
            Optional<DoseDuration> duration = Optional.empty();
            Matcher d = MedicationPatterns.DURATION.matcher(text).region(piece[0], piece[1]);
            if (d.find()) {
                duration = Optional.of(MedicationPatterns.duration(d.toMatchResult()));
                printedFrom = Math.min(printedFrom, d.start());
                end = Math.max(end, d.end());
            }
            if (frequency.isPresent() || duration.isPresent()) {
                String printed = text.substring(printedFrom, piece[1]).strip().replaceAll("\\s+", " ")
                        .replaceAll("^[,;.]\\s*|[,;.]$", "");
                steps.add(new DoseStep(frequency, printed, duration));
            }
        }
        Optional<Frequency> regular = steps.isEmpty() ? Optional.empty() : steps.get(0).frequency();
        if (regular.isEmpty()) {
            regular = asNeeded ? Optional.of(Frequency.PRN) : stat ? Optional.of(Frequency.STAT) : Optional.empty();
        }
        Optional<DoseDuration> duration = steps.stream().map(DoseStep::duration).flatMap(Optional::stream).findFirst();
        return new Schedule(regular, duration, asNeeded, stat, steps.size() > 1 ? steps : List.of(), end);
    }
}
