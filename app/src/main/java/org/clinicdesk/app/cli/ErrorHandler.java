package org.clinicdesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.clinicdesk.core.common.ClinicException;
import org.clinicdesk.core.common.NotFoundException;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.sync.SyncRefusedException;
import org.clinicdesk.storage.keys.StoreLockedException;
import org.clinicdesk.storage.sync.CentralUnavailableException;
import org.clinicdesk.core.users.SignInFailedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one mapping from what went wrong to what the clinic admin reads on stderr and the exit code a script sees.
 * Verbs never catch exceptions to report them; they throw, and this decides.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        Optional<ClinicException> known = clinicCause(ex);
        if (known.isPresent()) {
            ClinicException e = known.get();
            err.println("Error: " + e.getMessage());
            err.flush();
            return exitCodeOf(e);
        }
        Path dataDir = ((ClinicDeskCommand) cmd.getCommandSpec().root().userObject()).dataDir();
        Optional<Path> logFile = CliLog.recordFailure(dataDir, ex);
        err.println("Error: something unexpected went wrong (" + summary(ex) + ")."
                + logFile.map(f -> " Details are in " + f + ".").orElse(""));
        err.flush();
        return ExitCode.UNEXPECTED;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("Error: " + ex.getMessage());
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return ExitCode.INVALID_INPUT;
    }

    static int exitCodeOf(ClinicException e) {
        if (e instanceof ValidationException) {
            return ExitCode.INVALID_INPUT;
        }
        if (e instanceof PermissionDeniedException) {
            return ExitCode.PERMISSION_DENIED;
        }
        if (e instanceof RuleViolationException) {
            return ExitCode.RULE_VIOLATION;
        }
        if (e instanceof NotFoundException) {
            return ExitCode.NOT_FOUND;
        }
        if (e instanceof SignInFailedException) {
            return ExitCode.SIGN_IN_FAILED;
        }
        if (e instanceof StoreOpener.StoreBusyException) {
            return ExitCode.STORE_BUSY;
        }
        if (e instanceof StoreLockedException) {
            return ExitCode.RULE_VIOLATION;
        }
        if (e instanceof SyncRefusedException) {
            return ExitCode.RULE_VIOLATION;
        }
        if (e instanceof CentralUnavailableException) {
            return ExitCode.SERVER_UNREACHABLE;
        }
        return ExitCode.UNEXPECTED;
    }

    /** Storage layers may wrap the clinic's own refusal; the innermost one is what the person must read. */
    private static Optional<ClinicException> clinicCause(Throwable ex) {
        ClinicException found = null;
        for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ClinicException) {
                found = (ClinicException) t;
            }
        }
        return Optional.ofNullable(found);
    }

    private static String summary(Throwable ex) {
        String message = ex.getMessage() == null ? "" : ": " + ex.getMessage().lines().findFirst().orElse("");
        String text = ex.getClass().getSimpleName() + message;
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
