package org.clinicdesk.storage.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import javax.cache.CacheManager;
import org.clinicdesk.storage.files.OwnerOnly;
import org.clinicdesk.storage.keys.DataKey;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.integrator.spi.Integrator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the H2 file database: connection pool, then Flyway when the schema lacks a migration this program carries
 * ({@link MigrationCheck}), then the session factory with its second-level cache. The session factory boots without
 * reading the database's metadata and without validating the schema against the entities on every open (that costs
 * a second of each command's start); {@link #validateSchema} does it, and a storage test runs it on every build.
 */
public final class StoreDatabase implements AutoCloseable {
    public static final String MIGRATIONS = "classpath:db/migration/local";
    private static final Logger LOG = LoggerFactory.getLogger(StoreDatabase.class);
    /** H2's error code for a database file locked by another process. */
    private static final int ALREADY_OPEN = org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1;
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    private final Path key;
    private final HikariDataSource dataSource;
    private final CacheManager caches;
    private final SessionFactory sessionFactory;
    private final OpenTimings timings;

    private StoreDatabase(Path key, HikariDataSource dataSource, CacheManager caches, SessionFactory sessionFactory,
                          OpenTimings timings) {
        this.key = key;
        this.dataSource = dataSource;
        this.caches = caches;
        this.sessionFactory = sessionFactory;
        this.timings = timings;
    }

    /** How long each step of opening took, in milliseconds. */
    public record OpenTimings(long poolMillis, long migrateMillis, long sessionFactoryMillis) {
        public long totalMillis() {
            return poolMillis + migrateMillis + sessionFactoryMillis;
        }
    }

    /** The store's file name without H2's {@code .mv.db}. */
    public static final String NAME = "clinicdesk";
    /** H2's user; its password, like the file's, comes from the data key. */
    public static final String USER = "SA";

    /**
     * The encrypted store: H2's AES file encryption ({@code CIPHER=AES}, the password is "file password, space, user
     * password"), and no {@code .trace.db} (it would hold SQL with patients' data in clear).
     */
    public static String jdbcUrl(Path dataDir) {
        return jdbcUrl(dataDir, NAME) + ";CIPHER=AES";
    }

    /** The URL stores had before they were encrypted (sa, empty password); only the conversion opens it. */
    public static String plainJdbcUrl(Path dataDir) {
        return jdbcUrl(dataDir, NAME);
    }

    static String jdbcUrl(Path dataDir, String name) {
        // Not WRITE_DELAY=0: it stops H2's background housekeeping and the file grows without bound
        // (h2database#442). Durability of each commit comes from writeCommitted() instead.
        // MAX_COMPACT_TIME=0: H2 2.3.232's compaction when the last connection closes corrupted a store holding a few
        // MB of history ("Double mark", h2database#2752; the next open failed). Seen three times reopening a store
        // after importing the six Synthea bundles followed by six small commits in the same process; not reproduced
        // by a plain storage test. Background housekeeping still reclaims space.
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(name)
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;TRACE_LEVEL_FILE=0;MAX_COMPACT_TIME=0";
    }

    /** The store file itself. */
    public static Path file(Path dataDir) {
        return dataDir.resolve(NAME + ".mv.db");
    }

    public static StoreDatabase open(Path dataDir, DataKey dataKey, List<Class<?>> entities, Integrator integrator) {
        Path key = dataDir.toAbsolutePath().normalize();
        // H2 lets a second store in this process share the file: two hybrid clocks and two caches over one database.
        if (!OPEN.add(key)) {
            throw new StoreInUseException(dataDir, null);
        }
        try {
            return open(key, dataDir, dataKey, entities, integrator);
        } catch (RuntimeException e) {
            OPEN.remove(key);
            throw e;
        }
    }

