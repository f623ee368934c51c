package org.clinicdesk.app.cli;

import java.util.concurrent.Callable;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.users.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code user ...}: the people who sign in. */
@Command(name = "user", description = "Manage users.", subcommands = UserCommands.Add.class)
final class UserCommands {
    @ParentCommand
    private ClinicDeskCommand root;

    /** {@code user add NAME --role ROLE}; the new password comes from CLINICDESK_NEW_PASSWORD or the terminal. */
    @Command(name = "add", description = "Add a user; the new user's password is CLINICDESK_NEW_PASSWORD.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        private UserCommands group;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "User name: lower-case letters, digits, dot, dash, underscore.")
        private String name;

        @Option(names = "--role", required = true, paramLabel = "reception|nurse|doctor|admin")
        private String role;

        @Option(names = "--display-name", paramLabel = "TEXT", description = "Full name shown in the window.")
        private String displayName;

        @Override
        public Integer call() {
            User added;
            try (Session session = group.root.signIn()) {
                Role parsed = Role.parse(role);
                char[] password = Passwords.chosen(group.root.env(), CliEnvironment.NEW_PASSWORD, name);
                added = session.services().users().add(session.actor(), name, displayName, parsed, password);
            }
            Output.of(spec).line("Added " + added.role().label().toLowerCase(java.util.Locale.ROOT) + " "
                    + added.username() + ".");
            return ExitCode.OK;
        }
    }
}
