package org.clinicdesk.app.gui.common;

import org.clinicdesk.core.common.ClinicException;

/** Turns a failure into text a clinic user can act on; core's messages already are. */
public final class ErrorText {
    private ErrorText() {
    }

    public static String of(Throwable e) {
        Throwable cause = e;
        while (!(cause instanceof ClinicException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ClinicException) {
            return cause.getMessage();
        }
        return Messages.get("error.unexpected", e.getClass().getSimpleName(),
                e.getMessage() == null ? "" : e.getMessage());
    }
}
