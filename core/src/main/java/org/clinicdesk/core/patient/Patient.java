package org.clinicdesk.core.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A person registered at the clinic, identified by a UHID that the issuing desk gave them. A record found to be a
 * duplicate points at the patient it was merged into ({@code mergedIntoId}); its UHID then is an alias of that one.
 */
public record Patient(UUID id, Uhid uhid, PersonName name, DateOfBirth dateOfBirth, Sex sex, PhoneNumber phone,
                      String address, List<String> allergies, PatientStatus status, Particulars particulars,
                      UUID mergedIntoId) {

    public Patient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uhid, "uhid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(status, "status");
        allergies = List.copyOf(allergies == null ? List.of() : allergies);
        address = address == null ? "" : address;
        particulars = particulars == null ? Particulars.NONE : particulars;
    }

    /** A patient not merged into another. */
    public Patient(UUID id, Uhid uhid, PersonName name, DateOfBirth dateOfBirth, Sex sex, PhoneNumber phone,
                   String address, List<String> allergies, PatientStatus status, Particulars particulars) {
        this(id, uhid, name, dateOfBirth, sex, phone, address, allergies, status, particulars, null);
    }

    /** A patient registered without Indian particulars (relative, village, district, state, PIN, ABHA). */
    public Patient(UUID id, Uhid uhid, PersonName name, DateOfBirth dateOfBirth, Sex sex, PhoneNumber phone,
                   String address, List<String> allergies, PatientStatus status) {
        this(id, uhid, name, dateOfBirth, sex, phone, address, allergies, status, Particulars.NONE);
    }

    public Optional<PhoneNumber> phoneNumber() {
        return Optional.ofNullable(phone);
    }

    /** The patient this record was merged into, when it is a duplicate's alias. */
    public Optional<UUID> mergedInto() {
        return Optional.ofNullable(mergedIntoId);
    }

    /** This record as an alias of {@code kept}: status merged, pointing at it; everything else as it was. */
    public Patient asAliasOf(Patient kept) {
        return new Patient(id, uhid, name, dateOfBirth, sex, phone, address, allergies, PatientStatus.MERGED,
                particulars, kept.id());
    }

    /** The same patient with these allergies (the rest as it was). */
    public Patient withAllergies(List<String> recorded) {
        return new Patient(id, uhid, name, dateOfBirth, sex, phone, address, recorded, status, particulars, mergedIntoId);
    }

    public String ageLabel(LocalDate today) {
        return dateOfBirth.ageLabel(today);
    }

    public Patient withDemographics(PatientDetails details) {
        return new Patient(id, uhid, details.name(), details.dateOfBirth(), details.sex(), details.phone(),
                details.address(), details.allergies(), status, details.particulars(), mergedIntoId);
    }
}
