package org.clinicdesk.app.gui.common;

import java.util.Optional;

/** The dialogs view models may open; injected so that view models stay testable without a screen. */
public interface DialogService {
    void showError(String title, String message);

    /** Asks for a short text such as a reason; empty when the user cancels. */
    Optional<String> askText(String title, String prompt);

    /** Asks for a text with {@code current} already in the box (to correct it); by default an empty box. */
    default Optional<String> askText(String title, String prompt, String current) {
        return askText(title, prompt);
    }

    /** Asks yes or no; true only on an explicit yes. */
    boolean confirm(String title, String message);
}
