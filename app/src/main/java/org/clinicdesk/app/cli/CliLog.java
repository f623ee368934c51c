package org.clinicdesk.app.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.clinicdesk.storage.files.OwnerOnly;
import org.slf4j.LoggerFactory;

/**
 * Sends the program's log to {@code logs/clinicdesk.log} in the data directory, so a stack trace never lands on the
 * terminal (or in a script's JSON) but is there for whoever investigates. The window may call {@link #attach} too:
 * the packaged logback.xml has no console appender.
 */
public final class CliLog {
    private static final String APPENDER = "clinicdesk-data-dir";
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(CliLog.class);
    private static Path current;

    private CliLog() {
    }

    /** Attaches the data directory's log file; a directory that does not exist yet is left alone. */
    public static synchronized Optional<Path> attach(Path dataDir) {
        if (dataDir == null || !Files.isDirectory(dataDir)) {
            return Optional.empty();
        }
        Path file = dataDir.resolve("logs").resolve("clinicdesk.log").toAbsolutePath();
        if (file.equals(current)) {
            return Optional.of(file);
        }
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return Optional.empty();
        }
        try {
            // owner-only before logback opens it (it keeps the mode of a file that exists): logs name patients
            OwnerOnly.folder(file.getParent());
            OwnerOnly.ensureFile(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var previous = root.getAppender(APPENDER);
        if (previous != null) {
            root.detachAppender(previous);
            previous.stop();
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
        current = file;
        return Optional.of(file);
    }

    static Optional<Path> recordFailure(Path dataDir, Throwable failure) {
        Optional<Path> file = attach(dataDir);
        LOG.error("Command failed unexpectedly", failure);
        return file;
    }
}
