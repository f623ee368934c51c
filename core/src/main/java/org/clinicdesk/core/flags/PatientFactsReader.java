package org.clinicdesk.core.flags;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicdesk.core.chart.Chart;
import org.clinicdesk.core.chart.ChartNote;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.history.HistoryKind;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.Prescription;
import org.clinicdesk.core.notes.PrescriptionParser;
import org.clinicdesk.core.vitals.News2Score;
import org.clinicdesk.core.vitals.Vitals;

/**
 * Reads a chart into {@link PatientFacts}. A medicine is active when it comes from a signed note and its course has
 * not ended (signing day + duration), from an imported record whose status is active, or from a record typed or
 * accepted from a document that is not marked stopped and whose course (when given) has not ended, dated within the
 * last year. A NEWS2 counts when the vitals were taken today or yesterday.
 */
public final class PatientFactsReader {
    static final int TYPED_MEDICINE_DAYS = 365;
    private static final Pattern FHIR_STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([a-z-]+)\"");
    private static final Pattern STOPPED = Pattern.compile("\\b(stopped|discontinued|stop)\\b", Pattern.CASE_INSENSITIVE);
    /** "Hemoglobin A1c/Hemoglobin.total in Blood: 6.1 %" (imported) or "Creatinine 2.1 mg/dL (0.6-1.3)" (typed). */
    private static final Pattern MEASURED_AFTER_COLON = Pattern.compile(
            "^\\s*(.+):\\s*([<>]?=?\\d+(?:\\.\\d+)?)\\s*([^\\s(;/]*)");
    private static final Pattern MEASURED = Pattern.compile(
            "^\\s*([^:0-9<>]+?)\\s*=?\\s*([<>]?=?\\d+(?:\\.\\d+)?)\\s*([^\\s(;]*)");

    private PatientFactsReader() {
    }

    public static PatientFacts from(Chart chart, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        List<Medicine> medicines = new ArrayList<>();
        List<String> diagnoses = new ArrayList<>();
        for (ChartNote n : chart.notes()) {
            if (!n.note().isSigned()) {
                continue;
            }
            LocalDate signed = n.note().signedTime().map(t -> LocalDate.ofInstant(t, zone)).orElse(today);
            for (Prescription p : n.current().prescriptions()) {
                if (courseRunning(signed, p.durationDays(), today) && !STOPPED.matcher(p.instructions()).find()) {
                    medicines.add(fromPrescription(p, "note " + n.note().id(), signed));
                }
            }
            n.current().diagnoses().stream().map(Diagnosis::text).forEach(diagnoses::add);
        }
        List<LabValue> labs = new ArrayList<>();
        for (HistoryEntry e : chart.history()) {
            if (e.kind() == HistoryKind.PRESCRIPTION) {
                historyMedicine(e, today).ifPresent(medicines::add);
            } else if (e.kind() == HistoryKind.DIAGNOSIS && !resolved(e)) {
                diagnoses.add(e.summary());
            } else if (e.kind() == HistoryKind.LAB_RESULT) {
                measured(e).ifPresent(labs::add);
            }
        }
        labs.sort(Comparator.comparing((LabValue v) -> v.date().orElse(LocalDate.MIN)));
        Optional<News2Score> news2 = chart.latestVitals()
                .filter(v -> !LocalDate.ofInstant(v.takenAt(), zone).isBefore(today.minusDays(1)))
                .map(Vitals::news2);
        Optional<Integer> age = Optional.of(chart.patient().dateOfBirth().ageOn(today));
        return new PatientFacts(chart.patient().id(), chart.patient().uhid().value(), chart.patient().name().full(),
                today, age, medicines, diagnoses, chart.patient().allergies(), labs, news2);
    }

    /** A prescription being written (not signed yet) as a medicine for the check. */
    public static Medicine fromPrescription(Prescription p, String source, LocalDate date) {
        return new Medicine(p.drug() + " " + p.strength(), source, Optional.of(date), Optional.of(p.strength()),
                p.frequency().dosesPerDay());
    }

    /** A course of N days started on day S covers S to S+N-1. */
    static boolean courseRunning(LocalDate start, Integer days, LocalDate today) {
        return days == null || today.isBefore(start.plusDays(days));
    }

    private static Optional<Medicine> historyMedicine(HistoryEntry e, LocalDate today) {
        String name = e.summary().split(" — ", 2)[0];
        Matcher status = FHIR_STATUS.matcher(e.details() == null ? "" : e.details());
        if (e.details() != null && e.details().contains("\"resourceType\"") && status.find()) {
            return "active".equals(status.group(1)) || "intended".equals(status.group(1)) || "on-hold".equals(
                    status.group(1)) ? Optional.of(new Medicine(name, "history " + e.id(),
                    Optional.ofNullable(e.date()), Optional.empty(), OptionalInt.empty())) : Optional.empty();
        }
        if (STOPPED.matcher(e.summary()).find()) {
            return Optional.empty();
        }
        Optional<Prescription> parsed = parse(e.summary());
        LocalDate date = e.date();
        if (date != null) {
            Integer days = parsed.map(Prescription::durationDays).orElse(null);
            boolean running = days != null ? courseRunning(date, days, today)
                    : !date.isBefore(today.minusDays(TYPED_MEDICINE_DAYS));
            if (!running) {
                return Optional.empty();
            }
        }
        return Optional.of(parsed.map(p -> new Medicine(name, "history " + e.id(), Optional.ofNullable(date),
                        Optional.of(p.strength()), p.frequency().dosesPerDay()))
                .orElseGet(() -> new Medicine(name, "history " + e.id(), Optional.ofNullable(date), Optional.empty(),
                        OptionalInt.empty())));
    }

    private static Optional<Prescription> parse(String line) {
        try {
            return Optional.of(PrescriptionParser.parse(line));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    private static boolean resolved(HistoryEntry e) {
        String d = e.details() == null ? "" : e.details();
        return d.contains("\"abatementDateTime\"") || d.contains("\"resolved\"") || STOPPED.matcher(e.summary()).find()
                || e.summary().toLowerCase(Locale.ROOT).contains("resolved");
    }

    static Optional<LabValue> measured(HistoryEntry e) {
        Matcher m = MEASURED_AFTER_COLON.matcher(e.summary());
        if (!m.find()) {
            m = MEASURED.matcher(e.summary());
            if (!m.find()) {
                return Optional.empty();
            }
        }
        String value = m.group(2).replaceFirst("^[<>]=?", "");
        return Optional.of(new LabValue(m.group(1).strip().toLowerCase(Locale.ROOT), new BigDecimal(value),
                m.group(3), Optional.ofNullable(e.date()), e.id().toString()));
    }
}
