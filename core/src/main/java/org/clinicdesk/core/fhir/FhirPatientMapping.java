package org.clinicdesk.core.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Sex;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.StringType;

/**
 * A FHIR Patient as registration details, and a registered patient back as a FHIR Patient. Refusals name the
 * element ({@code Patient.birthDate}) and the reason, so the import error points at the source.
 */
final class FhirPatientMapping {
    /** FHIR element paths, named in refusals as they are in the standard (not translated). */
    private static final String NAME = "Patient.name";
    private static final String BIRTH_DATE = "Patient.birthDate";
    private static final String TELECOM = "Patient.telecom";

    private FhirPatientMapping() {
    }

    static PatientDetails details(org.hl7.fhir.r4.model.Patient p, LocalDate today, String where) {
        HumanName name = p.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(p.getNameFirstRep());
        String given = name.getGiven().stream().map(StringType::getValue).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
        String family = name.getFamily() == null ? "" : name.getFamily().strip();
        if (given.isBlank() && family.isBlank()) {
            given = name.getText() == null ? "" : name.getText();
        }
        PersonName person;
        try {
            PersonName.parse((given + " " + family).strip());
            person = given.isBlank() ? new PersonName(family, "") : new PersonName(given.strip(), family);
        } catch (ValidationException e) {
            throw new ValidationException(where + " " + NAME, e.reason());
        }
        if (!p.hasBirthDateElement() || p.getBirthDateElement().getValueAsString() == null) {
            throw new ValidationException(where + " " + BIRTH_DATE, CoreMessages.text("fhir.birthDate.missing"));
        }
        LocalDate born = FhirHistoryMapping.date(p.getBirthDateElement(), where + " Patient.birthDate");
        DateOfBirth dob;
        try {
            dob = DateOfBirth.exact(born, today);
        } catch (ValidationException e) {
            throw new ValidationException(where + " " + BIRTH_DATE, e.reason());
        }
        Sex sex = p.getGender() == AdministrativeGender.FEMALE ? Sex.F : p.getGender() == AdministrativeGender.MALE ? Sex.M : Sex.O;
        PhoneNumber phone = p.getTelecom().stream().filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.PHONE)
                .map(ContactPoint::getValue).filter(v -> v != null && !v.isBlank()).findFirst()
                .map(v -> phone(v, where)).orElse(null);
        String address = p.getAddress().stream().findFirst().map(FhirPatientMapping::address).orElse("");
        return new PatientDetails(person, dob, sex, phone, address.length() > 500 ? address.substring(0, 500) : address,
                List.of());
    }

    private static PhoneNumber phone(String value, String where) {
        try {
            return PhoneNumber.parse(value);
        } catch (ValidationException e) {
            throw new ValidationException(where + " " + TELECOM, e.reason());
        }
    }

    static String address(Address a) {
        if (a.hasText()) {
            return a.getText().strip();
        }
        List<String> parts = new ArrayList<>();
        a.getLine().forEach(l -> parts.add(l.getValue()));
        Stream.of(a.getCity(), a.getState(), a.getPostalCode(), a.getCountry()).forEach(parts::add);
        return parts.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).collect(Collectors.joining(", "));
    }

    /** Keys that name this source patient: every identifier as {@code identifier:system|value}. */
    static List<String> identifierKeys(org.hl7.fhir.r4.model.Patient p) {
        return p.getIdentifier().stream().filter(Identifier::hasValue)
                .map(i -> ImportedSource.IDENTIFIER_PREFIX + (i.hasSystem() ? i.getSystem() : "") + "|" + i.getValue())
                .filter(k -> !k.startsWith(ImportedSource.IDENTIFIER_PREFIX + FhirCodes.UHID + "|"))
                .distinct().toList();
    }

    static org.hl7.fhir.r4.model.Patient toFhir(Patient patient, List<ImportedSource> sources) {
        org.hl7.fhir.r4.model.Patient p = new org.hl7.fhir.r4.model.Patient();
        p.setId(patient.id().toString());
        p.addIdentifier().setSystem(FhirCodes.UHID).setValue(patient.uhid().value());
        for (ImportedSource s : sources) {
            s.identifier().ifPresent(i -> p.addIdentifier().setSystem(i[0].isEmpty() ? null : i[0]).setValue(i[1]));
        }
        HumanName name = p.addName().setUse(HumanName.NameUse.OFFICIAL);
        for (String g : patient.name().given().split(" ")) {
            name.addGiven(g);
        }
        if (!patient.name().family().isEmpty()) {
            name.setFamily(patient.name().family());
        }
        p.setGender(switch (patient.sex()) {
            case F -> AdministrativeGender.FEMALE;
            case M -> AdministrativeGender.MALE;
            case O -> AdministrativeGender.OTHER;
        });
        p.setBirthDateElement(new DateType(patient.dateOfBirth().date().toString()));
        patient.phoneNumber().ifPresent(ph -> p.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(ph.value()));
        addIndianParticulars(p, patient);
        return p;
    }

    /**
     * The address with its Indian parts where R4 puts them (line, city = village or town, district, state, postal
     * code, country IN), the ABHA number as an identifier, and the S/O, D/O, W/O, C/O relative as a contact.
     */
    private static void addIndianParticulars(org.hl7.fhir.r4.model.Patient p, Patient patient) {
        var more = patient.particulars();
        boolean hasPlace = !more.village().isEmpty() || !more.district().isEmpty() || !more.state().isEmpty()
                || !more.pin().isEmpty();
        if (!patient.address().isBlank() || hasPlace) {
            var address = p.addAddress();
            if (!patient.address().isBlank()) {
                address.setText(patient.address());
                address.addLine(patient.address());
            }
            if (hasPlace) {
                address.setCity(emptyToNull(more.village())).setDistrict(emptyToNull(more.district()))
                        .setState(emptyToNull(more.state())).setPostalCode(emptyToNull(more.pin())).setCountry("IN");
            }
        }
        more.abhaNumber().ifPresent(abha -> p.addIdentifier().setSystem(FhirCodes.ABHA).setValue(abha.formatted()));
        more.relativeOf().ifPresent(r -> p.addContact()
                .setName(new HumanName().setText(r.name()))
                .addRelationship(new org.hl7.fhir.r4.model.CodeableConcept().setText(r.relation().label())));
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
