package org.clinicdesk.app.gui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The window's text, from {@code messages.properties}; patterns are MessageFormat, never glued from pieces. A text
 * with an argument ({@code {0}}) always goes through MessageFormat (its apostrophes are written {@code ''}); a text
 * without one never does (its apostrophes are written {@code '}, as FXML's {@code %key} shows them), whether or not
 * the caller passes arguments.
 */
public final class Messages {
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.clinicdesk.app.gui.messages");

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    public static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return takesArguments(pattern) ? new MessageFormat(pattern, Locale.getDefault()).format(arguments) : pattern;
    }

    /** Whether this text is a MessageFormat pattern (it has an argument) rather than text shown as written. */
    public static boolean takesArguments(String pattern) {
        return ARGUMENT.matcher(pattern).find();
    }
}
