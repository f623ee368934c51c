package org.clinicdesk.core.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of core's refusals (validation reasons, field names as people read them), from
 * {@code org/clinicdesk/core/messages.properties} and its translations; the window and the command line choose the
 * language. Arguments are passed already formatted as text, so a number reads the same in every language.
 */
public final class CoreMessages {
    static final String NAME = "org.clinicdesk.core.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static volatile ResourceBundle bundle = ResourceBundle.getBundle(NAME, Locale.ROOT, NO_FALLBACK);

    private CoreMessages() {
    }

    /** Speaks {@code locale} from now on; Locale.ROOT is English. A key its file lacks stays English. */
    public static void use(Locale locale) {
        bundle = ResourceBundle.getBundle(NAME, locale, NO_FALLBACK);
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The bundle of {@code locale} whatever core speaks now (Locale.ROOT is English): for text that must not vary. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(NAME, locale, NO_FALLBACK);
    }

    /** The text of {@code key}; every pattern is MessageFormat (apostrophes written {@code ''}). */
    public static String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
    }
}
