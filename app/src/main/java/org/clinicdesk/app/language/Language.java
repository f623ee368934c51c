package org.clinicdesk.app.language;

import java.util.Locale;
import org.clinicdesk.core.common.ValidationException;

/** A language the window and the command line speak; its texts are messages.properties and messages_TAG.properties. */
public enum Language {
    ENGLISH("en", Locale.ROOT, "English"),
    HINDI("hi", Locale.forLanguageTag("hi"), "हिन्दी");

    private final String tag;
    private final Locale locale;
    private final String ownName;

    Language(String tag, Locale locale, String ownName) {
        this.tag = tag;
        this.locale = locale;
        this.ownName = ownName;
    }

    public String tag() {
        return tag;
    }

    /** The bundle locale: the root bundle for English, so the JVM's own locale never picks another language. */
    public Locale locale() {
        return locale;
    }

    /** The language's name written in itself, as a language menu shows it. */
    public String ownName() {
        return ownName;
    }

    /** "en" or "hi" (any case); anything else is refused naming the field. */
    public static Language parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.tag.equals(t)) {
                return language;
            }
        }
        throw new ValidationException("language", "'" + text + "' is not a language of ClinicDesk (en or hi)");
    }
}
