package org.clinicdesk.app.language;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Each user's language on this desk, kept in the data folder beside the desk's other settings. The choice itself is
 * the clinic setting {@code user.NAME.language}, which follows the user to every desk by sync; this file is the desk's
 * copy of it, read before the store is open (the window's sign-in form, a command's first words) and brought up to
 * date after each sign-in ({@link #adopt}). The window applies it at sign-in; the command line applies it to the
 * acting user unless {@code --lang} says otherwise.
 */
public final class UserLanguages {
    static final String FILE = "user-languages.properties";
    private final Path file;

    public UserLanguages(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    /** The language {@code username} chose on this desk; empty when they never chose (or the file is unreadable). */
    public Optional<Language> of(String username) {
        return Optional.ofNullable(read().getProperty(username)).flatMap(UserLanguages::known);
    }

    /** A tag this version speaks; empty for any other (a newer desk's language, a hand-edited file). */
    private static Optional<Language> known(String tag) {
        try {
            return Optional.of(Language.parse(tag));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * After a sign-in (off the FX thread): the language {@code username} chose on any desk becomes this desk's copy;
     * returns it when it changed here. A tag this version does not speak is left alone.
     */
    public Optional<Language> adopt(String username, Optional<String> chosenAnywhere) {
        Optional<Language> chosen = chosenAnywhere.flatMap(UserLanguages::known);
        if (chosen.isEmpty() || chosen.equals(of(username))) {
            return Optional.empty();
        }
        set(username, chosen.get());
        return chosen;
    }

    /** Remembers {@code username}'s language, replacing the file whole so a power cut leaves the old or the new. */
    public synchronized void set(String username, Language language) {
        Properties all = read();
        all.setProperty(username, language.tag());
        try {
            Path temporary = Files.createTempFile(file.getParent(), FILE, ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                all.store(out, "Each user's language on this desk (en, hi)");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the language in " + file, e);
        }
    }

    private Properties read() {
        Properties all = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                all.load(in);
            } catch (IOException e) {
                return new Properties();
            }
        }
        return all;
    }
}
