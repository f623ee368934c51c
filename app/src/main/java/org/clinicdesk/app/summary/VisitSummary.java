package org.clinicdesk.app.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.core.notes.Amendment;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.patient.DateOfBirthFormat;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.site.ClinicContact;
import org.clinicdesk.core.site.DoctorDetails;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.vitals.Vitals;

/**
 * Everything a printed visit summary shows: the clinic, the patient, the vitals with NEWS2, the note as signed, its
 * amendments (each with reason, author and time) and who signed it when. Times print in {@code zone}.
 */
public record VisitSummary(Clinic clinic, PatientLine patient, Optional<Vitals> vitals, NoteContent signedNote,
                           List<Amendment> amendments, String doctor, Instant signedAt, ZoneId zone,
                           List<OverriddenFlag> overriddenFlags, Optional<DoctorDetails> doctorDetails,
                           Optional<LocalDate> followUp) {

    /** A high-severity flag the doctor signed over, with the reason given ("interaction: Warfarin with ..."). */
    public record OverriddenFlag(String flag, String reason, String by, Instant at) {
    }

    /** A summary without the doctor's printed details or a follow-up date. */
    public VisitSummary(Clinic clinic, PatientLine patient, Optional<Vitals> vitals, NoteContent signedNote,
                        List<Amendment> amendments, String doctor, Instant signedAt, ZoneId zone,
                        List<OverriddenFlag> overriddenFlags) {
        this(clinic, patient, vitals, signedNote, amendments, doctor, signedAt, zone, overriddenFlags, Optional.empty(),
                Optional.empty());
    }

    /** A summary without overridden flags. */
    public VisitSummary(Clinic clinic, PatientLine patient, Optional<Vitals> vitals, NoteContent signedNote,
                        List<Amendment> amendments, String doctor, Instant signedAt, ZoneId zone) {
        this(clinic, patient, vitals, signedNote, amendments, doctor, signedAt, zone, List.of());
    }

    /** The clinic as it heads the page: name, site, and (once set) address and phone. */
    public record Clinic(String name, String site, ClinicContact contact) {
        public Clinic {
            Objects.requireNonNull(name, "clinic name");
            site = site == null ? "" : site;
            contact = contact == null ? ClinicContact.NONE : contact;
        }

        public Clinic(String name, String site) {
            this(name, site, ClinicContact.NONE);
        }
    }

    /** The patient as identified on the page; {@code born} as the clinic prints dates of birth. */
    public record PatientLine(String name, String born, String age, String sex, String uhid, List<String> allergies) {
        public PatientLine {
            Objects.requireNonNull(name, "patient name");
            Objects.requireNonNull(uhid, "uhid");
            born = born == null ? "" : born;
            age = age == null ? "" : age;
            sex = sex == null ? "" : sex;
            allergies = List.copyOf(allergies == null ? List.of() : allergies);
        }
    }

    public VisitSummary {
        Objects.requireNonNull(clinic, "clinic");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(signedNote, "signedNote");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(doctor, "doctor");
        vitals = vitals == null ? Optional.empty() : vitals;
        amendments = List.copyOf(amendments == null ? List.of() : amendments);
        zone = zone == null ? ZoneId.systemDefault() : zone;
        overriddenFlags = List.copyOf(overriddenFlags == null ? List.of() : overriddenFlags);
        doctorDetails = doctorDetails == null ? Optional.empty() : doctorDetails;
        followUp = followUp == null ? Optional.empty() : followUp;
    }

    /** The same summary listing the flags overridden when the note was signed. */
    public VisitSummary withOverriddenFlags(List<OverriddenFlag> flags) {
        return new VisitSummary(clinic, patient, vitals, signedNote, amendments, doctor, signedAt, zone, flags,
                doctorDetails, followUp);
    }

    /**
     * The same summary under the clinic's letterhead: its address and phone, and the signing doctor's full name,
     * qualification and registration number when the clinic has recorded them.
     */
    public VisitSummary withLetterhead(ClinicContact contact, Optional<DoctorDetails> signer) {
        return new VisitSummary(new Clinic(clinic.name(), clinic.site(), contact), patient, vitals, signedNote,
                amendments, doctor, signedAt, zone, overriddenFlags, signer, followUp);
    }

    /** The same summary asking the patient back on {@code date}. */
    public VisitSummary withFollowUp(Optional<LocalDate> date) {
        return new VisitSummary(clinic, patient, vitals, signedNote, amendments, doctor, signedAt, zone,
                overriddenFlags, doctorDetails, date);
    }

    /** The follow-up date the note (as last amended) asks for; every summary prints it. */
    static Optional<LocalDate> followUpOf(NoteContent note) {
        return note.followUp();
    }

    /** The summary of one signed note of a chart, with the vitals taken up to its signing. */
    public static VisitSummary of(SiteSettings site, org.clinicdesk.core.chart.Chart chart,
                                  org.clinicdesk.core.chart.ChartNote note, DateOfBirthFormat dates, LocalDate today,
                                  ZoneId zone) {
        return of(site, chart.patient(), chart.vitalsAt(note.note().signedAt()), note.note(), note.amendments(), dates,
                today, zone);
    }

    /** A summary of a signed note, its patient (date of birth in {@code dates}) and the vitals of the visit. */
    public static VisitSummary of(SiteSettings site, Patient patient, Optional<Vitals> vitals, SoapNote note,
                                  List<Amendment> amendments, DateOfBirthFormat dates, LocalDate today, ZoneId zone) {
        if (!note.isSigned()) {
            throw new IllegalArgumentException("a visit summary is printed from a signed note; " + note.id()
                    + " is a draft");
        }
        PatientLine line = new PatientLine(patient.name().full(), dates.format(patient.dateOfBirth(), today),
                patient.ageLabel(today), sexLabel(patient),
                patient.uhid().value(), patient.allergies());
        VisitSummary summary = new VisitSummary(new Clinic(site.clinicName(), site.site().value()), line, vitals,
                note.content(), amendments, note.signedBy(), note.signedAt(), zone);
        return summary.withFollowUp(followUpOf(summary.currentNote()));
    }

    /** The note as it stands now: the latest amendment's content, or the note as signed. */
    public NoteContent currentNote() {
        return amendments.isEmpty() ? signedNote : amendments.get(amendments.size() - 1).content();
    }

    private static String sexLabel(Patient patient) {
        return Messages.get("form.sex." + patient.sex().name());
    }
}
