package org.clinicdesk.core.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Puts the failing case's seed and the way to replay it at the front of the failure message: surefire's summary
 * shows only the invocation index, which changes when seeds are added.
 */
public final class SeedInFailure implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (failure instanceof TestAbortedException) {
            throw failure;
        }
        String replay = context.getDisplayName() + " failed; replay it with -D" + Seeds.REPLAY + "="
                + context.getDisplayName().replaceFirst("^seed ", "") + " -Dtest="
                + context.getRequiredTestClass().getSimpleName() + "#" + context.getRequiredTestMethod().getName();
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        AssertionError named = new AssertionError(replay + ": " + message, failure);
        named.setStackTrace(failure.getStackTrace());
        throw named;
    }
}
