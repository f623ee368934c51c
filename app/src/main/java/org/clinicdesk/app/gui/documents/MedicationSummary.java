package org.clinicdesk.app.gui.documents;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clinicdesk.core.extraction.DoseDuration;
import org.clinicdesk.core.extraction.DoseStep;
import org.clinicdesk.core.extraction.MedicationFact;
import org.clinicdesk.core.extraction.MedicationStatus;
import org.clinicdesk.core.notes.Frequency;

/**
 * A medicine in one line for the chart, keeping what changes what the patient does: "STOP" first for a line that
 * stops it, "as needed" after a schedule (Q6H as needed), "stat", and each step of a tapering course.
 */
final class MedicationSummary {
    private MedicationSummary() {
    }

    static String of(MedicationFact m) {
        Stream<Optional<String>> schedule = m.tapering()
                ? Stream.of(Optional.of(m.steps().stream().map(DoseStep::printed).collect(Collectors.joining(", then "))))
                : Stream.of(m.frequency().filter(f -> f != Frequency.PRN || !m.asNeeded()).map(Enum::name),
                        m.duration().map(MedicationSummary::duration));
        return Stream.of(Stream.of(Optional.of(m.status() == MedicationStatus.STOPPED ? "STOP" : ""),
                                Optional.of(m.name()), m.strength().map(Object::toString), m.route().map(Enum::name)),
                        schedule,
                        Stream.of(Optional.of(m.asNeeded() ? "as needed" : ""),
                                Optional.of(m.statDose() && m.frequency().filter(f -> f != Frequency.STAT).isPresent() ? "stat" : "")))
                .flatMap(s -> s).flatMap(Optional::stream).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    }

    private static String duration(DoseDuration d) {
        return "x " + d.amount() + " " + d.unit().name().toLowerCase(Locale.ROOT);
    }
}
