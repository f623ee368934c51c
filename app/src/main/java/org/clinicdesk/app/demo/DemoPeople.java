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
    /** Names that go together: a given name from one part of the world with a family name from the same part. */
    private record Region(List<String> female, List<String> male, List<String> family, String city) {
    }

    private static final List<Region> INDIA = List.of(
            new Region(List.of("Priya", "Ananya", "Sunita", "Kavya", "Deepa", "Shreya", "Radha", "Pooja"),
                    List.of("Aarav", "Rahul", "Vikram", "Arjun", "Suresh", "Rajesh", "Rohan", "Anil"),
                    List.of("Sharma", "Gupta", "Verma", "Agarwal", "Joshi", "Mishra", "Chatterjee", "Banerjee"), "Delhi"),
            new Region(List.of("Lakshmi", "Meera", "Divya", "Revathi", "Anjali", "Keerthana"),
                    List.of("Karthik", "Venkatesh", "Srinivas", "Arun", "Harish", "Manoj"),
                    List.of("Nair", "Reddy", "Iyer", "Menon", "Pillai", "Rao", "Krishnan"), "Bengaluru"),
            new Region(List.of("Fatima", "Ayesha", "Zainab", "Sana"), List.of("Mohammed", "Imran", "Faisal", "Arif"),
                    List.of("Khan", "Shaikh", "Qureshi", "Ansari"), "Hyderabad"),
            new Region(List.of("Harpreet", "Simran", "Gurleen"), List.of("Gurpreet", "Harjeet", "Manpreet"),
                    List.of("Singh", "Kaur", "Gill", "Sandhu"), "Amritsar"));
    private static final List<Region> WORLD = List.of(
            new Region(List.of("Ama", "Abena", "Chiamaka", "Ngozi"), List.of("Kwame", "Kofi", "Olumide", "Chinedu"),
                    List.of("Mensah", "Owusu", "Okafor", "Adeyemi"), "Accra"),
            new Region(List.of("Mei", "Li Na", "Yuki", "Hana"), List.of("Wei", "Jun", "Hiroshi", "Kenji"),
                    List.of("Chen", "Wang", "Tanaka", "Sato"), ""),
            new Region(List.of("Maria", "Sofia", "Lucía", "Chloé", "Ingrid"), List.of("Luca", "Pedro", "Tomás", "Lars"),
                    List.of("Rossi", "García", "Fernández", "Müller", "Dubois", "Larsen"), ""),
            new Region(List.of("Grace", "Emily", "Siobhan", "Olga"), List.of("John", "Sean", "David", "Dmitri"),
                    List.of("Smith", "O'Brien", "Taylor", "Ivanova"), ""),
            new Region(List.of("Layla", "Noor", "Mariam"), List.of("Ahmed", "Omar", "Youssef"),
                    List.of("Haddad", "Al-Sayed", "Nasser"), "Dubai"));
    private static final List<String> ALLERGIES = List.of("penicillin", "sulfa drugs", "peanuts", "aspirin", "latex");

    private final Random random;
    private final LocalDate today;
    private int made;

    DemoPeople(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    PatientDetails next() {
        boolean indian = random.nextInt(10) < 7;
        Sex sex = random.nextInt(20) == 0 ? Sex.O : random.nextBoolean() ? Sex.F : Sex.M;
        boolean female = sex == Sex.F || sex == Sex.O && random.nextBoolean();
        Region region = pick(indian ? INDIA : WORLD);
        String family = pick(region.family());
        if ("Kaur".equals(family) && !female || "Ivanova".equals(family) && !female) {
            family = region.family().get(0);
        }
        PersonName name = PersonName.parse(pick(female ? region.female() : region.male()) + " " + family);
        List<String> allergies = random.nextInt(6) == 0 ? List.of(pick(ALLERGIES)) : List.of();
        return new PatientDetails(name, dateOfBirth(), sex, phone(indian), region.city(), allergies);
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
        if (made++ % 6 == 2 && years >= 2) {
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

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
