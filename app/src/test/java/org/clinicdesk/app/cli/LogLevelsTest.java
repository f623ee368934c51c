package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.status.NopStatusListener;
import org.junit.jupiter.api.Test;

/** The shipped program's logging, set in code: the clinic's INFO, the libraries' WARN, nothing on the console. */
class LogLevelsTest {
    @Test
    void theClinicLogsFromInfoLibrariesFromWarnAndNothingGoesToTheConsole() {
        LoggerContext context = new LoggerContext();
        assertThat(LogLevels.configure(context, false)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.clinicdesk").getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.clinicdesk.storage.db.StoreDatabase").isInfoEnabled()).isTrue();
        assertThat(context.getLogger("org.hibernate.orm").isInfoEnabled()).isFalse();
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
        assertThat(context.getStatusManager().getCopyOfStatusListenerList())
                .anyMatch(listener -> listener instanceof NopStatusListener);
    }

    @Test
    void aTestOrUserConfigurationIsLeftToLogback() {
        LoggerContext context = new LoggerContext();
        assertThat(LogLevels.configure(context, true)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger("org.clinicdesk").getLevel()).isNull();
    }
}
