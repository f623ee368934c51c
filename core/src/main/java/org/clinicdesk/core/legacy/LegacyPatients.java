package org.clinicdesk.core.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Sex;

/**
 * A patient of the previous system, in either of its two shapes (with and without {@code uhid}), as registration
 * details. The previous system often kept an age instead of a date of birth: the age is taken as it was on the day
 * the record was created, and the date of birth estimated from it and marked as estimated, as at the desk.
 */
final class LegacyPatients {
    private static final List<String> DOB_FIELDS = List.of("date_of_birth", "dob", "birth_date");

    private LegacyPatients() {
    }

    static PatientDetails details(LegacyFields f, String key, LocalDate today, DateOrder order) {
        if (!f.node().isObject()) {
            throw f.refused("", "is " + LegacyFile.type(f.node()) + ", not a patient record");
        }
        String id = f.text("patient_id");
        if (!id.isEmpty() && !id.equals(key)) {
            throw f.refused("patient_id", "'" + id + "' differs from the key '" + key + "' the record is filed under");
        }
        PersonName name;
        try {
            name = PersonName.parse(f.required("name"));
        } catch (ValidationException e) {
            throw f.refused("name", e);
        }
        DateOfBirth dob = dateOfBirth(f, today, order);
        Sex sex = sex(f, f.text("gender").isEmpty() ? "sex" : "gender");
        PhoneNumber phone = null;
        if (!f.text("phone").isEmpty()) {
            try {
                phone = PhoneNumber.parse(f.text("phone"));
            } catch (ValidationException e) {
                throw f.refused("phone", e);
            }
        }
        return new PatientDetails(name, dob, sex, phone, f.text("address"), List.of());
    }

    private static DateOfBirth dateOfBirth(LegacyFields f, LocalDate today, DateOrder order) {
        for (String field : DOB_FIELDS) {
            String text = f.text(field);
            if (!text.isEmpty()) {
                try {
                    return DateOfBirth.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text,
                            order, today);
                } catch (ValidationException e) {
                    throw f.refused(field, e);
                }
            }
        }
        JsonNode age = f.node().get("age");
        if (age == null || age.isNull() || age.asText().isBlank()) {
            throw f.refused("age", "is missing, and there is no date_of_birth either");
        }
        LocalDate recorded = f.optionalTime("created_at").map(f::day).orElse(today);
        try {
            if (age.isIntegralNumber()) {
                return DateOfBirth.fromAge(age.asInt(), recorded);
            }
            if (age.isTextual() && age.asText().strip().matches("\\d{1,3}")) {
                return DateOfBirth.fromAge(Integer.parseInt(age.asText().strip()), recorded);
            }
            if (age.isTextual() && age.asText().strip().matches("\\d{1,3}\\s*[A-Za-z]{1,6}\\.?")) {
                // "8 m", "3 w", "35 yrs": read as the desk reads an age
                return DateOfBirth.parse(age.asText(), DateOrder.DAY_FIRST, recorded);
            }
        } catch (ValidationException e) {
            throw f.refused("age", "'" + age.asText() + "' is not an age: " + e.reason());
        }
        throw f.refused("age", age + " is not an age: a number of years such as 45 (or 8 m, 3 w, 10 d) was expected");
    }

    /** The spellings the previous system let through: female/male/other, F/M/O, in any case, and a few words. */
    static Sex sex(LegacyFields f, String field) {
        String text = f.text(field);
        switch (text.toLowerCase(Locale.ROOT)) {
            case "f", "female", "woman", "girl", "fem":
                return Sex.F;
            case "m", "male", "man", "boy":
                return Sex.M;
            case "o", "other", "transgender", "third gender", "non-binary", "nonbinary":
                return Sex.O;
            case "":
                throw f.refused(field, "is missing (female, male or other)");
            default:
                throw f.refused(field, "'" + text + "' is not female, male or other (F, M or O)");
        }
    }
}
