package org.clinicdesk.app.print;

import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.core.patient.Sex;

/** The words the printed card and slip share. */
final class PrintText {
    private PrintText() {
    }

    static String sex(Sex sex) {
        return Messages.get("form.sex." + sex.name());
    }
}
