package org.clinicdesk.app.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Sex;

/** Made-up but believable patients: Indian and international names, phones and dates of birth, some estimated. */
final class DemoPeople {
    private static final List<String> INDIAN_FEMALE = List.of("Priya", "Ananya", "Lakshmi", "Sunita", "Kavya", "Meera",
            "Fatima", "Deepa", "Harpreet", "Shreya", "Radha", "Asha");
    private static final List<String> INDIAN_MALE = List.of("Aarav", "Rahul", "Vikram", "Arjun", "Mohammed", "Suresh",
            "Rajesh", "Karthik", "Gurpreet", "Imran", "Anil", "Rohan");
    private static final List<String> INDIAN_FAMILY = List.of("Sharma", "Nair", "Reddy", "Iyer", "Patel", "Khan",
            "Singh", "Das", "Menon", "Gupta", "Banerjee", "Kulkarni", "Fernandes", "Chatterjee");
    private static final List<String> WORLD_FEMALE = List.of("Maria", "Sofia", "Amara", "Olga", "Chloé", "Yuki", "Grace",
            "Zanele", "Ingrid", "Lucía");
    private static final List<String> WORLD_MALE = List.of("John", "Kwame", "Luca", "Chen", "Ahmed", "Pedro", "Tomás",
            "Olumide", "Sean", "Hiroshi");
    private static final List<String> WORLD_FAMILY = List.of("Smith", "Mensah", "Rossi", "Wei", "García", "Ivanova",
            "O'Brien", "Okafor", "Tanaka", "Müller", "Nguyen", "Haddad");
    private static final List<String> ALLERGIES = List.of("penicillin", "sulfa drugs", "peanuts", "aspirin", "latex");

    private final Random random;
    private final LocalDate today;

    DemoPeople(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    PatientDetails next() {
        boolean indian = random.nextInt(10) < 7;
        Sex sex = random.nextInt(20) == 0 ? Sex.O : random.nextBoolean() ? Sex.F : Sex.M;
        boolean female = sex == Sex.F || sex == Sex.O && random.nextBoolean();
        List<String> given = indian ? (female ? INDIAN_FEMALE : INDIAN_MALE) : (female ? WORLD_FEMALE : WORLD_MALE);
        String family = pick(indian ? INDIAN_FAMILY : WORLD_FAMILY);
        PersonName name = PersonName.parse(pick(given) + " " + family);
        List<String> allergies = random.nextInt(6) == 0 ? List.of(pick(ALLERGIES)) : List.of();
        return new PatientDetails(name, dateOfBirth(), sex, phone(indian), indian ? "Bengaluru" : "", allergies);
    }

    /** The same person registered again with a spelling slip, as happens at a busy desk. */
    PatientDetails likelyDuplicateOf(PatientDetails original) {
        String given = original.name().given();
        String misspelt = given + given.charAt(given.length() - 1);
        return new PatientDetails(new PersonName(misspelt, original.name().family()), original.dateOfBirth(),
                original.sex(), original.phone(), original.address(), original.allergies());
    }

    private DateOfBirth dateOfBirth() {
        int years = weightedAge();
        if (random.nextInt(6) == 0 && years >= 2) {
            // Elderly patients and walk-ins often know only their age.
            return DateOfBirth.fromAge(years, today);
        }
        LocalDate date = today.minusYears(years).minusDays(random.nextInt(365));
        return DateOfBirth.exact(date, today);
    }

    private int weightedAge() {
        int band = random.nextInt(10);
        if (band == 0) {
            return random.nextInt(2);
        }
        if (band <= 2) {
            return 2 + random.nextInt(16);
        }
        return band <= 7 ? 18 + random.nextInt(42) : 60 + random.nextInt(30);
    }

    private PhoneNumber phone(boolean indian) {
        if (random.nextInt(8) == 0) {
            return null;
        }
        if (indian) {
            return PhoneNumber.parse(String.format("+91 %d%04d %05d", 7 + random.nextInt(3), random.nextInt(10_000),
                    random.nextInt(100_000)));
        }
        return switch (random.nextInt(3)) {
            case 0 -> PhoneNumber.parse(String.format("+44 7700 9%05d", random.nextInt(100_000)));
            case 1 -> PhoneNumber.parse(String.format("+1 415 555 %04d", random.nextInt(10_000)));
            default -> PhoneNumber.parse(String.format("+234 803 %03d %04d", random.nextInt(1000), random.nextInt(10_000)));
        };
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
