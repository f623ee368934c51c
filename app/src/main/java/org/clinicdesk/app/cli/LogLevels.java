package org.clinicdesk.app.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;

/**
 * The program's logging, set in code (logback finds it through {@code META-INF/services}): the clinic's own messages
 * from INFO, the libraries' from WARN, and no appender, since stdout belongs to the command's output (and its JSON);
 * the command line and the window attach {@code logs/clinicdesk.log} in the data directory once they know where it
 * is ({@link CliLog}). In code rather than a logback.xml: reading the XML (a parser and its model) was a tenth of a
 * second at the start of every command, before the store could start opening. A {@code logback-test.xml} on the class
 * path (the tests') or a {@code logback.configurationFile} still wins.
 */
public final class LogLevels extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        return configure(context, System.getProperty("logback.configurationFile") != null
                || LogLevels.class.getClassLoader().getResource("logback-test.xml") != null);
    }

    /** With {@code anotherConfiguration}, leaves the context to logback's own XML configurator. */
    static ExecutionStatus configure(LoggerContext context, boolean anotherConfiguration) {
        if (anotherConfiguration) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        context.getStatusManager().add(new NopStatusListener());
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        context.getLogger("org.clinicdesk").setLevel(Level.INFO);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
