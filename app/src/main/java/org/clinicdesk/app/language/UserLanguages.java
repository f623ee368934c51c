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
 * Each user's language on this desk, kept in the data folder beside the desk's other settings (a UI preference, not a
 * clinical record: it is neither synced nor audited). The window applies it at sign-in; the command line applies it
 * to the acting user unless {@code --lang} says otherwise.
 */
public final class UserLanguages {
    static final String FILE = "user-languages.properties";
    private final Path file;

    public UserLanguages(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    /** The language {@code username} chose on this desk; empty when they never chose (or the file is unreadable). */
    public Optional<Language> of(String username) {
        String tag = read().getProperty(username);
        if (tag == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Language.parse(tag));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
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
