package org.clinicdesk.core.patient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.ValidationException;

/**
 * The demographics typed at registration or when editing, already validated. {@link #fromInput} turns raw text into
 * this, naming the first bad field.
 */
public record PatientDetails(PersonName name, DateOfBirth dateOfBirth, Sex sex, PhoneNumber phone, String address,
                             List<String> allergies, Particulars particulars) {
    public PatientDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(sex, "sex");
        address = address == null ? "" : address.trim();
        if (address.length() > 500) {
            throw new ValidationException("address", CoreMessages.text("patient.address.tooLong"));
        }
        allergies = List.copyOf(allergies == null ? List.of() : allergies);
        particulars = particulars == null ? Particulars.NONE : particulars;
    }

    /** Demographics without Indian particulars. */
    public PatientDetails(PersonName name, DateOfBirth dateOfBirth, Sex sex, PhoneNumber phone, String address,
                          List<String> allergies) {
        this(name, dateOfBirth, sex, phone, address, allergies, Particulars.NONE);
    }

    /** Raw text as typed; blank optional fields mean "not given". */
    public record Input(String name, String dob, String sex, String phone, String address, String allergies) {
    }

    /** Reads the typed text; the date of birth in the clinic's {@code order} (see {@link DateOfBirth#parse}). */
    public static PatientDetails fromInput(Input in, DateOrder order, LocalDate today) {
        return fromInput(in, Particulars.Input.NONE, order, PhoneNumber.DEFAULT_REGION, today);
    }

    /**
     * Reads the typed text with the Indian particulars; a phone without a country code is in {@code phoneRegion}
     * (e.g. {@code IN}, the clinic's setting).
     */
    public static PatientDetails fromInput(Input in, Particulars.Input particulars, DateOrder order, String phoneRegion,
                                           LocalDate today) {
        PersonName name = PersonName.parse(in.name());
        DateOfBirth dob = DateOfBirth.parse(in.dob(), order, today);
        Sex sex = Sex.parse(in.sex());
        PhoneNumber phone = in.phone() == null || in.phone().isBlank() ? null : PhoneNumber.parse(in.phone(), phoneRegion);
        return new PatientDetails(name, dob, sex, phone, in.address(), splitAllergies(in.allergies()),
                Particulars.fromInput(particulars));
    }

    public static List<String> splitAllergies(String text) {
        List<String> result = new ArrayList<>();
        if (text == null) {
            return result;
        }
        for (String part : text.split("[,;\\n]")) {
            String a = part.trim();
            if (!a.isEmpty()) {
                if (a.length() > 100) {
                    throw new ValidationException("allergies",
                            CoreMessages.text("patient.allergy.tooLong", a.substring(0, 20)));
                }
                result.add(Allergies.normalise(a));
            }
        }
        return result;
    }
}
