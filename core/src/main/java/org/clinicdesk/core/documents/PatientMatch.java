package org.clinicdesk.core.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.extraction.DateFact;
import org.clinicdesk.core.extraction.DateRole;
import org.clinicdesk.core.extraction.FactExtractor;
import org.clinicdesk.core.patient.NameSimilarity;
import org.clinicdesk.core.patient.Patient;

/**
 * Compares who a document names with the chart it is going into. A name that is not similar (see
 * {@link NameSimilarity}), an age more than two years off on the document's date (the chart may hold an estimated
 * birth date), another date of birth, sex, UHID or phone is a mismatch; a field the document does not print is none.
 */
public final class PatientMatch {
    private static final int AGE_TOLERANCE_YEARS = 2;

    private PatientMatch() {
    }

    /**
     * Reads who the document's text names and compares it with the patient, judging an age on the date the paper
     * was written (its first printed date that is not a birth date, else today).
     */
    public static List<PatientMismatch> check(String documentText, Patient patient, DateOrder order, LocalDate today) {
        LocalDate written = new FactExtractor(order).extract(documentText).stream().filter(DateFact.class::isInstance)
                .map(DateFact.class::cast).filter(d -> d.role() != DateRole.BIRTH && !d.date().isAfter(today))
                .map(DateFact::date).findFirst().orElse(today);
        return compare(PrintedPatient.read(documentText, order, today), patient, written);
    }

    /** {@code documentDate} is when the paper was written (its printed date), else today. */
    public static List<PatientMismatch> compare(PrintedPatient printed, Patient patient, LocalDate documentDate) {
        List<PatientMismatch> mismatches = new ArrayList<>();
        printed.name().filter(n -> !NameSimilarity.similar(n, patient.name().full()))
                .ifPresent(n -> mismatches.add(new PatientMismatch("name", n, patient.name().full())));
        int chartAge = patient.dateOfBirth().ageOn(documentDate);
        printed.age().filter(a -> Math.abs(a - chartAge) > AGE_TOLERANCE_YEARS)
                .ifPresent(a -> mismatches.add(new PatientMismatch("age", a + " years", chartAge + " years")));
        LocalDate chartBirth = patient.dateOfBirth().date();
        printed.dateOfBirth().filter(d -> patient.dateOfBirth().estimated()
                        ? Math.abs(d.getYear() - chartBirth.getYear()) > 1 : !d.equals(chartBirth))
                .ifPresent(d -> mismatches.add(new PatientMismatch("date of birth", d.toString(), chartBirth.toString())));
        printed.sex().filter(s -> s != patient.sex())
                .ifPresent(s -> mismatches.add(new PatientMismatch("sex", s.name(), patient.sex().name())));
        printed.uhid().filter(u -> !u.equalsIgnoreCase(patient.uhid().value()))
                .ifPresent(u -> mismatches.add(new PatientMismatch("UHID", u, patient.uhid().value())));
        patient.phoneNumber().ifPresent(phone -> printed.phoneDigits().filter(p -> !phone.digits().endsWith(p)
                        && !p.endsWith(phone.digits()))
                .ifPresent(p -> mismatches.add(new PatientMismatch("phone", p, phone.digits()))));
        return List.copyOf(mismatches);
    }
}
