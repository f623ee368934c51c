package org.clinicdesk.app.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.patient.DateOfBirthFormat;
import org.clinicdesk.core.patient.Particulars;
import org.clinicdesk.core.patient.DuplicateCandidate;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientDetails;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code patient ...}: register and find patients. */
@Command(name = "patient", description = "Register, find and open patients.",
        subcommands = {PatientCommands.Add.class, PatientCommands.Find.class, PatientShow.class,
                PatientMergeCommand.class, PrintToFile.Card.class})
final class PatientCommands {
    @ParentCommand
    ClinicDeskCommand root;

    /** {@code patient add}: prints the new UHID (or, with --json, the patient and any likely duplicates). */
    @Command(name = "add", description = "Register a patient; prints the UHID.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        private PatientCommands group;

        @Spec
        private CommandSpec spec;

        @Option(names = "--name", required = true, paramLabel = "TEXT", description = "Full name, family name last.")
        private String name;

        @Option(names = "--dob", paramLabel = "DATE|AGE", description = {
                "Date of birth in the clinic's date order (DD/MM/YYYY; '/', '-' or '.'), or YYYY-MM-DD,",
                "or an age when the date is not known: '35 y', '8 m', '3 w', '10 d' (stored as an estimate)."})
        private String dob;

        @Option(names = "--age", paramLabel = "AGE", description = {
                "Instead of --dob, when only the age is known: years ('35'), or '8 m', '3 w', '10 d'",
                "(the date of birth is stored as an estimate)."})
        private String age;

        @Option(names = "--relation", paramLabel = "S/O|D/O|W/O|C/O", description = "How --relative is related: son, daughter, wife of, care of.")
        private String relation;

        @Option(names = "--relative", paramLabel = "NAME", description = "The relative's name (needs --relation).")
        private String relative;

        @Option(names = "--village", paramLabel = "TEXT", description = "Village or town.")
        private String village;

        @Option(names = "--district", paramLabel = "TEXT")
        private String district;

        @Option(names = "--state", paramLabel = "NAME", description = "Indian state or union territory, e.g. Karnataka.")
        private String state;

        @Option(names = "--pin", paramLabel = "NNNNNN", description = "6-digit PIN code.")
        private String pin;

        @Option(names = "--abha", paramLabel = "NUMBER", description = "ABHA number, 14 digits (91-XXXX-XXXX-XXXX), check digit verified.")
        private String abha;

        @Option(names = "--sex", required = true, paramLabel = "F|M|O")
        private String sex;

        @Option(names = "--phone", paramLabel = "NUMBER")
        private String phone;

        @Option(names = "--address", paramLabel = "TEXT")
        private String address;

        @Option(names = "--allergies", paramLabel = "TEXT", description = "Known allergies, comma-separated.")
        private String allergies;

        @Option(names = "--json", description = "Print one JSON document: {patient, possibleDuplicates}.")
        private boolean json;

        record Registered(PatientView patient, List<Duplicate> possibleDuplicates) {
        }

        record Duplicate(String uhid, String name, List<String> reasons) {
        }

        /** --dob, or --age read as an age ("35" is 35 years); one of them, not both. */
        private String dateOfBirthOrAge() {
            if (dob != null && age != null) {
                throw new ValidationException("age", "give --dob or --age, not both");
            }
            if (age != null) {
                return age.strip().matches("\\d{1,3}") ? age.strip() + " y" : age;
            }
            if (dob == null) {
                throw new ValidationException("dob", "is missing: give --dob DATE or --age YEARS");
            }
            return dob;
        }

        @Override
        public Integer call() {
            Registered result;
            try (Session session = group.root.signIn()) {
                result = session.inTransaction(() -> {
                    PatientDetails details = PatientDetails.fromInput(
                            new PatientDetails.Input(name, dateOfBirthOrAge(), sex, phone, address, allergies),
                            new Particulars.Input(relation, relative, village, district, state, pin, abha),
                            session.services().dateOrder(), session.services().patients().phoneRegion(), session.today());
                    List<DuplicateCandidate> duplicates = session.services().patients()
                            .likelyDuplicates(session.actor(), details);
                    Patient patient = session.services().patients().register(session.actor(), details);
                    return new Registered(PatientView.of(patient, session.today()), duplicates.stream()
                            .map(d -> new Duplicate(d.patient().uhid().value(), d.patient().name().full(), d.reasons()))
                            .toList());
                });
            }
            Output out = Output.of(spec);
            if (json) {
                out.json(result);
                return ExitCode.OK;
            }
            out.line(result.patient().uhid());
            for (Duplicate d : result.possibleDuplicates()) {
                out.note("Note: this may be the same person as " + d.uhid() + " " + d.name() + " ("
                        + String.join(", ", d.reasons()) + ").");
            }
            return ExitCode.OK;
        }
    }

    /** {@code patient find TEXT}: matches name, UHID or phone. */
    @Command(name = "find", description = "Find patients by name, UHID or phone.")
    static final class Find implements Callable<Integer> {
        @ParentCommand
        private PatientCommands group;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "TEXT", description = "Part of a name, a UHID or a phone number.")
        private String text;

        @Option(names = "--json", description = "Print one JSON document: {query, patients}.")
        private boolean json;

        record Found(String query, List<PatientView> patients) {
        }

        @Override
        public Integer call() {
            Found found;
            DateOfBirthFormat format;
            LocalDate today;
            try (Session session = group.root.signIn()) {
                found = new Found(text, session.services().patients().find(session.actor(), text).stream()
                        .map(p -> PatientView.of(p, session.today())).toList());
                format = DateOfBirthFormat.of(session.services().dateOrder());
                today = session.today();
            }
            Output out = Output.of(spec);
            if (json) {
                out.json(found);
            } else if (found.patients().isEmpty()) {
                out.note("No patient matches '" + text + "'.");
            } else {
                found.patients().forEach(p -> out.line(p.line(format, today)));
                aliasNote(found).ifPresent(out::note);
            }
            return ExitCode.OK;
        }

        /** A whole UHID typed that is none of the patients found is a merged duplicate's alias of the one found. */
        private static java.util.Optional<String> aliasNote(Found found) {
            String typed = found.query().strip().toUpperCase(java.util.Locale.ROOT);
            if (found.patients().size() != 1 || !org.clinicdesk.core.patient.Uhid.looksLikeUhid(typed)) {
                return java.util.Optional.empty();
            }
            try {
                typed = org.clinicdesk.core.patient.Uhid.parse(typed).value();
            } catch (ValidationException e) {
                return java.util.Optional.empty();
            }
            if (found.patients().get(0).uhid().equals(typed)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(typed + " is an alias of " + found.patients().get(0).uhid() + " (merged).");
        }
    }
}
