package org.clinicdesk.storage.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import javax.cache.CacheManager;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.integrator.spi.Integrator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the H2 file database: connection pool, then Flyway (before Hibernate, so Hibernate only validates a schema
 * that is already current), then the session factory with its second-level cache.
 */
public final class StoreDatabase implements AutoCloseable {
    public static final String MIGRATIONS = "classpath:db/migration/local";
    private static final Logger LOG = LoggerFactory.getLogger(StoreDatabase.class);
    private final HikariDataSource dataSource;
    private final CacheManager caches;
    private final SessionFactory sessionFactory;
    private final OpenTimings timings;

    private StoreDatabase(HikariDataSource dataSource, CacheManager caches, SessionFactory sessionFactory,
                          OpenTimings timings) {
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

    public static String jdbcUrl(Path dataDir) {
        // WRITE_DELAY=0: a commit is written to the file before commit returns, so a killed process keeps it.
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("clinicdesk")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    }

    public static StoreDatabase open(Path dataDir, List<Class<?>> entities, Integrator integrator) {
        long t0 = System.nanoTime();
        HikariDataSource dataSource = pool(dataDir);
        try {
            long t1 = System.nanoTime();
            Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().migrate();
            long t2 = System.nanoTime();
            CacheManager caches = StoreCaches.create();
            SessionFactory sessionFactory = sessionFactory(dataSource, caches, entities, integrator);
            long t3 = System.nanoTime();
            OpenTimings timings = new OpenTimings((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
            LOG.info("Store {} opened in {} ms ({})", dataDir, timings.totalMillis(), timings);
            return new StoreDatabase(dataSource, caches, sessionFactory, timings);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static HikariDataSource pool(Path dataDir) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl(dataDir));
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(6);
        config.setMinimumIdle(1);
        config.setPoolName("clinicdesk-local");
        return new HikariDataSource(config);
    }

    private static SessionFactory sessionFactory(HikariDataSource dataSource, CacheManager caches,
                                                 List<Class<?>> entities, Integrator integrator) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyIntegrator(integrator).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting(AvailableSettings.DATASOURCE, dataSource)
                .applySetting(AvailableSettings.DIALECT, "org.hibernate.dialect.H2Dialect")
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting(AvailableSettings.USE_SECOND_LEVEL_CACHE, true)
                .applySetting(AvailableSettings.USE_QUERY_CACHE, false)
                .applySetting(AvailableSettings.CACHE_REGION_FACTORY, "jcache")
                .applySetting("hibernate.javax.cache.cache_manager", caches)
                .applySetting("hibernate.javax.cache.missing_cache_strategy", "fail")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .applySetting(AvailableSettings.SHOW_SQL, false)
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
            }
        }
    }
}
