package org.clinicdesk.app.gui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.clinicdesk.core.common.CoreMessages;

/**
 * The window's text, from {@code messages.properties}; patterns are MessageFormat, never glued from pieces. A text
 * with an argument ({@code {0}}) always goes through MessageFormat (its apostrophes are written {@code ''}); a text
 * without one never does (its apostrophes are written {@code '}, as FXML's {@code %key} shows them), whether or not
 * the caller passes arguments.
 */
public final class Messages {
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    static final String NAME = "org.clinicdesk.app.gui.messages";
    // without the JVM's locale as a fallback: English chosen on a Hindi-locale machine stays English
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static volatile ResourceBundle bundle = ResourceBundle.getBundle(NAME, Locale.ROOT, NO_FALLBACK);

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /**
     * Speaks {@code locale} from now on (Locale.ROOT is English); screens built afterwards take its texts, and a key
     * its file lacks falls back to the English text. Core's refusals follow the same language.
     */
    public static void use(Locale locale) {
        bundle = ResourceBundle.getBundle(NAME, locale, NO_FALLBACK);
        CoreMessages.use(locale);
    }

    public static Locale locale() {
        return bundle.getLocale();
    }

    public static String get(String key, Object... arguments) {
        ResourceBundle current = bundle;
        String pattern = current.getString(key);
        return takesArguments(pattern) ? new MessageFormat(pattern, Locale.getDefault()).format(arguments) : pattern;
    }

    /** Whether this text is a MessageFormat pattern (it has an argument) rather than text shown as written. */
    public static boolean takesArguments(String pattern) {
        return ARGUMENT.matcher(pattern).find();
    }
}
