package org.clinicdesk.app.cli;

import java.util.Arrays;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.users.SignInFailedException;

/** Where passwords come from: the environment for scripts, else the terminal, never the command's arguments. */
final class Passwords {
    private Passwords() {
    }

    /** The acting user's password: CLINICDESK_PASSWORD, else asked on the terminal. */
    static char[] acting(CliEnvironment env, String user) {
        return env.variable(CliEnvironment.PASSWORD).map(String::toCharArray)
                .or(() -> env.askSecret("Password for " + user + ": "))
                .orElseThrow(() -> new SignInFailedException("No password for " + user
                        + ": set CLINICDESK_PASSWORD or run the command in a terminal."));
    }

    /** A password being chosen: from {@code variable}, else asked twice on the terminal. */
    static char[] chosen(CliEnvironment env, String variable, String whose) {
        var fromEnv = env.variable(variable);
        if (fromEnv.isPresent()) {
            return fromEnv.get().toCharArray();
        }
        char[] first = env.askSecret("New password for " + whose + ": ").orElseThrow(() -> new ValidationException(
                "password", "none given for " + whose + ": set " + variable + " or run the command in a terminal"));
        char[] second = env.askSecret("The same password again: ").orElse(new char[0]);
        if (!Arrays.equals(first, second)) {
            throw new ValidationException("password", "the two entries for " + whose + " differ");
        }
        return first;
    }
}
