package org.clinicdesk.storage.db;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.clinicdesk.storage.LocalStore;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening the store no longer validates the schema (it cost a second of every command): this does, on every build,
 * for every entity against the schema the migrations make.
 */
class EntitySchemaTest {
    @TempDir
    Path dir;

    @Test
    void everyEntityMatchesTheMigratedSchema() {
        try (LocalStore store = LocalStore.open(dir, Clock.systemUTC())) {
            assertThatCode(() -> StoreDatabase.validateSchema(store.dataSource(), LocalStore.entities()))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void anEntityMappingAMissingColumnIsRefused() {
        try (LocalStore store = LocalStore.open(dir, Clock.systemUTC())) {
            assertThatThrownBy(() -> StoreDatabase.validateSchema(store.dataSource(), List.of(Misfit.class)))
                    .isInstanceOf(SchemaManagementException.class).hasMessageContaining("no_such_column");
        }
    }

    /** The patient table as a careless entity would map it. */
    @Entity
    @Table(name = "patient")
    static class Misfit {
        @Id
        @Column(name = "id")
        UUID id;
        @Column(name = "no_such_column")
        String missing;
    }
}
