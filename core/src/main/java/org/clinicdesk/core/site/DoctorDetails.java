package org.clinicdesk.core.site;

import java.util.Map;
import java.util.Optional;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/**
 * What a prescription says about the doctor who signed it: full name ("Dr. Asha Rao"), qualification ("MBBS, MD")
 * and medical council registration number ("KMC 12345"). Stored as clinic settings under the doctor's user name (the name a signed note carries), so they
 * travel by sync to every desk that prints the doctor's notes.
 */
public record DoctorDetails(String fullName, String qualification, String registration) {
    public static final int MAX_NAME = 120;
    public static final int MAX_QUALIFICATION = 120;
    public static final int MAX_REGISTRATION = 40;
    private static final String REGISTRATION = "[\\p{L}\\p{N}][\\p{L}\\p{N} ./()-]*";

    public DoctorDetails {
        fullName = checked("full-name", "doctor.fullName", fullName, MAX_NAME);
        qualification = checked("qualification", "doctor.qualification", qualification, MAX_QUALIFICATION);
        registration = checked("registration", "doctor.registration", registration, MAX_REGISTRATION);
        if (!registration.matches(REGISTRATION)) {
            throw new ValidationException("registration", CoreMessages.text("doctor.registration.format", registration));
        }
    }

    /** The stored name of one of a doctor's details. */
    public static String key(String username, String part) {
        return ClinicSetting.DOCTOR_PREFIX + username + "." + part;
    }

    static final String NAME = "name";
    static final String QUALIFICATION = "qualification";
    static final String REGISTRATION_PART = "registration";

    /** The doctor's details if all three are stored and still pass their checks. */
    public static Optional<DoctorDetails> from(Map<String, String> stored, String username) {
        String name = stored.get(key(username, NAME));
        String qualification = stored.get(key(username, QUALIFICATION));
        String registration = stored.get(key(username, REGISTRATION_PART));
        if (name == null || qualification == null || registration == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DoctorDetails(name, qualification, registration));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** The room a doctor sees patients in ("Room 2"), stored as {@code doctor.<username>.room}. */
    public static final int MAX_ROOM = 40;
    static final String ROOM_PART = "room";

    /** A room as typed, checked and tidied; refused when blank or too long. */
    public static String parseRoom(String room) {
        return checked("room", "doctor.room", room, MAX_ROOM);
    }

    /** The doctor's room, if one is stored. */
    public static Optional<String> room(Map<String, String> stored, String username) {
        return Optional.ofNullable(stored.get(key(username, ROOM_PART))).filter(r -> !r.isBlank());
    }

    /** "Dr. Asha Rao, MBBS, MD" as the signature line reads. */
    public String nameWithQualification() {
        return fullName + ", " + qualification;
    }

    private static final String MISSING = ".missing";
    private static final String TOO_LONG = ".tooLong";

    /** {@code key} names the detail in core's bundle: its texts are key.missing and key.tooLong. */
    private static String checked(String field, String key, String value, int max) {
        String t = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            throw new ValidationException(field, CoreMessages.text(key + MISSING));
        }
        if (t.length() > max) {
            throw new ValidationException(field, CoreMessages.text(key + TOO_LONG, max));
        }
        return t;
    }
}
