package org.clinicdesk.storage.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Opening skips Flyway only when the history already has every carried migration, and runs it otherwise. */
class MigrationCheckTest {
    private static final String ONE = "classpath:db/migration-check/one";
    private static final String TWO = "classpath:db/migration-check/two";

    private static JdbcDataSource memory() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    @Test
    void aSchemaWithEveryCarriedMigrationIsCurrent() {
        JdbcDataSource ds = memory();
        Flyway.configure().dataSource(ds).locations(ONE).load().migrate();
        assertThat(MigrationCheck.schemaCurrent(ds, ONE)).isTrue();
    }

    @Test
    void aMigrationAddedLaterMakesTheSchemaBehind() {
        JdbcDataSource ds = memory();
        Flyway.configure().dataSource(ds).locations(ONE).load().migrate();
        // the next release carries V1.1 as well
        assertThat(MigrationCheck.carriedVersions(TWO)).contains(java.util.Set.of("1", "1.1"));
        assertThat(MigrationCheck.schemaCurrent(ds, TWO)).isFalse();
        Flyway.configure().dataSource(ds).locations(TWO).load().migrate();
        assertThat(MigrationCheck.schemaCurrent(ds, TWO)).isTrue();
    }

    @Test
    void aStoreWithNoHistoryOrAFailedMigrationIsBehind() throws SQLException {
        JdbcDataSource ds = memory();
        assertThat(MigrationCheck.schemaCurrent(ds, ONE)).isFalse();
        Flyway.configure().dataSource(ds).locations(ONE).load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'");
        }
        assertThat(MigrationCheck.schemaCurrent(ds, ONE)).isFalse();
    }

    @Test
    void theStoresOwnMigrationsAreListed() {
        assertThat(MigrationCheck.carriedVersions(StoreDatabase.MIGRATIONS)).hasValueSatisfying(v ->
                assertThat(v).contains("1", "20", "55"));
    }
}
