package org.clinicdesk.app.gui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The window's text, from {@code messages.properties}; patterns are MessageFormat, never glued from pieces. */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.clinicdesk.app.gui.messages");

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    public static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }
}
