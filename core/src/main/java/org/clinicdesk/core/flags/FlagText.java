package org.clinicdesk.core.flags;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clinicdesk.core.common.CoreMessages;

/**
 * The words of a flag kept apart from their language (issue 17): a key of core's bundle with its arguments, a value
 * shown as it is (a name, a number, a fact from the knowledge files), or pieces joined. A flag is put into words when it
 * is read, in the reader's language; stored and synced as compact JSON ({@link FlagTextJson}). A text from another
 * desk is not trusted: only flag and NEWS2 keys are read, values lose their control characters, and a key this version
 * does not know, or the wrong number of arguments, makes {@link #renderOr} give its fallback instead.
 */
public sealed interface FlagText permits FlagText.Value, FlagText.Message, FlagText.Joined {
    /** The keys a flag's words may name: a stored text cannot borrow any other text of the bundle. */
    Pattern KEY = Pattern.compile("(?:flag|news2)\\.[A-Za-z0-9_.]{1,80}");
    /** The separators pieces may be joined with. */
    Set<String> SEPARATORS = Set.of(" ", "; ", ", ");
    /** The longest value shown; a longer one (only a hostile desk writes one) is cut. */
    int MAX_VALUE = 1000;

    /** The words in the language of {@code bundle}; throws {@link Unreadable} when the text cannot be read there. */
    String render(ResourceBundle bundle);

    /** The words in the language core speaks now. */
    default String text() {
        return render(CoreMessages.bundle());
    }

    /** The words in the language core speaks now, or {@code fallback} when this version cannot read them. */
    default String renderOr(String fallback) {
        try {
            return text();
        } catch (Unreadable | IllegalArgumentException e) {
            // also a message pattern that cannot take another desk's argument (a number format given text): the
            // screen and the paper show the plain text rather than fail
            return fallback;
        }
    }

    static FlagText value(String text) {
        return new Value(text);
    }

    /** A message of core's bundle; each argument a {@link FlagText}, or anything else shown as it is. */
    static FlagText message(String key, Object... args) {
        List<FlagText> list = new ArrayList<>(args.length);
        for (Object a : args) {
            list.add(a instanceof FlagText t ? t : new Value(String.valueOf(a)));
        }
        return new Message(key, list);
    }

    static FlagText joined(String separator, List<FlagText> parts) {
        return new Joined(separator, parts);
    }

    /** A value shown as it is: names, numbers, facts of the knowledge files. Control characters are dropped. */
    record Value(String value) implements FlagText {
        /**
         * Control and format characters (bidi overrides and isolates, marks, the byte-order mark, line and paragraph
         * separators), which could make a hostile desk's text read otherwise than it is; but not the joiners U+200C and
         * U+200D, which Devanagari needs.
         */
        private static final Pattern UNSHOWN = Pattern.compile("[\\p{Cc}\\p{Cf}\\u2028\\u2029&&[^\\u200C\\u200D]]");

        public Value {
            String v = value == null ? "" : value;
            value = shown(v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v);
        }

        /** The text without the characters {@link #UNSHOWN} names, each replaced by a space; not cut. */
        public static String shown(String text) {
            return UNSHOWN.matcher(text).replaceAll(" ");
        }

        @Override
        public String render(ResourceBundle bundle) {
            return value;
        }
    }

    /** A message of core's bundle with its arguments, which are put in as text (never read as a pattern). */
    record Message(String key, List<FlagText> args) implements FlagText {
        public Message {
            args = List.copyOf(args);
        }

        @Override
        public String render(ResourceBundle bundle) {
            if (key == null || !KEY.matcher(key).matches()) {
                throw new Unreadable("not a flag key: " + key);
            }
            String pattern;
            try {
                pattern = bundle.getString(key);
            } catch (MissingResourceException e) {
                throw new Unreadable("unknown key " + key);
            }
            MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
            if (format.getFormatsByArgumentIndex().length != args.size()) {
                throw new Unreadable(key + " takes " + format.getFormatsByArgumentIndex().length + " arguments, not "
                        + args.size());
            }
            return format.format(args.stream().map(a -> a.render(bundle)).toArray());
        }
    }

    /** Pieces joined by a separator: sentences by a space, the reasons two patients are alike by "; ". */
    record Joined(String separator, List<FlagText> parts) implements FlagText {
        public Joined {
            parts = List.copyOf(parts);
        }

        @Override
        public String render(ResourceBundle bundle) {
            if (!SEPARATORS.contains(separator)) {
                throw new Unreadable("not a separator");
            }
            return parts.stream().map(p -> p.render(bundle)).collect(Collectors.joining(separator));
        }
    }

    /** A text this version cannot put into words: an unknown key, arguments that do not fit it. */
    final class Unreadable extends RuntimeException {
        Unreadable(String why) {
            super(why, null, false, false);
        }
    }
}
