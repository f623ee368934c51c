package org.clinicdesk.app.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clinicdesk.core.common.NotFoundException;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.site.DoctorDetails;
import org.clinicdesk.core.users.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code user set NAME --full-name .. --qualification .. --registration ..}: what prescriptions print about a doctor.
 * A doctor sets their own, an administrator anyone's; options not given keep what was stored.
 */
@Command(name = "set", description = "Set a doctor's printed details: full name, qualification, registration number.")
final class UserDetails implements Callable<Integer> {
    @ParentCommand
    private UserCommands group;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The doctor's user name.")
    private String name;

    @Option(names = "--full-name", paramLabel = "TEXT", description = "As printed, e.g. \"Dr. Asha Rao\".")
    private String fullName;

    @Option(names = "--qualification", paramLabel = "TEXT", description = "E.g. \"MBBS, MD (General Medicine)\".")
    private String qualification;

    @Option(names = "--registration", paramLabel = "TEXT",
            description = "Medical council registration number, e.g. \"KMC 12345\".")
    private String registration;

    @Option(names = "--room", paramLabel = "TEXT",
            description = "The room the doctor sees patients in, e.g. \"Room 2\" (shown on the board, token display and slip).")
    private String room;

    @Option(names = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public Integer call() {
        if (fullName == null && qualification == null && registration == null && room == null) {
            throw new ValidationException("details", "nothing to change: give --full-name, --qualification, "
                    + "--registration or --room");
        }
        String doctor = name.strip().toLowerCase(Locale.ROOT);
        Optional<DoctorDetails> saved;
        Optional<String> savedRoom;
        try (Session session = group.root.signIn()) {
            var actor = session.actor();
            if (!actor.username().equals(doctor)) {
                var user = session.services().users().all(actor).stream().filter(u -> u.username().equals(doctor))
                        .findFirst().orElseThrow(() -> new NotFoundException("notFound.user", doctor));
                if (!user.role().may(Permission.SIGN_NOTES)) {
                    throw new ValidationException("user", doctor + " is a " + user.role().label().toLowerCase(Locale.ROOT)
                            + "; only the details of doctors, who sign notes, are printed");
                }
            }
            var settings = session.services().settings();
            Optional<DoctorDetails> before = settings.doctorDetails(doctor);
            if (room != null) {
                DoctorDetails.parseRoom(room); // a bad room refuses before anything is stored
            }
            if (fullName != null || qualification != null || registration != null) {
                DoctorDetails details = new DoctorDetails(
                        fullName != null ? fullName : before.map(DoctorDetails::fullName).orElse(null),
                        qualification != null ? qualification : before.map(DoctorDetails::qualification).orElse(null),
                        registration != null ? registration : before.map(DoctorDetails::registration).orElse(null));
                saved = Optional.of(settings.setDoctorDetails(actor, doctor, details));
            } else {
                saved = before;
            }
            savedRoom = room != null ? Optional.of(settings.setDoctorRoom(actor, doctor, room))
                    : settings.doctorRoom(doctor);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("user", doctor);
        doc.put("fullName", saved.map(DoctorDetails::fullName).orElse(null));
        doc.put("qualification", saved.map(DoctorDetails::qualification).orElse(null));
        doc.put("registration", saved.map(DoctorDetails::registration).orElse(null));
        doc.put("room", savedRoom.orElse(null));
        Output out = Output.of(spec);
        if (json) {
            out.json(doc);
        } else {
            out.line(doctor + ": " + saved.map(d -> d.nameWithQualification() + " · Reg. No. " + d.registration())
                    .orElse("(no printed details)") + savedRoom.map(r -> " · " + r).orElse(""));
        }
        return ExitCode.OK;
    }
}