    private static StoreDatabase open(Path key, Path dataDir, DataKey dataKey, List<Class<?>> entities,
                                      Integrator integrator) {
        long t0 = System.nanoTime();
        ownerOnlyFile(dataDir);
        HikariDataSource dataSource = pool(dataDir, dataKey);
        try {
            long t1 = System.nanoTime();
            if (!MigrationCheck.schemaCurrent(dataSource, MIGRATIONS)) {
                // Version ranges belong to features (V1..V9 store, V20+ documents, V30+ sync), so a store that already
                // has a later feature's migration must still accept an earlier range's new one.
                Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).outOfOrder(true).load().migrate();
            }
            long t2 = System.nanoTime();
            CacheManager caches = StoreCaches.create();
            SessionFactory sessionFactory;
            try {
                sessionFactory = sessionFactory(dataSource, caches, entities, integrator);
            } catch (RuntimeException e) {
                caches.close();
                throw e;
            }
            long t3 = System.nanoTime();
            OpenTimings timings = new OpenTimings((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
            LOG.info("Store {} opened in {} ms ({})", dataDir, timings.totalMillis(), timings);
            return new StoreDatabase(key, dataSource, caches, sessionFactory, timings);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** H2 keeps the mode of a file that exists, so a new store's file is made owner-only before H2 writes it. */
    private static void ownerOnlyFile(Path dataDir) {
        try {
            OwnerOnly.ensureFile(file(dataDir));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the store file " + file(dataDir) + ": " + e.getMessage(), e);
        }
    }

    private static HikariDataSource pool(Path dataDir, DataKey dataKey) {
        try {
            return new HikariDataSource(poolConfig(dataDir, dataKey));
        } catch (RuntimeException e) {
            if (causedBy(e, ALREADY_OPEN)) {
                throw new StoreInUseException(dataDir, e);
            }
            throw e;
        }
    }

    private static boolean causedBy(Throwable e, int h2ErrorCode) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == h2ErrorCode) {
                return true;
            }
        }
        return false;
    }

    private static HikariConfig poolConfig(Path dataDir, DataKey dataKey) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl(dataDir));
        config.setUsername(USER);
        config.setPassword(dataKey.databasePassword());
        config.setMaximumPoolSize(6);
        config.setMinimumIdle(1);
        config.setPoolName("clinicdesk-local");
        return config;
    }

    private static SessionFactory sessionFactory(HikariDataSource dataSource, CacheManager caches,
                                                 List<Class<?>> entities, Integrator integrator) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyIntegrator(integrator).build();
        StandardServiceRegistry registry = h2Settings(new StandardServiceRegistryBuilder(bootstrap), dataSource)
                .applySetting(AvailableSettings.ALLOW_METADATA_ON_BOOT, false)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .applySetting(AvailableSettings.USE_SECOND_LEVEL_CACHE, true)
                .applySetting(AvailableSettings.USE_QUERY_CACHE, false)
                .applySetting(AvailableSettings.CACHE_REGION_FACTORY, "jcache")
                .applySetting("hibernate.javax.cache.cache_manager", caches)
                .applySetting("hibernate.javax.cache.missing_cache_strategy", "fail")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .applySetting(AvailableSettings.SHOW_SQL, false)
                // no generated JPA static metamodel (PatientEntity_ and so on) exists: not looked for class by class
                .applySetting(AvailableSettings.STATIC_METAMODEL_POPULATION, "disabled")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /** The database and its version named outright (Hibernate picks its H2 dialect), so booting reads no JDBC metadata. */
    private static StandardServiceRegistryBuilder h2Settings(StandardServiceRegistryBuilder builder,
                                                             DataSource dataSource) {
        // No bytecode made at run time either: the entities map no associations and nothing asks for a reference, so
        // no lazy proxy is ever needed (one asked for fails loudly), and reflection reads their fields. ByteBuddy
        // generating a proxy and an accessor class for each entity was a third of the boot. Hibernate 6.6 picks its
        // provider from the class path alone (it ignores hibernate.bytecode.provider), so it is given "none" outright.
        return builder.addService(BytecodeProvider.class, new org.hibernate.bytecode.internal.none.BytecodeProviderImpl())
                .applySetting(AvailableSettings.DATASOURCE, dataSource)
                .applySetting(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, "H2")
                .applySetting(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION,
                        String.valueOf(org.h2.engine.Constants.VERSION_MAJOR))
                .applySetting(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION,
                        String.valueOf(org.h2.engine.Constants.VERSION_MINOR));
    }

    /**
     * Checks the entities against the migrated schema (Hibernate's {@code validate}, with the JDBC metadata read),
     * throwing when a table or column they map is missing or of the wrong type. Opening skips this; tests run it.
     */
    public static void validateSchema(DataSource dataSource, List<Class<?>> entities) {
        StandardServiceRegistry registry = h2Settings(new StandardServiceRegistryBuilder(), dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting(AvailableSettings.USE_SECOND_LEVEL_CACHE, false)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            sources.buildMetadata().buildSessionFactory().close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /**
     * Writes committed changes from H2's memory to the file. H2 otherwise writes them up to half a second later in
     * the background, and a process killed in between would lose a commit that was reported as done. Costs well
     * under a millisecond when something changed and a few microseconds when nothing did.
     */
    public void writeCommitted() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new IllegalStateException("The change was saved but could not be written to disk: " + e.getMessage(), e);
        }
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    public OpenTimings timings() {
        return timings;
    }

    @Override
    public void close() {
        try {
            sessionFactory.close();
        } finally {
            try {
                caches.close();
            } finally {
                dataSource.close();
                OPEN.remove(key);
            }
        }
    }
}
