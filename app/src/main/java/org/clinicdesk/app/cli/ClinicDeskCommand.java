package org.clinicdesk.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.clinicdesk.app.language.Language;
import org.clinicdesk.app.language.UserLanguages;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code clinicdesk}: the global options every verb shares, and where the verbs hang. */
@Command(name = "clinicdesk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "ClinicDesk: registration, queue, vitals and notes for a small clinic, from the command line.%n"
                + "The acting user's password comes from CLINICDESK_PASSWORD, else a prompt; a new user's password "
                + "from CLINICDESK_NEW_PASSWORD, else a prompt.",
        subcommands = {GuiCommand.class, InitCommand.class, DemoDataCommand.class, UserCommands.class,
                PatientCommands.class, QueueCommands.class, VitalsCommands.class, NoteCommands.class,
                AuditCommands.class, DoctorCommand.class, RecoverCommand.class, HistoryCommands.class, SyncCommand.class,
                CentralCommand.class, OcrCommand.class, ClinicCommands.class, BackupCommands.class,
                RestoreCommand.class, ImportCommands.class, ExportCommands.class, ReportCommands.class,
                FlagsCommand.class, KeyCommands.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:something unexpected (details in logs/clinicdesk.log in the data directory)",
                "2:invalid input (the message names the field)", "3:the user's role may not do this",
                "4:a clinic rule refused it (e.g. an illegal queue move)", "5:not found (UHID, token, note)",
                "6:sign-in failed", "7:a check found a problem (audit verify, doctor)",
                "8:the store is in use by another ClinicDesk program (the window); try again later",
                "9:the central server could not be reached (sync)"})
public final class ClinicDeskCommand implements Runnable {
    private final CliEnvironment env;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data directory (default: CLINICDESK_DATA_DIR, else the system's place for application data).")
    private Path dataDirOption;

    @Option(names = "--user", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "The acting user (default: CLINICDESK_USER).")
    private String userOption;

    @Option(names = "--before-catch-up", paramLabel = "REASON", scope = ScopeType.INHERIT,
            description = "On a restored desk that has not caught up with the central server yet: an administrator "
                    + "signs in anyway (the server is out of reach), audited with this reason.")
    private String beforeCatchUp;

    private Language languageOption;

    /** Applied as soon as it is read, so even a refusal of another option speaks the chosen language. */
    @Option(names = "--lang", paramLabel = "en|hi", scope = ScopeType.INHERIT,
            description = "Language of messages (en or hi; default: the acting user's choice on this desk, else en).")
    void language(String tag) {
        languageOption = Language.parse(tag);
        CoreMessages.use(languageOption.locale());
    }

    ClinicDeskCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Which command? See 'clinicdesk --help'.");
    }

    CliEnvironment env() {
        return env;
    }

    /** Where the command line speaks to the person (notes, never the verb's output). */
    java.io.PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Path dataDir() {
        if (dataDirOption != null) {
            return dataDirOption.toAbsolutePath();
        }
        return env.variable(CliEnvironment.DATA_DIR).map(Path::of).orElseGet(env::defaultDataDir).toAbsolutePath();
    }

    /** The acting user's name, as typed; the sign-in decides whether it exists. */
    String user() {
        return Optional.ofNullable(userOption).filter(u -> !u.isBlank())
                .or(() -> env.variable(CliEnvironment.USER))
                .map(u -> u.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new ValidationException("user",
                        "who is acting? Give --user NAME or set CLINICDESK_USER"));
    }

    /** The reason an administrator gave to sign in before a restored desk caught up, if any. */
    Optional<String> beforeCatchUp() {
        return Optional.ofNullable(beforeCatchUp);
    }

    Session signIn() {
        if (languageOption == null) {
            CoreMessages.use(new UserLanguages(dataDir()).of(user()).orElse(Language.ENGLISH).locale());
        }
        Session session = Session.signIn(this);
        if (languageOption == null) {
            // the language the user chose on another desk arrived by sync
            new UserLanguages(dataDir()).adopt(session.actor().username(),
                    session.services().settings().language(session.actor().username()))
                    .ifPresent(chosen -> CoreMessages.use(chosen.locale()));
        }
        return session;
    }
}
