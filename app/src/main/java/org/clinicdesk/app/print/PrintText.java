package org.clinicdesk.app.print;

import org.clinicdesk.core.patient.Sex;

/** The words the printed card and slip share. */
final class PrintText {
    private PrintText() {
    }

    static String sex(Sex sex) {
        switch (sex) {
            case F:
                return "Female";
            case M:
                return "Male";
            default:
                return "Other";
        }
    }
}
