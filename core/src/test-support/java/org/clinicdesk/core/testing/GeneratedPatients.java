package org.clinicdesk.core.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientStatus;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.patient.Uhid;

/**
 * Realistic registered patients drawn from a seeded random: Indian given and family names, dates of birth over 88
 * years, mobile numbers, an allergy now and then. The 100,000-patient stores of the benchmarks and campaigns.
 */
public final class GeneratedPatients {
    public static final String[] GIVEN = {"Aarav", "Asha", "Anil", "Bhavna", "Chitra", "Deepak", "Divya", "Farhan",
            "Gita", "Harish", "Imran", "Jaya", "Kavya", "Kiran", "Lakshmi", "Manoj", "Meena", "Mohammed", "Nandini",
            "Neha", "Pooja", "Prakash", "Priya", "Rahul", "Rajesh", "Ramesh", "Ravi", "Sanjay", "Sara", "Shreya",
            "Suresh", "Tanvi", "Uma", "Vijay", "Vikram", "Yusuf", "Zoya", "Joseph", "Mary", "Fatima"};
    public static final String[] FAMILY = {"Sharma", "Rao", "Iyer", "Nair", "Reddy", "Patel", "Shah", "Khan",
            "Singh", "Gupta", "Menon", "Pillai", "Das", "Banerjee", "Mukherjee", "Kulkarni", "Joshi", "Desai", "Naidu",
            "Fernandes", "D'Souza", "Qureshi", "Ansari", "Chatterjee", "Bose", "Mehta", "Verma", "Yadav", "Hegde",
            "Shetty", "Kamath", "Bhat", "Pandey", "Mishra", "Thomas", "George", "Varghese", "Ali", "Siddiqui", "Gowda"};

    private GeneratedPatients() {
    }

    /** The patient with UHID {@code site}-{@code serial}. */
    public static Patient patient(UUID id, SiteCode site, long serial, Random random) {
        String given = GIVEN[random.nextInt(GIVEN.length)] + (random.nextInt(5) == 0 ? " " + GIVEN[random.nextInt(GIVEN.length)] : "");
        PersonName name = new PersonName(given, FAMILY[random.nextInt(FAMILY.length)]);
        LocalDate dob = LocalDate.of(1935, 1, 1).plusDays(random.nextInt(32_000));
        PhoneNumber phone = random.nextInt(10) == 0 ? null : PhoneNumber.parse(phone(random));
        return new Patient(id, new Uhid(site, serial), name,
                new DateOfBirth(dob, random.nextInt(20) == 0), random.nextBoolean() ? Sex.F : Sex.M, phone,
                (1 + random.nextInt(300)) + " Main Road", random.nextInt(8) == 0 ? List.of("penicillin") : List.of(),
                PatientStatus.ACTIVE);
    }

    public static String phone(Random random) {
        return (6 + random.nextInt(4)) + String.format("%09d", random.nextInt(1_000_000_000));
    }
}
