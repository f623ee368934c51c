package org.clinicdesk.app.cli;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.users.StaffMember;
import org.clinicdesk.core.users.User;
import org.clinicdesk.storage.LocalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code user ...}: the people who sign in, managed by an administrator; {@code user passwd} for everyone. */
@Command(name = "user", description = "Manage users.", subcommands = {UserCommands.Add.class, UserCommands.ListUsers.class,
        UserCommands.Disable.class, UserCommands.Enable.class, UserCommands.ResetPassword.class, UserCommands.Unlock.class,
        UserCommands.Passwd.class, UserDetails.class, UserCommands.SetLanguage.class})
final class UserCommands {
    @ParentCommand
    ClinicDeskCommand root;

    /** A staff verb on one user NAME: sign in, run the use case, print what happened. */
    abstract static class OnOneUser implements Callable<Integer> {
        @ParentCommand
        UserCommands group;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        /** The sentence printed when done, with %s for the user's name. */
        abstract String done();

        abstract void apply(Session session, Actor actor);

        @Override
        public Integer call() {
            try (Session session = group.root.signIn()) {
                apply(session, session.actor());
            }
            Output.of(spec).line(String.format(Locale.ROOT, done(), name.strip().toLowerCase(Locale.ROOT)));
            return ExitCode.OK;
        }
    }

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

    /** {@code user list [--json]}: every user, their state, and any lock on this desk. */
    @Command(name = "list", description = "List users: role, active, must change password, locked on this desk until.")
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        private UserCommands group;

        @Spec
        private CommandSpec spec;

        @Option(names = "--json", description = "Print one JSON document: {users}.")
        private boolean json;

        record UserView(String username, String displayName, String role, boolean active, boolean mustChangePassword,
                        Instant lockedHereUntil) {
            static UserView of(StaffMember member) {
                User u = member.user();
                return new UserView(u.username(), u.displayName(), u.role().name().toLowerCase(Locale.ROOT), u.active(),
                        u.mustChangePassword(), member.lockedHereUntil().orElse(null));
            }

            String line() {
                return String.format(Locale.ROOT, "%-20s %-28s %-10s %-9s %-12s %s", username, displayName, role,
                        active ? "active" : "disabled", mustChangePassword ? "yes" : "no",
                        lockedHereUntil == null ? "-" : lockedHereUntil.toString());
            }
        }

        record Staff(List<UserView> users) {
        }

        @Override
        public Integer call() {
            Staff staff;
            try (Session session = group.root.signIn()) {
                staff = new Staff(session.services().users().list(session.actor()).stream().map(UserView::of).toList());
            }
            Output out = Output.of(spec);
            if (json) {
                out.json(staff);
            } else {
                out.line(String.format(Locale.ROOT, "%-20s %-28s %-10s %-9s %-12s %s", "USER", "NAME", "ROLE", "STATE",
                        "MUST CHANGE", "LOCKED HERE UNTIL"));
                staff.users().forEach(u -> out.line(u.line()));
            }
            return ExitCode.OK;
        }
    }

    /** {@code user disable NAME [--reason TEXT]}: the account stops working on every desk after sync. */
    @Command(name = "disable", description = "Disable a user on every desk (after sync); they can no longer sign in.")
    static final class Disable extends OnOneUser {
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (kept in the audit trail).")
        private String reason;

        @Override
        String done() {
            return "Disabled %s.";
        }

        @Override
        void apply(Session session, Actor actor) {
            session.services().users().disable(actor, name, Optional.ofNullable(reason));
        }
    }

    /** {@code user enable NAME}. */
    @Command(name = "enable", description = "Enable a disabled user again.")
    static final class Enable extends OnOneUser {
        @Override
        String done() {
            return "Enabled %s.";
        }

        @Override
        void apply(Session session, Actor actor) {
            session.services().users().enable(actor, name);
        }
    }

    /** {@code user reset-password NAME}: the temporary password from CLINICDESK_NEW_PASSWORD or the terminal. */
    @Command(name = "reset-password", description = "Give a user a temporary password (CLINICDESK_NEW_PASSWORD); "
            + "they must change it at their next sign-in.")
    static final class ResetPassword extends OnOneUser {
        @Override
        String done() {
            return "Reset the password of %s; they must change it at their next sign-in.";
        }

        @Override
        void apply(Session session, Actor actor) {
            session.services().users().resetPassword(actor, name,
                    Passwords.chosen(group.root.env(), CliEnvironment.NEW_PASSWORD, name));
        }
    }

    /** {@code user unlock NAME}: lifts the lock wrong passwords put on the account at this desk. */
    @Command(name = "unlock", description = "Unlock a user locked out by wrong passwords on this desk.")
    static final class Unlock extends OnOneUser {
        @Override
        String done() {
            return "Unlocked %s on this desk.";
        }

        @Override
        void apply(Session session, Actor actor) {
            session.services().users().unlock(actor, name);
        }
    }

    /**
     * {@code user passwd}: the acting user changes their own password (the current one from CLINICDESK_PASSWORD, the
     * new one from CLINICDESK_NEW_PASSWORD); the way in after an administrator reset it.
     */
    @Command(name = "passwd", description = "Change your own password: the current one is CLINICDESK_PASSWORD, "
            + "the new one CLINICDESK_NEW_PASSWORD.")
    static final class Passwd implements Callable<Integer> {
        @ParentCommand
        private UserCommands group;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            String user = group.root.user();
            try (LocalStore store = Session.openInitialised(group.root)) {
                char[] current = Passwords.acting(group.root.env(), user);
                char[] chosen = Passwords.chosen(group.root.env(), CliEnvironment.NEW_PASSWORD, user);
                ClinicServices.over(store).users().changeOwnPassword(user, current, chosen);
            }
            Output.of(spec).line("Changed the password of " + user + ".");
            return ExitCode.OK;
        }
    }

    @Command(name = "language", description = "Choose the language you work in (en or hi); it follows you to every desk "
            + "of the clinic by sync.")
    static final class SetLanguage implements Callable<Integer> {
        @ParentCommand
        private UserCommands group;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "en|hi", description = "The language: en (English) or hi (Hindi).")
        private String tag;

        @Override
        public Integer call() {
            org.clinicdesk.app.language.Language language = org.clinicdesk.app.language.Language.parse(tag);
            String user;
            try (Session session = group.root.signIn()) {
                user = session.actor().username();
                session.services().settings().setOwnLanguage(session.actor(), language.tag());
            }
            new org.clinicdesk.app.language.UserLanguages(group.root.dataDir()).set(user, language);
            Output.of(spec).line(user + ": " + language.ownName() + " (" + language.tag() + ")");
            return ExitCode.OK;
        }
    }
}
